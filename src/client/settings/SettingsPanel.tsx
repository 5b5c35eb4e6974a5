// Settings: the student's profile (what every draft says about them) and the
// follow-up rule numbers, both kept per user and validated on the server.
import { useState } from 'preact/hooks';
import { IntroductionHelper } from './IntroductionHelper';
import type { ComponentChildren } from 'preact';
import type { Navigate } from '../ui';
import { rpc } from '../rpc';
import { ErrorBox, Loading, Titled, useRemote } from '../ui';
import type { SettingsOpen } from '../../shared/server-api';
import { GOALS, PROFILE_LIMITS, type Profile } from '../../shared/settings';
import { DEFAULT_RULES, RULE_KEYS, RULE_LIMITS, type RuleKey } from '../../shared/follow-ups';
import { ReminderSection } from '../reminders';

const RULE_HELP: Record<RuleKey, string> = {
  thankYouDays: 'Days after a meeting to send a thank-you note.',
  noReplyDays: 'Days without a reply (Status Contacted) before a polite follow-up.',
  keepInTouchDays: 'Days after the last contact to check in with an update (Thanked, Keeping in touch).',
  referralLoopDays: 'Days after you meet someone a contact referred you to, to tell that contact.',
  prepareDays: 'Days before a meeting to prepare questions.',
};

const STATUS_HINT = 'Shapes what your drafts ask for and the questions prepared for you.';
const INTRO_HINT = `One or two sentences in your own words, at most ${PROFILE_LIMITS.introduction} characters.`;

type ProfileForm = Record<keyof Profile, string>;
type RulesForm = Record<RuleKey, string>;

function profileForm(p: Profile): ProfileForm {
  return { ...p, email: p.email ?? '', pitch: p.pitch ?? '' };
}

function rulesForm(r: Record<RuleKey, number>): RulesForm {
  const out = {} as RulesForm;
  for (const k of RULE_KEYS) out[k] = String(r[k]);
  return out;
}

export function SettingsPanel(_props: { navigate: Navigate }) {
  const [data, retry] = useRemote(() => rpc.getSettings());
  if (data.state === 'loading') return <Loading what="Loading your settings…" />;
  if (data.state === 'error') return <Titled title="Settings"><ErrorBox message={data.message} onRetry={retry} /></Titled>;
  return <SettingsForm initial={data.value} />;
}

function Field(props: { id: string; label: string; error?: string; hint?: string; children: ComponentChildren }) {
  const { id, label, error, hint } = props;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {props.children}
      {hint && (
        <p id={`${id}-hint`} class="hint secondary">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
    </div>
  );
}

/** aria attributes linking a control to its hint and error. */
function described(id: string, error?: string, hint?: string) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}

function SettingsForm({ initial }: { initial: SettingsOpen }) {
  const [profile, setProfile] = useState<ProfileForm>(profileForm(initial.profile));
  const [rules, setRules] = useState<RulesForm>(rulesForm(initial.rules));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState('');
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);

  const setP = (k: keyof Profile) => (e: Event) => {
    setProfile({ ...profile, [k]: (e.currentTarget as HTMLInputElement).value });
    setSaved('');
  };
  const setR = (k: RuleKey) => (e: Event) => {
    setRules({ ...rules, [k]: (e.currentTarget as HTMLInputElement).value });
    setSaved('');
  };

  const save = (e: Event) => {
    e.preventDefault();
    setSaving(true);
    setSaved('');
    setFailure('');
    rpc.saveSettings({ profile, rules }).then(
      (r) => {
        setSaving(false);
        if (r.ok) {
          setErrors({});
          setProfile(profileForm(r.settings.profile));
          setRules(rulesForm(r.settings.rules));
          setSaved(r.message);
        } else {
          setErrors(r.errors);
        }
      },
      (err: Error) => {
        setSaving(false);
        setFailure(err.message);
      },
    );
  };

  const text = (k: keyof Profile, label: string, hint?: string) => (
    <Field id={`settings-${k}`} label={label} error={errors[k]} hint={hint}>
      <input id={`settings-${k}`} type="text" inputMode={k === 'email' ? 'email' : undefined} value={profile[k]} onInput={setP(k)} {...described(`settings-${k}`, errors[k], hint)} />
    </Field>
  );
  const errorCount = Object.keys(errors).length;

  return (
    <form class="settings-panel" onSubmit={save} noValidate>
      <h1>Settings</h1>
      <section class="block" aria-labelledby="settings-profile-title">
        <h2 id="settings-profile-title">Your profile</h2>
        <p class="secondary">Outreach and thank-you drafts introduce you with these. Only you see them: each person using this sheet has their own.</p>
        {text('name', 'Name')}
        {text('school', 'School')}
        {text('areaOfStudy', 'Area of study', 'For example: Economics, or Computer Science with a minor in Design.')}
        <Field id="settings-graduationYear" label="Graduation year" error={errors.graduationYear}>
          <input
            id="settings-graduationYear"
            type="text"
            inputMode="numeric"
            maxLength={PROFILE_LIMITS.graduationYear}
            value={profile.graduationYear}
            onInput={setP('graduationYear')}
            {...described('settings-graduationYear', errors.graduationYear)}
          />
        </Field>
        <Field id="settings-currentStatus" label="Current status" error={errors.currentStatus} hint={STATUS_HINT}>
          <select id="settings-currentStatus" value={profile.currentStatus} onChange={setP('currentStatus')} {...described('settings-currentStatus', errors.currentStatus, STATUS_HINT)}>
            <option value="">Choose…</option>
            {GOALS.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </Field>
        <Field id="settings-introduction" label="Short introduction" error={errors.introduction} hint={INTRO_HINT}>
          <textarea id="settings-introduction" rows={3} value={profile.introduction} onInput={setP('introduction')} {...described('settings-introduction', errors.introduction, INTRO_HINT)} />
        </Field>
        {text('email', 'Email (optional)', 'Added under your name, for mail you send from another account.')}
        <IntroductionHelper profile={profile as Profile} value={profile.pitch} error={errors.pitch} onChange={(pitch) => (setProfile({ ...profile, pitch }), setSaved(''))} />
      </section>
      <section class="block" aria-labelledby="settings-rules-title">
        <h2 id="settings-rules-title">Follow-up rules</h2>
        <p class="secondary">Numbers of days. The next follow-up check (daily, or Refresh follow-ups in the menu) uses them.</p>
        {RULE_KEYS.map((k) => {
          const id = `settings-${k}`;
          const { min, max, label } = RULE_LIMITS[k];
          const hint = `${RULE_HELP[k]} Default ${DEFAULT_RULES[k]}; ${min} to ${max}.`;
          return (
            <Field key={k} id={id} label={label} error={errors[k]} hint={hint}>
              <input id={id} type="number" min={min} max={max} step={1} value={rules[k]} onInput={setR(k)} {...described(id, errors[k], hint)} />
            </Field>
          );
        })}
        {errors.form && <p class="error">{errors.form}</p>}
        <button type="button" class="link" onClick={() => setRules(rulesForm(DEFAULT_RULES))}>
          Use the default numbers
        </button>
      </section>
      <ReminderSection initial={initial.reminders} />
      <div class="block">
        <button type="submit" class="action" disabled={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </button>
        {errorCount > 0 && (
          <p class="error" role="alert">
            {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} fixing. Nothing was saved.
          </p>
        )}
        {saved && (
          <p class="summary" role="status">
            {saved}
          </p>
        )}
        {failure && <ErrorBox message={failure} />}
      </div>
    </form>
  );
}
