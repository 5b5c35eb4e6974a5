// The Schedule step: when and where a contact agreed to meet. Saving sets the
// contact's Meeting date, Meeting time, Meeting place and Status Scheduled, and
// offers the meeting for the student's calendar.
import { useState } from 'preact/hooks';
import { PREFERRED_MODE } from '../../shared/schema';
import type { Selection } from '../../shared/contacts';
import type { ScheduleInput, ScheduleResult } from '../../shared/reminders';
import { rpc } from '../rpc';
import type { Navigate } from '../ui';
import { ContactPicker, ErrorBox, FormErrors, Loading, SelectField, TextField, Titled, useRemote } from '../ui';
import { CalendarLinks } from './CalendarLinks';

type Done = Extract<ScheduleResult, { ok: true }>;
const ORDER: Array<keyof ScheduleInput> = ['contactId', 'date', 'time', 'mode', 'place', 'durationMin'];

export function SchedulePanel({ navigate }: { navigate: Navigate }) {
  const [sel, reload] = useRemote(() => rpc.getSelection());
  const [done, setDone] = useState<{ result: Done; who: string } | null>(null);
  if (sel.state === 'loading') return <Loading what="Loading your contacts…" />;
  if (sel.state === 'error') return <Titled title="Schedule a meeting"><ErrorBox message={sel.message} onRetry={reload} /></Titled>;
  if (done) {
    return (
      <div class="schedule-panel">
        <h1>Meeting scheduled</h1>
        <p class="summary" role="status">
          {done.result.message}
        </p>
        <CalendarLinks links={done.result.links} who={done.who} />
        <div class="form-actions">
          <button type="button" class="action" onClick={() => navigate('questions')}>
            Prepare questions
          </button>
          <button type="button" onClick={() => navigate('home')}>
            Back to home
          </button>
        </div>
      </div>
    );
  }
  return <ScheduleForm selection={sel.value} onDone={(result, who) => setDone({ result, who })} />;
}

function ScheduleForm({ selection, onDone }: { selection: Selection; onDone: (r: Done, who: string) => void }) {
  const [v, setV] = useState<ScheduleInput>({ contactId: selection.selected?.contactId ?? '', date: '', time: '', mode: '', place: '', durationMin: '30' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const field = (k: keyof ScheduleInput) => (value: string) => setV({ ...v, [k]: value });

  const submit = (e: Event) => {
    e.preventDefault();
    setSaving(true);
    setFailure('');
    rpc.scheduleMeeting(v).then(
      (r) => {
        setSaving(false);
        if (r.ok) onDone(r, selection.contacts.find((c) => c.contactId === v.contactId)?.name || v.contactId);
        else setErrors(r.errors);
      },
      (err: Error) => {
        setSaving(false);
        setFailure(err.message);
      },
    );
  };

  return (
    <form class="schedule-panel" onSubmit={submit} noValidate>
      <h1>Schedule a meeting</h1>
      <FormErrors errors={errors} shown={ORDER} />
      <ContactPicker id="schedule-contactId" label="Who" contacts={selection.contacts} value={v.contactId} onChange={field('contactId')} error={errors.contactId} blank="Choose a contact…" required />
      <TextField id="schedule-date" type="date" label="Date" value={v.date} onValue={field('date')} error={errors.date} required />
      <TextField id="schedule-time" label="Time" value={v.time} onValue={field('time')} error={errors.time} hint="24-hour clock in the spreadsheet's time zone, e.g. 09:30." required />
      <TextField id="schedule-durationMin" type="number" min={5} max={240} label="Length (minutes)" value={v.durationMin ?? ''} onValue={field('durationMin')} error={errors.durationMin} />
      <SelectField id="schedule-mode" label="How" options={PREFERRED_MODE} blank="(as in the sheet)" value={v.mode} onValue={field('mode')} error={errors.mode} />
      <TextField id="schedule-place" label="Place or link" value={v.place} onValue={field('place')} error={errors.place} hint="An address, a phone number or the video link." />
      <div class="form-actions">
        <button type="submit" class="action" disabled={saving}>
          {saving ? 'Saving…' : 'Schedule'}
        </button>
      </div>
      {failure && <ErrorBox message={failure} />}
    </form>
  );
}
