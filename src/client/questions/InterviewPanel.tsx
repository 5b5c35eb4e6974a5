// Interview mode: the student's introduction to open with, the saved questions
// with a countdown that stays in view, In time and Spare marks (spares last), a
// tick and a note for each, the tips for awkward moments, and at the end who
// else to talk to, the advice and what was agreed. Finish opens Log a meeting
// filled in; saving it there also marks what was asked in the Questions tab.
import { useEffect, useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { rpc } from '../rpc';
import type { InterviewAnswer, MeetingMinutes, QuestionsContext } from '../../shared/questions';
import { emptyMeetingInput } from '../../shared/meetings';
import type { MeetingInput } from '../../shared/contacts';
import { fillMeetingLog } from '../meetings';
import { MinutesPicker, questionSession, useQuestionsContact } from './QuestionSession';
import { QuestionCountdown, elapsedMs, type CountdownState } from './QuestionCountdown';
import { markFits } from './QuestionList';
import { InterviewTips } from './InterviewTips';

interface Answer extends InterviewAnswer {
  key: string;
  category: string;
  fitsInTime: boolean;
}

/** The meeting's takeaways: each ticked question's note in the student's words (never the question), then the other takeaways. */
export function takeawaysOf(answers: InterviewAnswer[], other: string): string {
  const lines = answers.filter((a) => a.asked && a.notes.trim()).map((a) => a.notes.trim());
  if (other.trim()) lines.push(other.trim());
  return lines.join('\n');
}

export interface InterviewEnd {
  referrals: string;
  advice: string;
  followUpAgreed: string;
  other: string;
}

/** Log a meeting's values from the interview: the time it really took (the planned length if the clock never ran). */
export function meetingFromInterview(context: QuestionsContext, answers: InterviewAnswer[], end: InterviewEnd, spentMs: number, minutes: number): MeetingInput {
  const spent = Math.round(spentMs / 60000);
  return {
    ...emptyMeetingInput(context.contact.contactId, context.today),
    type: 'Informational interview',
    durationMin: String(spent > 0 ? spent : minutes),
    takeaways: takeawaysOf(answers, end.other),
    advice: end.advice.trim(),
    referralsGiven: end.referrals.trim(),
    followUpAgreed: end.followUpAgreed.trim(),
  };
}

export function InterviewPanel({ navigate }: { navigate: Navigate }) {
  const { picker, status, context } = useQuestionsContact('iv-contact');
  return (
    <div class="interview-panel">
      <h1>Interview</h1>
      {picker}
      {status}
      {context && <Interview key={context.contact.contactId} context={context} navigate={navigate} />}
    </div>
  );
}

function Interview({ context, navigate }: { context: QuestionsContext; navigate: Navigate }) {
  // The scheduled meeting's length when the Schedule step set one, else the session's (the outreach's 20 by default).
  const [minutes, setMinutes] = useState<MeetingMinutes>(context.scheduledMinutes ?? questionSession.minutes);
  const [clock, setClock] = useState<CountdownState>({ banked: 0, startedAt: null });
  const [answers, setAnswers] = useState<Answer[]>(() =>
    markFits(
      context.saved.map((q, i) => ({ key: `a${i}`, text: q.text, category: q.category, asked: false, notes: '', fitsInTime: false })),
      context.scheduledMinutes ?? questionSession.minutes,
    ),
  );
  const [end, setEnd] = useState<InterviewEnd>({ referrals: '', advice: '', followUpAgreed: '', other: '' });
  useEffect(() => {
    questionSession.minutes = minutes;
  }, [minutes]);

  if (!context.saved.length) {
    return (
      <div class="block">
        <p>No questions are saved for {context.contact.name || 'this contact'} yet.</p>
        <button type="button" class="action" onClick={() => navigate('questions')}>
          Prepare questions
        </button>
      </div>
    );
  }

  const changeMinutes = (m: MeetingMinutes) => {
    setMinutes(m);
    setAnswers((xs) => markFits(xs, m));
  };
  const update = (key: string, patch: Partial<InterviewAnswer>) => setAnswers((xs) => xs.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  const setEndField = (k: keyof InterviewEnd) => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    setEnd((x) => ({ ...x, [k]: v }));
  };
  const asked = answers.filter((a) => a.asked).length;
  const plain = (): InterviewAnswer[] => answers.map((a) => ({ text: a.text, asked: a.asked, notes: a.notes }));

  const finish = () => {
    const spent = elapsedMs(clock);
    const values = meetingFromInterview(context, plain(), end, spent, minutes);
    const marked = plain();
    const contactId = context.contact.contactId;
    fillMeetingLog({
      values,
      note: `Filled in from the interview with ${context.contact.name || contactId}: check it, then log it.`,
      afterSave: (meetingId) => rpc.finishInterview({ contactId, meetingId, answers: marked }).then((r) => r.message),
    });
    navigate('meeting');
  };
  const firstSpare = answers.findIndex((a) => !a.fitsInTime);

  return (
    <div>
      <p class="secondary">
        {[context.contact.name, context.contact.title, context.contact.company].filter(Boolean).join(' · ')}
      </p>
      <div class="iv-sticky">
        <QuestionCountdown minutes={minutes} state={clock} onChange={setClock} />
        <InterviewTips />
      </div>
      <section class="block iv-intro" aria-labelledby="iv-intro-heading">
        <h2 id="iv-intro-heading">Open with your brief introduction</h2>
        {context.introduction ? (
          <blockquote>{context.introduction}</blockquote>
        ) : (
          <p class="secondary">
            No introduction yet.{' '}
            <button type="button" class="link" onClick={() => navigate('settings')}>
              Write one in Settings
            </button>{' '}
            (about 30 seconds).
          </p>
        )}
      </section>
      <MinutesPicker id="iv-minutes" value={minutes} onChange={changeMinutes} />
      <ol class="iv-list">
        {answers.map((a, i) => (
          <li key={a.key} class={[a.asked ? 'iv-asked' : '', a.fitsInTime ? 'q-fits' : 'q-spare', i === firstSpare ? 'iv-first-spare' : ''].filter(Boolean).join(' ')}>
            <div class="q-meta">
              <span class={a.fitsInTime ? 'q-badge fits' : 'q-badge spare'}>{a.fitsInTime ? 'In time' : 'Spare'}</span>
            </div>
            <label class="iv-question">
              <input type="checkbox" checked={a.asked} onChange={(e) => update(a.key, { asked: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{a.text}</span>
            </label>
            <textarea
              rows={2}
              aria-label={`Notes on question ${i + 1}`}
              placeholder="Notes"
              value={a.notes}
              onInput={(e) => update(a.key, { notes: (e.currentTarget as HTMLTextAreaElement).value })}
            />
          </li>
        ))}
      </ol>
      <section class="block iv-end" aria-labelledby="iv-end-heading">
        <h2 id="iv-end-heading">Before you say goodbye</h2>
        <label for="iv-referrals">Who else should I talk to?</label>
        <textarea id="iv-referrals" rows={3} aria-describedby="iv-referrals-hint" value={end.referrals} onInput={setEndField('referrals')} />
        <p id="iv-referrals-hint" class="hint secondary">
          One person per line: "Name, Company". Each becomes a contact referred by {context.contact.name || 'them'}.
        </p>
        <label for="iv-advice">Advice</label>
        <textarea id="iv-advice" rows={2} value={end.advice} onInput={setEndField('advice')} />
        <label for="iv-agreed">Follow-up agreed</label>
        <input id="iv-agreed" type="text" value={end.followUpAgreed} onInput={setEndField('followUpAgreed')} />
        <label for="iv-other">Other takeaways</label>
        <textarea id="iv-other" rows={3} value={end.other} onInput={setEndField('other')} />
      </section>
      <div class="block q-row iv-finish">
        <button type="button" class="action" onClick={finish}>
          Finish interview
        </button>
        <span class="secondary">
          {asked} of {answers.length} asked
        </span>
      </div>
    </div>
  );
}
