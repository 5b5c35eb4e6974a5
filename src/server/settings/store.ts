// The student's profile and follow-up rule numbers, per user (UserProperties):
// a shared spreadsheet's co-owner keeps their own. The daily check runs as the
// user who turned it on, so it reads that user's rules.
import { coerceProfile, type Profile } from '../../shared/settings';
import { rulesOrDefault, type FollowUpRules } from '../../shared/follow-ups';
import { readJsonProperty, writeJsonProperty } from '../properties';

const PROFILE_KEY = 'infoInterviews.profile';
const RULES_KEY = 'infoInterviews.rules';

function readJson(key: string): unknown {
  return readJsonProperty<unknown>('user', key);
}

export function loadProfile(): Profile {
  return coerceProfile(readJson(PROFILE_KEY) ?? {});
}

/** Saves an already validated profile. */
export function saveProfile(profile: Profile): void {
  writeJsonProperty('user', PROFILE_KEY, profile);
}

export function loadRules(): FollowUpRules {
  return rulesOrDefault(readJson(RULES_KEY));
}

/** Saves already validated rules. */
export function saveRules(rules: FollowUpRules): void {
  writeJsonProperty('user', RULES_KEY, rules);
}
