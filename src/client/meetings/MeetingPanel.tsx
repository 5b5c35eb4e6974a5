// "Log a meeting": who, when, what was said and agreed, and the referrals given.
// Checked here and again on the server with the same rules; one save writes the
// Meetings row, the contact's dates and status, and the referrals.
import { useEffect, useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { MEETING_TYPE } from '../../shared/schema';
import type { Selection } from '../../shared/contacts';
import type { MeetingInput, SaveResult } from '../../shared/contacts';
import { emptyMeetingInput, validateMeetingInput } from '../../shared/meetings';
import { rpc } from '../rpc';
import { ErrorBox, Loading, Titled, useRemote } from '../ui';
import { ContactPicker } from '../ui';
import { FormErrors, SelectField, TextArea, TextField } from '../ui';
import { useFormState } from '../ui';
import { PathFields } from '../paths';

type Saved = Extract<SaveResult, { ok: true }>;
const ORDER: Array<keyof MeetingInput> = ['contactId', 'date', 'type', 'durationMin', 'takeaways', 'advice', 'referralsGiven', 'thankYouSent', 'followUpAgreed', 'nextFollowUp', 'path', 'interest', 'notes'];
const idOf = (k: string) => `meeting-${k}`;

export function MeetingPanel({ navigate }: { navigate: Navigate }) {
  const [sel, reload] = useRemote(() => rpc.getSelection());
  const [saved, setSaved] = useState<Saved | null>(null);
  if (sel.state === 'loading') return <Loading what="Loading your contacts…" />;
  if (sel.state === 'error') return <Titled title="Log a meeting"><ErrorBox message={sel.message} onRetry={reload} /></Titled>;
  if (saved) {
    return (
      <div class="meeting-panel">
        <h1>Meeting logged</h1>
        <p class="summary" role="status">
          {saved.message}
        </p>
        <div class="form-actions">
          <button
            type="button"
            class="action"
            onClick={() => {
              // The thank-you draft works on the selected contact: select this one first.
              rpc.selectContactRow(saved.contactId).then(() => navigate('thanks'), () => navigate('thanks'));
            }}
          >
            Draft thank-you note
          </button>
          <button
            type="button"
            onClick={() => {
              setSaved(null);
              reload();
            }}
          >
            Log another meeting
          </button>
        </div>
      </div>
    );
  }
  return <MeetingForm selection={sel.value} onSaved={setSaved} />;
}

function MeetingForm({ selection, onSaved }: { selection: Selection; onSaved: (r: Saved) => void }) {
  const [values, setValues] = useState<MeetingInput>(() => emptyMeetingInput(selection.selected?.contactId ?? '', selection.today));

  useEffect(() => {
    document.getElementById(selection.selected ? idOf('date') : `${idOf('contactId')}-search`)?.focus();
  }, []);

  const check = (vals: MeetingInput): Record<string, string> => {
    const r = validateMeetingInput(vals, selection.today);
    return r.ok ? {} : (r.errors as Record<string, string>);
  };
  const { errors, saving, failure, recheck, submit } = useFormState({ check, order: ORDER, idOf });
  const set = (k: keyof MeetingInput) => (v: string) => {
    const vals = { ...values, [k]: v };
    setValues(vals);
    recheck(k, vals, true);
  };
  const props = (k: keyof MeetingInput, label: string) => ({
    id: idOf(k),
    label,
    value: values[k] ?? '',
    onValue: set(k),
    error: errors[k],
    onBlur: () => recheck(k, values, false),
  });

  const save = () => submit(values, () => rpc.logMeeting(values), onSaved);

  return (
    <form
      class="meeting-panel"
      noValidate
      aria-labelledby="meeting-title"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h1 id="meeting-title">Log a meeting</h1>
      <FormErrors errors={errors} shown={ORDER.filter((k) => k !== 'contactId')} />
      <ContactPicker
        id={idOf('contactId')}
        label="Contact"
        required
        contacts={selection.contacts}
        value={values.contactId}
        onChange={set('contactId')}
        error={errors.contactId}
      />
      <TextField {...props('date', 'Date')} type="date" required />
      <SelectField {...props('type', 'Type')} options={MEETING_TYPE} blank="Choose a type…" required />
      <TextField {...props('durationMin', 'Duration (min)')} type="number" min={1} max={1440} />
      <TextArea {...props('takeaways', 'Takeaways')} hint="What you learned; the thank-you note quotes one." />
      <TextArea {...props('advice', 'Advice')} />
      <TextArea {...props('referralsGiven', 'Referrals given')} hint={'One person per line: "Name, Company". Each becomes a contact referred by this one.'} />
      <TextField {...props('thankYouSent', 'Thank-you sent')} type="date" hint="The day you sent it; leave empty if not yet." />
      <TextField {...props('followUpAgreed', 'Follow-up agreed')} hint="For example: send my resume, call after finals." />
      <TextField {...props('nextFollowUp', 'Next follow-up')} type="date" hint="When to follow up; becomes the contact's Next follow-up." />
      <PathFields prefix="meeting" contactId={values.contactId} path={values.path ?? ''} interest={values.interest ?? ''} onPath={set('path')} onInterest={set('interest')} errors={errors} />
      <TextArea {...props('notes', 'Notes')} />
      {failure && <ErrorBox message={`Not saved: ${failure}`} onRetry={save} />}
      <div class="form-actions">
        <button type="submit" class="action" disabled={saving}>
          {saving ? 'Saving…' : 'Log meeting'}
        </button>
      </div>
    </form>
  );
}
