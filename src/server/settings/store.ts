// The student's profile, per user (UserProperties): a shared spreadsheet's
// co-owner keeps their own. The follow-up rule numbers belong to the tracker
// (DocumentProperties), because the Next action they produce is written into a
// sheet every editor shares: whoever runs the check, it uses the same numbers.
import { coerceProfile, type Profile } from '../../shared/settings';
import { rulesOrDefault, type FollowUpRules } from '../../shared/follow-ups';
import { readJsonProperty, writeJsonProperty } from '../properties';

const PROFILE_KEY = 'infoInterviews.profile';
const RULES_KEY = 'infoInterviews.rules';

export function loadProfile(): Profile {
  return coerceProfile(readJsonProperty<unknown>('user', PROFILE_KEY) ?? {});
}

/** Saves an already validated profile. */
export function saveProfile(profile: Profile): void {
  writeJsonProperty('user', PROFILE_KEY, profile);
}

/**
 * The document's rule numbers; before they were moved to the document, each
 * user kept their own, so a tracker without any uses this user's old ones.
 */
export function loadRules(): FollowUpRules {
  return rulesOrDefault(readJsonProperty<unknown>('document', RULES_KEY) ?? readJsonProperty<unknown>('user', RULES_KEY));
}

/** Saves already validated rules, for every editor of this spreadsheet. */
export function saveRules(rules: FollowUpRules): void {
  writeJsonProperty('document', RULES_KEY, rules);
}
