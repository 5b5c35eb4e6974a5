// The editable subject and body of a draft, with its word count.
import { WORD_LIMIT, countWords } from '../../shared/drafts';

export const DRAFT_BODY_ID = 'draft-body';

interface Props {
  subject: string;
  body: string;
  onSubject: (s: string) => void;
  onBody: (s: string) => void;
  /** Warn above WORD_LIMIT words (the outreach rule); a thank-you just shows the count. */
  warnLong?: boolean;
}

export function DraftEditor({ subject, body, onSubject, onBody, warnLong }: Props) {
  const words = countWords(body);
  const long = !!warnLong && words > WORD_LIMIT;
  return (
    <div class="block draft-editor">
      <label for="draft-subject">Subject</label>
      <input id="draft-subject" type="text" value={subject} onInput={(e) => onSubject((e.currentTarget as HTMLInputElement).value)} />
      <label for={DRAFT_BODY_ID}>Message</label>
      <textarea
        id={DRAFT_BODY_ID}
        rows={16}
        value={body}
        aria-describedby="draft-word-count"
        onInput={(e) => onBody((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id="draft-word-count" class={long ? 'word-count long' : 'word-count secondary'} aria-live="polite">
        {words} {words === 1 ? 'word' : 'words'}
        {long ? `: over ${WORD_LIMIT}. A first message is read more often when it is short.` : ''}
      </p>
    </div>
  );
}
