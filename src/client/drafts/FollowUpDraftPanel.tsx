// The drafts the follow-up rules ask for, opened in place from a home-page
// item: the polite follow-up, the note telling a referrer, the check-in. Same
// style as outreach (tone, subject and message, mail client or copy), a
// LinkedIn form for a contact with no email, and "Mark sent" that records the
// step by the marks table and hands the re-planned items back to home.
import { useState } from 'preact/hooks';
import { rpc } from '../rpc';
import type { DueNow, MarkKind } from '../../shared/follow-ups';
import type { FollowUpDraftContext, FollowUpDraftKind, Tone } from '../../shared/drafts';
import { LINKEDIN_NOTE_LIMIT, TONES, characterCount, draftFollowUpMessage, linkedInNote } from '../../shared/drafts';
import { ErrorBox, Loading, useRemote } from '../ui';
import { DraftEditor } from './DraftEditor';
import { DraftSendActions } from './DraftSendActions';

const TONE_LABELS: Record<Tone, string> = { warm: 'Warm', formal: 'Formal', brief: 'Brief' };

interface Props {
  contactId: string;
  kind: FollowUpDraftKind;
  /** The mark "Mark sent" records. */
  mark: MarkKind;
  onMarked: (message: string, home: DueNow) => void;
}

export function FollowUpDraftPanel(props: Props) {
  const [ctx, retry] = useRemote(() => rpc.getFollowUpDraftContext({ contactId: props.contactId, kind: props.kind }));
  if (ctx.state === 'loading') return <Loading what="Reading the contact…" />;
  if (ctx.state === 'error') return <ErrorBox message={ctx.message} onRetry={retry} />;
  return <FollowUpDraftEditor context={ctx.value} {...props} />;
}

function draftFor(c: FollowUpDraftContext, tone: Tone, progress: string, link: string) {
  return draftFollowUpMessage({
    kind: c.kind,
    tone,
    profile: c.profile,
    recipientName: c.recipient?.name ?? '',
    firstMessageOn: c.firstMessageOn,
    metName: c.metName,
    takeaway: c.takeaway,
    lastConversationOn: c.lastConversationOn,
    progress,
    link,
  });
}

function FollowUpDraftEditor({ context, mark, onMarked }: Props & { context: FollowUpDraftContext }) {
  const [tone, setTone] = useState<Tone>('warm');
  const [progress, setProgress] = useState('');
  const [link, setLink] = useState('');
  const [subject, setSubject] = useState(() => draftFor(context, 'warm', '', '').subject);
  const [body, setBody] = useState(() => draftFor(context, 'warm', '', '').body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const recipient = context.recipient;
  if (!recipient) {
    return <ErrorBox message={`Referred by on ${context.metName || 'this contact'}'s row names no contact in the sheet: correct it to draft the note.`} />;
  }
  const redraft = (t: Tone, p: string, l: string) => {
    const d = draftFor(context, t, p, l);
    setSubject(d.subject);
    setBody(d.body);
  };
  const markSent = () => {
    setBusy(true);
    setError('');
    rpc.markFollowUp({ contactId: context.contact!.contactId, mark }).then(
      (r) => {
        setBusy(false);
        onMarked(r.message, r.home);
      },
      (e: Error) => {
        setBusy(false);
        setError(e.message);
      },
    );
  };
  const email = recipient.email.trim();
  const linkedin = recipient.linkedin.trim();
  const id = `fu-${context.kind}-${context.contact!.contactId}`;
  return (
    <div class="block follow-up-draft">
      <p class="secondary">
        To {recipient.name || recipient.contactId}
        {context.kind === 'loop-back' ? `, about ${context.metName}` : ''}.
      </p>
      <fieldset class="tones">
        <legend>Tone</legend>
        {TONES.map((t) => (
          <label key={t}>
            <input
              type="radio"
              name={`${id}-tone`}
              value={t}
              checked={tone === t}
              onChange={() => {
                setTone(t);
                redraft(t, progress, link);
              }}
            />{' '}
            {TONE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      {context.kind === 'check-in' && (
        <div>
          <label for={`${id}-progress`}>What you have done since</label>
          <input
            id={`${id}-progress`}
            type="text"
            value={progress}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              setProgress(v);
              redraft(tone, v, link);
            }}
          />
          <label for={`${id}-link`}>An article or event they may like (optional)</label>
          <input
            id={`${id}-link`}
            type="url"
            value={link}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              setLink(v);
              redraft(tone, progress, v);
            }}
          />
        </div>
      )}
      {!email && linkedin ? (
        <LinkedInForm key={body} body={body} studentName={context.profile.name} profileUrl={linkedin} />
      ) : (
        <>
          <DraftEditor subject={subject} body={body} onSubject={setSubject} onBody={setBody} />
          <DraftSendActions to={email} subject={subject} body={body} />
        </>
      )}
      <button type="button" class="action" disabled={busy} onClick={markSent}>
        {busy ? 'Saving…' : 'Mark sent'}
      </button>
      {error && <ErrorBox message={error} />}
    </div>
  );
}

/** The draft as a LinkedIn note: within 300 characters, counted as the student types, copied, and the profile one click away. */
export function LinkedInForm({ body, studentName, profileUrl }: { body: string; studentName: string; profileUrl: string }) {
  const [note, setNote] = useState(() => linkedInNote(body, studentName));
  const [copied, setCopied] = useState('');
  const count = characterCount(note);
  const over = count > LINKEDIN_NOTE_LIMIT;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(note);
      setCopied('Note copied.');
    } catch (e) {
      const area = document.getElementById('linkedin-note') as HTMLTextAreaElement | null;
      area?.select();
      setCopied(document.execCommand('copy') ? 'Note copied.' : 'The note is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };
  return (
    <div class="block linkedin-form">
      <label for="linkedin-note">LinkedIn note</label>
      <textarea id="linkedin-note" rows={7} value={note} aria-describedby="linkedin-count" onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      <p id="linkedin-count" class={over ? 'word-count long' : 'word-count secondary'} aria-live="polite">
        {count} / {LINKEDIN_NOTE_LIMIT} characters{over ? ': LinkedIn cuts a note above this.' : ''}
      </p>
      <button type="button" onClick={copy}>
        Copy
      </button>
      <a class="button" href={profileUrl} target="_blank" rel="noopener">
        Open profile
      </a>
      <p class="secondary" role="status">
        {copied}
      </p>
    </div>
  );
}
