// "Draft thank-you note": for the selected contact's latest logged meeting,
// naming it and one takeaway; "Mark thank-you sent" records the date.
import { useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { rpc } from '../rpc';
import type { ThanksContext } from '../../shared/drafts';
import { draftThankYou } from '../../shared/drafts';
import { humanDate } from '../../shared/drafts';
import { DraftShell } from './DraftShell';
import { ErrorBox } from '../ui';
import { DraftEditor } from './DraftEditor';
import { DraftSendActions } from './DraftSendActions';
import { LinkedInForm } from './FollowUpDraftPanel';

export function ThanksPanel({ navigate }: { navigate: Navigate }) {
  return (
    <DraftShell
      title="Draft thank-you note"
      navigate={navigate}
      load={(id) => rpc.getThanksContext(id)}
      loading="Reading the contact and their latest meeting…"
      choose="Choose who to thank"
      // A thank-you only needs the student's name to sign it.
      blocking={(missing) => missing.filter((m) => m === 'Name')}
      editor={(c) => <ThanksEditor context={c} navigate={navigate} />}
    />
  );
}

function ThanksEditor({ context, navigate }: { context: ThanksContext; navigate: Navigate }) {
  const contact = context.contact!;
  const { meeting } = context;
  const [draft] = useState(() => draftThankYou({ profile: context.profile, contact, meeting, referralNames: context.referralNames }));
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [marking, setMarking] = useState(false);
  const [marked, setMarked] = useState('');
  const [markError, setMarkError] = useState('');

  const markSent = () => {
    setMarking(true);
    setMarkError('');
    rpc.markThankYouSent({ contactId: contact.contactId, meetingId: meeting?.meetingId ?? '' }).then(
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
  const reset = () => {
    setSubject(draft.subject);
    setBody(draft.body);
  };
  const when = meeting ? humanDate(meeting.date) : '';
  const already = meeting?.thankYouSent || (!meeting ? contact.thankYouSent : '');

  return (
    <div>
      {meeting ? (
        <p class="draft-meeting">
          For your {meeting.type ? meeting.type.toLowerCase() : 'meeting'}
          {when ? ` on ${when}` : ''}.
        </p>
      ) : (
        <div class="block draft-notice" role="note">
          <p>
            No meeting with {contact.name || 'this contact'} is logged yet, so this is a general note. Log the meeting first and
            the note will name it and recall a takeaway.
          </p>
          <button type="button" onClick={() => navigate('meeting')}>
            Log a meeting
          </button>
        </div>
      )}
      {meeting && draft.missing.indexOf('a takeaway or piece of advice') >= 0 && (
        <p class="secondary">The meeting’s log has no takeaway or advice: add one to the Meetings tab to make the note personal.</p>
      )}
      {already && <p class="secondary">A thank-you was already recorded on {humanDate(already) || already}.</p>}
      <DraftEditor subject={subject} body={body} onSubject={setSubject} onBody={setBody} />
      <div class="block">
        <button type="button" class="link" onClick={reset}>
          Start again from the draft
        </button>
      </div>
      {!contact.email.trim() && contact.linkedin.trim() ? (
        <LinkedInForm key={body} body={body} studentName={context.profile.name} profileUrl={contact.linkedin.trim()} />
      ) : (
        <DraftSendActions to={contact.email} subject={subject} body={body} />
      )}
      <div class="block">
        <button type="button" disabled={marking} onClick={markSent}>
          Mark thank-you sent
        </button>
        <p class="secondary">
          Records today’s date in Thank-you sent{meeting ? ' on the contact and the meeting' : ''}, and moves Status on to Thanked after a meeting.
        </p>
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
