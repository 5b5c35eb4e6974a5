// "Log a meeting": who, when, what was said and agreed, and the referrals given.
// Checked here and again on the server with the same rules; one save writes the
// Meetings row, the contact's dates and status, and the referrals. The same
// form opens a logged meeting again (from the contact's history) to correct it,
// and opens filled in when an interview finishes.
import { useEffect, useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { MEETING_TYPE } from '../../shared/schema';
import type { Selection } from '../../shared/contacts';
import type { MeetingInput, SaveResult } from '../../shared/contacts';
import { emptyMeetingInput, validateMeetingInput, type ContactHistory } from '../../shared/meetings';
import type { PathChoices } from '../../shared/paths';
import { rpc } from '../rpc';
import { ErrorBox, Loading, Titled, useRemote } from '../ui';
import { ContactPicker } from '../ui';
import { FormErrors, SelectField, TextArea, TextField } from '../ui';
import { useFormState } from '../ui';
import { MeetingHistory } from './MeetingHistory';
import { takeMeetingPrefill, type MeetingPrefill } from './meeting-session';
import { PathFields } from '../paths';

type Saved = Extract<SaveResult, { ok: true }>;
const idOf = (k: string) => `meeting-${k}`;

type FieldKey = Exclude<keyof MeetingInput, 'contactId'>;
/**
 * The form's fields after the contact, in order. A new column of the Meetings
 * tab is one more line here (and in MeetingInput and its rules).
 */
type FieldSpec =
  | { key: FieldKey; label: string; kind: 'date' | 'text' | 'number' | 'textarea'; hint?: string; required?: boolean }
  | { key: FieldKey; label: string; kind: 'select'; options: readonly string[]; hint?: string; required?: boolean };
export const MEETING_FIELDS: FieldSpec[] = [
  { key: 'date', label: 'Date', kind: 'date', required: true },
  { key: 'type', label: 'Type', kind: 'select', options: MEETING_TYPE, required: true },
  { key: 'durationMin', label: 'Duration (min)', kind: 'number' },
  { key: 'takeaways', label: 'Takeaways', kind: 'textarea', hint: 'What you learned; the thank-you note quotes one.' },
  { key: 'advice', label: 'Advice', kind: 'textarea' },
  { key: 'referralsGiven', label: 'Referrals given', kind: 'textarea', hint: 'One person per line: "Name, Company". Each becomes a contact referred by this one.' },
  { key: 'thankYouSent', label: 'Thank-you sent', kind: 'date', hint: 'The day you sent it; leave empty if not yet.' },
  { key: 'followUpAgreed', label: 'Follow-up agreed', kind: 'text', hint: 'For example: send my resume, call after finals.' },
  { key: 'nextFollowUp', label: 'Next follow-up', kind: 'date', hint: "When to follow up; becomes the contact's Next follow-up." },
  { key: 'notes', label: 'Notes', kind: 'textarea' },
];
const ORDER: Array<keyof MeetingInput> = ['contactId', ...MEETING_FIELDS.filter((f) => f.key !== 'notes').map((f) => f.key), 'path', 'interest', 'notes'];

interface Done {
  result: Saved;
  /** What ran after the save (the interview's questions marked), or why it failed. */
  after: string[];
  corrected: boolean;
}

export function MeetingPanel({ navigate }: { navigate: Navigate }) {
  const [opened, reload] = useRemote(() => rpc.openMeetingForm());
  const sel = opened.state === 'ready' ? { state: 'ready' as const, value: opened.value.selection } : opened;
  const [prefill, setPrefill] = useState<MeetingPrefill | null>(() => takeMeetingPrefill());
  const [editing, setEditing] = useState<{ meetingId: string; values: MeetingInput } | null>(null);
  const [opening, setOpening] = useState<{ state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string }>({ state: 'idle' });
  const [done, setDone] = useState<Done | null>(null);
  const [formKey, setFormKey] = useState(0);

  if (sel.state === 'loading') return <Loading what="Loading your contacts…" />;
  if (sel.state === 'error') return <Titled title="Log a meeting"><ErrorBox message={sel.message} onRetry={reload} /></Titled>;

  const open = (meetingId: string) => {
    setOpening({ state: 'loading' });
    rpc.getMeeting(meetingId).then(
      (r) => {
        setEditing(r);
        setPrefill(null);
        setDone(null);
        setOpening({ state: 'idle' });
        setFormKey((k) => k + 1);
      },
      (e: Error) => setOpening({ state: 'error', message: e.message }),
    );
  };

  if (done) {
    const { result } = done;
    return (
      <div class="meeting-panel">
        <h1>{done.corrected ? 'Meeting corrected' : 'Meeting logged'}</h1>
        <div class="summary" role="status">
          <p>{result.message}</p>
          {done.after.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
        </div>
        <div class="form-actions">
          <button
            type="button"
            class="action"
            onClick={() => {
              // The thank-you draft works on the selected contact: select this one first.
              rpc.selectContactRow(result.contactId).then(() => navigate('thanks'), () => navigate('thanks'));
            }}
          >
            Draft thank-you note
          </button>
          {result.meetingId && (
            <button type="button" onClick={() => open(result.meetingId!)}>
              Correct this meeting
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              setDone(null);
              setEditing(null);
              setPrefill(null);
              setFormKey((k) => k + 1);
              reload();
            }}
          >
            Log another meeting
          </button>
        </div>
      </div>
    );
  }

  const initial = editing?.values ?? prefill?.values ?? emptyMeetingInput(sel.value.selected?.contactId ?? '', sel.value.today);
  const onSaved = async (result: Saved) => {
    const after: string[] = [];
    if (!editing && prefill?.afterSave && result.meetingId) {
      try {
        after.push(await prefill.afterSave(result.meetingId));
      } catch (e) {
        after.push(`The meeting is logged, but the questions were not marked as asked: ${(e as Error).message}`);
      }
    }
    setDone({ result, after, corrected: !!editing });
  };
  return (
    <>
      {opening.state === 'loading' && <Loading what="Opening the meeting…" />}
      {opening.state === 'error' && <ErrorBox message={opening.message} />}
      <MeetingForm
        key={formKey}
        selection={sel.value}
        pathChoices={opened.state === 'ready' ? opened.value.pathChoices : { names: [], defaults: {} }}
        history={opened.state === 'ready' ? opened.value.history : null}
        initial={initial}
        meetingId={editing?.meetingId ?? ''}
        note={editing ? '' : prefill?.note ?? ''}
        onSaved={onSaved}
        onOpen={open}
        onCancelEdit={
          editing
            ? () => {
                setEditing(null);
                setFormKey((k) => k + 1);
              }
            : undefined
        }
      />
    </>
  );
}

interface FormProps {
  selection: Selection;
  pathChoices: PathChoices;
  history: ContactHistory | null;
  initial: MeetingInput;
  /** '' for a new meeting; else the one being corrected. */
  meetingId: string;
  note: string;
  onSaved: (r: Saved) => void;
  onOpen: (meetingId: string) => void;
  onCancelEdit?: () => void;
}

function MeetingForm({ selection, pathChoices, history, initial, meetingId, note, onSaved, onOpen, onCancelEdit }: FormProps) {
  const [values, setValues] = useState<MeetingInput>(initial);

  useEffect(() => {
    document.getElementById(values.contactId ? idOf('date') : `${idOf('contactId')}-search`)?.focus();
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
  const props = (k: FieldKey, label: string, hint?: string) => ({
    id: idOf(k),
    label,
    hint,
    value: values[k] ?? '',
    onValue: set(k),
    error: errors[k],
    onBlur: () => recheck(k, values, false),
  });

  const save = () => submit(values, () => (meetingId ? rpc.updateMeeting({ meetingId, values }) : rpc.logMeeting(values)), onSaved);
  const who = selection.contacts.find((c) => c.contactId === values.contactId);
  const pathFields = (
    <PathFields key="path" prefix="meeting" contactId={values.contactId} path={values.path ?? ''} interest={values.interest ?? ''} onPath={set('path')} onInterest={set('interest')} errors={errors} choices={pathChoices} />
  );
  const title = meetingId ? `Correct meeting ${meetingId}` : 'Log a meeting';

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
      <h1 id="meeting-title">{title}</h1>
      {note && <p class="summary">{note}</p>}
      <FormErrors errors={errors} shown={ORDER.filter((k) => k !== 'contactId')} />
      {meetingId ? (
        <p>
          With <strong>{who?.name || values.contactId}</strong>
        </p>
      ) : (
        <ContactPicker
          id={idOf('contactId')}
          label="Contact"
          required
          contacts={selection.contacts}
          value={values.contactId}
          onChange={set('contactId')}
          error={errors.contactId}
        />
      )}
      {MEETING_FIELDS.map((f) => {
        // Path and interest sit just before Notes, as in the Meetings tab.
        if (f.key === 'notes') return [pathFields, <TextArea key={f.key} {...props(f.key, f.label, f.hint)} />];
        const p = props(f.key, f.label, f.hint);
        if (f.kind === 'select') return <SelectField key={f.key} {...p} options={f.options} blank="Choose a type…" required={f.required} />;
        if (f.kind === 'textarea') return <TextArea key={f.key} {...p} />;
        if (f.kind === 'number') return <TextField key={f.key} {...p} type="number" min={1} max={1440} />;
        return <TextField key={f.key} {...p} type={f.kind} required={f.required} />;
      })}
      {errors.meetingId && <ErrorBox message={errors.meetingId} />}
      {failure && <ErrorBox message={`Not saved: ${failure}`} onRetry={save} />}
      <div class="form-actions">
        <button type="submit" class="action" disabled={saving}>
          {saving ? 'Saving…' : meetingId ? 'Save correction' : 'Log meeting'}
        </button>
        {onCancelEdit && (
          <button type="button" onClick={onCancelEdit}>
            Log a new meeting instead
          </button>
        )}
      </div>
      <MeetingHistory contactId={values.contactId} current={meetingId} onOpen={onOpen} version={0} initial={history} />
    </form>
  );
}
