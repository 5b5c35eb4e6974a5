// Settings' "Email me what is due": off, daily, or weekly on a day, at an hour
// in the spreadsheet's zone. Saved on its own (it may ask Google for the mail
// permission, which the rest of Settings never needs).
import { useState } from 'preact/hooks';
import { rpc } from '../rpc';
import { ErrorBox, Loading, useRemote } from '../ui';
import { WEEKDAY_NAMES, type ReminderFrequency, type ReminderSettings, type RemindersView } from '../../shared/reminders';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const FREQUENCY_LABEL: Record<ReminderFrequency, string> = { off: 'Off', daily: 'Every day', weekly: 'Once a week' };

/** `initial`: the choice the Settings panel brought when it opened; asked for only without it. */
export function ReminderSection({ initial }: { initial?: RemindersView }) {
  const [data, retry] = useRemote<RemindersView>(() => (initial ? Promise.resolve(initial) : rpc.getReminders()));
  return (
    <section class="block reminder-settings" aria-labelledby="settings-reminders-title">
      <h2 id="settings-reminders-title">Email me what is due</h2>
      {data.state === 'loading' && <Loading what="Loading your reminder choice…" />}
      {data.state === 'error' && <ErrorBox message={data.message} onRetry={retry} />}
      {data.state === 'ready' && <ReminderForm view={data.value} />}
    </section>
  );
}

function ReminderForm({ view }: { view: RemindersView }) {
  const [s, setS] = useState<ReminderSettings>(view.status.settings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ReminderSettings>) => {
    setS({ ...s, ...patch });
    setMessage('');
  };
  const save = () => {
    setSaving(true);
    setFailure('');
    setMessage('');
    rpc.saveReminders(s).then(
      (r) => {
        setSaving(false);
        if (r.ok) {
          setErrors({});
          setMessage(r.message);
        } else setErrors(r.errors);
      },
      (e: Error) => {
        setSaving(false);
        setFailure(e.message);
      },
    );
  };
  return (
    <div>
      <p class="secondary">
        A short email to you, only when something is due: what is overdue, due today and coming up, with a link to this spreadsheet. Turning it on asks Google to let Info Interviews send email as you (to you only); it never reads your mail.
      </p>
      <div class={errors.frequency ? 'field invalid' : 'field'}>
        <label for="reminders-frequency">Send it</label>
        <select id="reminders-frequency" value={s.frequency} onChange={(e) => set({ frequency: (e.currentTarget as HTMLSelectElement).value as ReminderFrequency })}>
          {(Object.keys(FREQUENCY_LABEL) as ReminderFrequency[]).map((f) => (
            <option key={f} value={f}>
              {FREQUENCY_LABEL[f]}
            </option>
          ))}
        </select>
        {errors.frequency && <p class="error">{errors.frequency}</p>}
      </div>
      {s.frequency === 'weekly' && (
        <div class="field">
          <label for="reminders-weekday">On</label>
          <select id="reminders-weekday" value={String(s.weekday)} onChange={(e) => set({ weekday: Number((e.currentTarget as HTMLSelectElement).value) })}>
            {WEEKDAY_NAMES.map((d, i) => (
              <option key={d} value={String(i)}>
                {d}
              </option>
            ))}
          </select>
        </div>
      )}
      {s.frequency !== 'off' && (
        <div class={errors.hour ? 'field invalid' : 'field'}>
          <label for="reminders-hour">At about</label>
          <select id="reminders-hour" value={String(s.hour)} onChange={(e) => set({ hour: Number((e.currentTarget as HTMLSelectElement).value) })} aria-describedby="reminders-hour-hint">
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {`${String(h).padStart(2, '0')}:00`}
              </option>
            ))}
          </select>
          <p id="reminders-hour-hint" class="hint secondary">
            In the spreadsheet's time zone ({view.timeZone}); Google runs it within that hour.
          </p>
          {errors.hour && <p class="error">{errors.hour}</p>}
        </div>
      )}
      {/* Its own button, not the form's primary: it may ask Google for a permission, Save settings never does. */}
      <button type="button" onClick={save} disabled={saving} aria-describedby="reminders-save-hint">
        {saving ? 'Saving…' : 'Save reminder choice'}
      </button>
      <p id="reminders-save-hint" class="hint secondary">
        Saved on its own, straight away; Save settings below is for your profile and the rules.
      </p>
      {message && (
        <p class="summary" role="status">
          {message}
        </p>
      )}
      {view.status.needsPermission && !message && (
        <p class="error" role="alert">
          The last reminder was skipped: Info Interviews may not send email as you. Save again to allow it.
        </p>
      )}
      {failure && <ErrorBox message={failure} />}
    </div>
  );
}
