// Settings: the student's profile and follow-up rule numbers, validated here
// before anything is stored, so a form with one bad field saves nothing.
import type { SettingsInput, SettingsSaveResult, SettingsView } from '../../shared/drafts';
import { validateProfile } from '../../shared/settings';
import { validateRules } from '../../shared/follow-ups';
import { loadProfile, loadRules, saveProfile, saveRules } from './store';

export function readSettings(): SettingsView {
  return { profile: loadProfile(), rules: loadRules() };
}

export function writeSettings(input: SettingsInput): SettingsSaveResult {
  const source = input && typeof input === 'object' ? input : ({} as SettingsInput);
  const profile = validateProfile(source.profile);
  const rules = validateRules(source.rules);
  const errors: Record<string, string> = {};
  if (!profile.ok) Object.assign(errors, profile.errors);
  if (!rules.ok) Object.assign(errors, rules.errors);
  if (!profile.ok || !rules.ok) return { ok: false, errors };
  saveProfile(profile.profile);
  saveRules(rules.rules);
  return {
    ok: true,
    message: 'Settings saved. Your drafts use this profile, and the next follow-up check uses these rules.',
    settings: { profile: profile.profile, rules: rules.rules },
  };
}
