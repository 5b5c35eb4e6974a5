// The student's profile and follow-up rule numbers, per user (UserProperties):
// a shared spreadsheet's co-owner keeps their own. The daily check runs as the
// user who turned it on, so it reads that user's rules.
import { coerceProfile, type Profile } from '../shared/profile';
import { rulesOrDefault, type FollowUpRules } from '../shared/follow-up-rules';

const PROFILE_KEY = 'infoInterviews.profile';
const RULES_KEY = 'infoInterviews.rules';

function readJson(key: string): unknown {
  const raw = PropertiesService.getUserProperties().getProperty(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch (e) {
    return null;
  }
}

export function loadProfile(): Profile {
  return coerceProfile(readJson(PROFILE_KEY) ?? {});
}

/** Saves an already validated profile. */
export function saveProfile(profile: Profile): void {
  PropertiesService.getUserProperties().setProperty(PROFILE_KEY, JSON.stringify(profile));
}

export function loadRules(): FollowUpRules {
  return rulesOrDefault(readJson(RULES_KEY));
}

/** Saves already validated rules. */
export function saveRules(rules: FollowUpRules): void {
  PropertiesService.getUserProperties().setProperty(RULES_KEY, JSON.stringify(rules));
}
