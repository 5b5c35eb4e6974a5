// Interview mode: the saved questions with a countdown, a tick and a note for
// each, and Finish, which logs the meeting (notes as takeaways) and marks what
// was asked in the Questions tab.
import { useEffect, useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { rpc } from '../rpc';
import type { InterviewAnswer, QuestionsContext } from '../../shared/questions';
import { ErrorBox } from '../ui';
import { emptyMeetingInput } from '../../shared/meetings';
import { MinutesPicker, questionSession, useQuestionsContact } from './QuestionSession';
import { QuestionCountdown, elapsedMs, type CountdownState } from './QuestionCountdown';

type Finish =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'error'; message: string; meetingId: string | null }
  | { kind: 'done'; messages: string[] };

/** The notes as the meeting's takeaways: one line a question that has a note. */
export function takeawaysOf(answers: InterviewAnswer[], other: string): string {
  const lines = answers.filter((a) => a.notes.trim()).map((a) => `${a.text.replace(/\?$/, '')}: ${a.notes.trim()}`);
  if (other.trim()) lines.push(other.trim());
  return lines.join('\n');
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
  const [minutes, setMinutes] = useState(questionSession.minutes);
  const [clock, setClock] = useState<CountdownState>({ banked: 0, startedAt: null });
  const [answers, setAnswers] = useState<InterviewAnswer[]>(() => context.saved.map((q) => ({ text: q.text, asked: false, notes: '' })));
  const [other, setOther] = useState('');
  const [finish, setFinish] = useState<Finish>({ kind: 'idle' });
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
  if (finish.kind === 'done') {
    return (
      <div class="block">
        <div role="status" class="summary">
          {finish.messages.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
        </div>
        <div class="q-row">
          <button type="button" class="action" onClick={() => navigate('thanks')}>
            Draft thank-you note
          </button>
          <button type="button" onClick={() => navigate('home')}>
            Home
          </button>
        </div>
      </div>
    );
  }

  const update = (i: number, patch: Partial<InterviewAnswer>) => setAnswers((xs) => xs.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const asked = answers.filter((a) => a.asked).length;

  const done = async () => {
    let meetingId = finish.kind === 'error' ? finish.meetingId : null;
    setFinish({ kind: 'working' });
    const messages: string[] = [];
    try {
      if (meetingId === null) {
        const spent = Math.round(elapsedMs(clock) / 60000);
        const logged = await rpc.logMeeting({
          ...emptyMeetingInput(context.contact.contactId, context.today),
          type: 'Informational interview',
          durationMin: String(spent > 0 ? spent : minutes),
          takeaways: takeawaysOf(answers, other),
        });
        if (!logged.ok) {
          setFinish({ kind: 'error', message: Object.values(logged.errors).join(' '), meetingId: null });
          return;
        }
        meetingId = logged.meetingId ?? '';
        messages.push(logged.message);
      }
      const marked = await rpc.finishInterview({ contactId: context.contact.contactId, meetingId, answers });
      messages.push(marked.message);
      setFinish({ kind: 'done', messages });
    } catch (e) {
      // The meeting may be logged already: a retry then only marks the questions.
      setFinish({ kind: 'error', message: (e as Error).message, meetingId });
    }
  };

  return (
    <div>
      <p class="secondary">
        {[context.contact.name, context.contact.title, context.contact.company].filter(Boolean).join(' · ')}
      </p>
      <MinutesPicker id="iv-minutes" value={minutes} onChange={setMinutes} />
      <QuestionCountdown minutes={minutes} state={clock} onChange={setClock} />
      <ol class="iv-list">
        {answers.map((a, i) => (
          <li key={i} class={a.asked ? 'iv-asked' : ''}>
            <label class="iv-question">
              <input type="checkbox" checked={a.asked} onChange={(e) => update(i, { asked: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{a.text}</span>
            </label>
            <textarea
              rows={2}
              aria-label={`Notes on question ${i + 1}`}
              placeholder="Notes"
              value={a.notes}
              onInput={(e) => update(i, { notes: (e.currentTarget as HTMLTextAreaElement).value })}
            />
          </li>
        ))}
      </ol>
      <label for="iv-other">Other takeaways</label>
      <textarea id="iv-other" rows={3} value={other} onInput={(e) => setOther((e.currentTarget as HTMLTextAreaElement).value)} />
      {finish.kind === 'error' && <ErrorBox message={finish.message} />}
      <div class="block q-row iv-finish">
        <button type="button" class="action" disabled={finish.kind === 'working'} onClick={done}>
          {finish.kind === 'working' ? 'Saving…' : finish.kind === 'error' && finish.meetingId !== null ? 'Try marking again' : 'Finish and log meeting'}
        </button>
        <span class="secondary">
          {asked} of {answers.length} asked
        </span>
      </div>
    </div>
  );
}
