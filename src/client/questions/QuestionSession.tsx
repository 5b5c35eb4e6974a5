// What the Questions panel hands to interview mode (the contact and meeting
// length), and the contact picker both panels open with.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactSummary } from '../../shared/contacts';
import { DEFAULT_MEETING_MINUTES, MEETING_MINUTES, type MeetingMinutes, type QuestionsContext } from '../../shared/questions';
import { rpc } from '../rpc';
import { ErrorBox, Loading, useRemote } from '../ui';

/**
 * Lives as long as the sidebar: Home and back keeps the contact. The length
 * starts at the one an outreach asks for (20 minutes) until the student picks another.
 */
export const questionSession: { contactId: string; minutes: MeetingMinutes } = { contactId: '', minutes: DEFAULT_MEETING_MINUTES };

export function QuestionContactPicker(props: { id: string; contacts: ContactSummary[]; value: string; onChange: (contactId: string) => void }) {
  const { id, contacts, value, onChange } = props;
  if (contacts.length === 0) return <p class="secondary">No contacts yet. Add someone to the Contacts tab first.</p>;
  return (
    <div class="block">
      <label for={id}>Contact</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {!value && <option value="">Choose a contact…</option>}
        {contacts.map((c) => (
          <option key={c.contactId} value={c.contactId}>
            {(c.name || c.contactId) + (c.company ? ` (${c.company})` : '')}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MinutesPicker(props: { id: string; value: MeetingMinutes; onChange: (m: MeetingMinutes) => void }) {
  return (
    <div class="block">
      <label for={props.id}>Meeting length</label>
      <select id={props.id} value={String(props.value)} onChange={(e) => props.onChange(Number((e.currentTarget as HTMLSelectElement).value) as MeetingMinutes)}>
        {MEETING_MINUTES.map((m) => (
          <option key={m} value={String(m)}>
            {m} minutes
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The contact to work on (the session's, else the one on the active row, else
 * the user picks) and its questions context, reloaded when the contact changes.
 */
export function useQuestionsContact(pickerId: string) {
  // One round trip opens the panel: the contacts, the contact to start on (the session's, else the
  // active row's, chosen by the server) and that contact's context.
  const [opened, retryOpen] = useRemote(() => rpc.openQuestions(questionSession.contactId));
  const [contactId, setContactId] = useState('');
  const [context, setContext] = useState<{ state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: QuestionsContext }>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  // The context the opening brought, used for its contact instead of asking again.
  const brought = useRef<QuestionsContext | null>(null);

  useEffect(() => {
    if (opened.state !== 'ready' || contactId) return;
    brought.current = opened.value.context;
    if (opened.value.contactId) setContactId(opened.value.contactId);
  }, [opened.state]);

  useEffect(() => {
    if (!contactId) return;
    questionSession.contactId = contactId;
    const given = brought.current;
    brought.current = null;
    if (given && given.contact.contactId === contactId) {
      setContext({ state: 'ready', value: given });
      return;
    }
    let live = true;
    setContext({ state: 'loading' });
    rpc.getQuestionsContext(contactId).then(
      (value) => live && setContext({ state: 'ready', value }),
      (e: Error) => live && setContext({ state: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [contactId, attempt]);

  let picker: preact.JSX.Element;
  if (opened.state === 'loading') picker = <Loading what="Finding your contacts…" />;
  else if (opened.state === 'error') picker = <ErrorBox message={opened.message} onRetry={retryOpen} />;
  else picker = <QuestionContactPicker id={pickerId} contacts={opened.value.selection.contacts} value={contactId} onChange={setContactId} />;

  let status: preact.JSX.Element | null = null;
  if (context.state === 'loading') status = <Loading what="Reading the question bank…" />;
  else if (context.state === 'error') status = <ErrorBox message={context.message} onRetry={() => setAttempt((a) => a + 1)} />;

  return { picker, status, context: context.state === 'ready' ? context.value : null, reload: () => setAttempt((a) => a + 1) };
}
