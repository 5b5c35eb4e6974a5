// "Draft outreach": a first message to the selected contact, built in the
// sidebar from the profile and the row, so tone, length and mode change it at once.
import { useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { rpc } from '../rpc';
import type { OutreachContext } from '../../shared/drafts';
import { TONES, draftOutreach, type MeetingMinutes, type MeetingMode, type Tone } from '../../shared/drafts';
import { checkOutreachElements, modeFrom } from '../../shared/drafts';
import { PREFERRED_MODE } from '../../shared/schema';
import { DraftShell } from './DraftShell';
import { ErrorBox } from '../ui';
import { DraftEditor } from './DraftEditor';
import { DraftElements } from './DraftElements';
import { DraftSendActions } from './DraftSendActions';
import { LinkedInForm } from './FollowUpDraftPanel';

const TONE_LABELS: Record<Tone, string> = { warm: 'Warm', formal: 'Formal', brief: 'Brief' };
const MINUTES: MeetingMinutes[] = [15, 20, 30];

export function OutreachPanel({ navigate }: { navigate: Navigate }) {
  return (
    <DraftShell
      title="Draft outreach"
      navigate={navigate}
      load={(id) => rpc.getOutreachContext(id)}
      loading="Reading the contact and your profile…"
      choose="Choose who to write to"
      blocking={(missing) => missing}
      editor={(c) => <OutreachEditor context={c} />}
    />
  );
}

interface Choices {
  tone: Tone;
  minutes: MeetingMinutes;
  mode: MeetingMode | '';
}

function OutreachEditor({ context }: { context: OutreachContext }) {
  const contact = context.contact!;
  const build = (ch: Choices) =>
    draftOutreach({
      profile: context.profile,
      contact,
      referrerName: context.referrerName || undefined,
      tone: ch.tone,
      minutes: ch.minutes,
      mode: ch.mode || undefined,
      today: context.today,
    });
  const [choices, setChoices] = useState<Choices>({ tone: 'warm', minutes: 20, mode: modeFrom(contact.preferredMode) });
  const [first] = useState(() => build(choices));
  const [subject, setSubject] = useState(first.subject);
  const [body, setBody] = useState(first.body);
  const [missing, setMissing] = useState(first.missing);
  const [marking, setMarking] = useState(false);
  const [marked, setMarked] = useState('');
  const [markError, setMarkError] = useState('');

  const choose = (patch: Partial<Choices>) => {
    const next = { ...choices, ...patch };
    const d = build(next);
    setChoices(next);
    setSubject(d.subject);
    setBody(d.body);
    setMissing(d.missing);
  };
  const elements = checkOutreachElements(body, context.profile, contact, context.referrerName || undefined);
  // Profile gaps send the student to Settings; these are gaps in the contact's row.
  const rowGaps = missing.filter((m) => !m.startsWith('your '));

  const markContacted = () => {
    setMarking(true);
    setMarkError('');
    rpc.markContacted(contact.contactId).then(
      (r) => {
        setMarked(r.message);
        setMarking(false);
      },
      (e: Error) => {
        setMarkError(e.message);
        setMarking(false);
      },
    );
  };

  return (
    <div>
      <fieldset class="block draft-choices">
        <legend>Tone</legend>
        {TONES.map((t) => (
          <label class="inline" key={t}>
            <input type="radio" name="tone" value={t} checked={choices.tone === t} onChange={() => choose({ tone: t })} /> {TONE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <div class="block draft-row">
        <div>
          <label for="draft-minutes">Meeting length</label>
          <select id="draft-minutes" value={String(choices.minutes)} onChange={(e) => choose({ minutes: Number((e.currentTarget as HTMLSelectElement).value) as MeetingMinutes })}>
            {MINUTES.map((m) => (
              <option key={m} value={String(m)}>
                {m} minutes
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="draft-mode">How to meet</label>
          <select id="draft-mode" value={choices.mode} onChange={(e) => choose({ mode: (e.currentTarget as HTMLSelectElement).value as MeetingMode | '' })}>
            <option value="">Offer all three</option>
            {PREFERRED_MODE.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="secondary">Changing these rewrites the message below.</p>
      {rowGaps.length > 0 && (
        <p class="secondary draft-gaps">
          Not in {contact.name || 'this contact'}’s row: {rowGaps.join(', ')}. The draft leaves these out; add them to the
          sheet for a more personal message.
        </p>
      )}
      <DraftElements elements={elements} />
      <DraftEditor subject={subject} body={body} onSubject={setSubject} onBody={setBody} warnLong />
      {/* Reachable only on LinkedIn: the connection note, not an email. */}
      {!contact.email.trim() && contact.linkedin.trim() ? (
        <LinkedInForm key={body} body={body} studentName={context.profile.name} profileUrl={contact.linkedin.trim()} />
      ) : (
        <DraftSendActions to={contact.email} subject={subject} body={body} />
      )}
      <div class="block">
        <button type="button" disabled={marking} onClick={markContacted}>
          Mark as contacted
        </button>
        <p class="secondary">After you send it: sets Status and the contact dates, which starts the no-reply clock.</p>
        {marked && (
          <p class="summary" role="status">
            {marked}
          </p>
        )}
        {markError && <ErrorBox message={markError} />}
      </div>
    </div>
  );
}
