// The 30-second introduction a student says as a meeting starts: drafted from
// the profile on request (about 75 words), then theirs to edit, with a running
// count. Interview mode opens with it.
import { PITCH_WORDS, draftPitch, secondsToSay, wordCount, PROFILE_LIMITS, type Profile } from '../../shared/settings';

const HINT = `About ${PITCH_WORDS} words: what you say in the first 30 seconds of a meeting. Interview mode shows it when you start.`;

export function IntroductionHelper(props: { profile: Profile; value: string; error?: string; onChange: (value: string) => void }) {
  const { profile, value, error, onChange } = props;
  const words = wordCount(value);
  const id = 'settings-pitch';
  const describedBy = [`${id}-hint`, `${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const draft = () => onChange(draftPitch(profile));
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>30-second introduction</label>
      <textarea id={id} rows={5} maxLength={PROFILE_LIMITS.pitch} value={value} onInput={(e) => onChange((e.currentTarget as HTMLTextAreaElement).value)} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy} />
      <p id={`${id}-hint`} class="hint secondary">
        {HINT}
      </p>
      <p id={`${id}-count`} class="secondary" aria-live="polite">
        {words} word{words === 1 ? '' : 's'}, about {secondsToSay(value)} seconds{words > PITCH_WORDS + 15 ? ': a little long to say in 30 seconds' : ''}
      </p>
      <button type="button" onClick={draft}>
        {value.trim() ? 'Replace with a new draft from my profile' : 'Draft it from my profile'}
      </button>
      {error && (
        <p id={`${id}-error`} class="error field-error">
          {error}
        </p>
      )}
    </div>
  );
}
