// "Prepare questions": a contact's list from the Question Bank, shaped by the
// goal and meeting length, edited by the student and saved to the Questions tab.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import { rpc } from '../rpc';
import { GOALS, type Goal } from '../../shared/questions';
import { generateQuestions } from '../../shared/questions';
import { deeperQuestions } from '../../shared/paths';
import { PathNote } from '../paths';
import type { QuestionsContext } from '../../shared/questions';
import { ErrorBox } from '../ui';
import { MinutesPicker, questionSession, useQuestionsContact } from './QuestionSession';
import { QuestionList, markFits, type ListItem } from './QuestionList';
import { QuestionAdd } from './QuestionAdd';
import { QuestionBankCheck } from './QuestionBankCheck';
import { closingKind, questionsThatFit } from '../../shared/questions';

// The menu's "Check question bank" opens this panel on the check; only the first time.
let initialView = typeof document !== 'undefined' ? document.body.dataset.view ?? '' : '';

let nextKey = 1;
const keyed = (q: Omit<ListItem, 'key'>): ListItem => ({ ...q, key: `q${nextKey++}` });

/** The same contact gets the same first list; "New mix" adds to it. */
function baseSeed(contactId: string): number {
  let h = 2166136261;
  for (let i = 0; i < contactId.length; i++) h = Math.imul(h ^ contactId.charCodeAt(i), 16777619);
  return h >>> 0;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; message: string } | { kind: 'error'; message: string };

export function QuestionsPanel({ navigate }: { navigate: Navigate }) {
  const [view, setView] = useState(initialView === 'bank-check' ? 'bank-check' : 'list');
  initialView = '';
  if (view === 'bank-check') return <QuestionBankCheck onBack={() => setView('list')} />;
  return <QuestionsEditor navigate={navigate} onCheckBank={() => setView('bank-check')} />;
}

function QuestionsEditor({ navigate, onCheckBank }: { navigate: Navigate; onCheckBank: () => void }) {
  const { picker, status: loadStatus, context } = useQuestionsContact('q-contact');
  const [goal, setGoal] = useState<Goal>('Career exploration');
  const [minutes, setMinutes] = useState(questionSession.minutes);
  const [mix, setMix] = useState(0);
  const [items, setItems] = useState<ListItem[]>([]);
  /** True once the student edited the list or it came from the sheet: a new goal then does not replace it. */
  const [kept, setKept] = useState(false);
  /** Changed since it was loaded or saved: starting the interview saves it first. */
  const [dirty, setDirty] = useState(false);
  const [shortBy, setShortBy] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const focus = useRef<[string, 'up' | 'down'] | null>(null);

  const generate = (ctx: QuestionsContext, g: Goal, m: typeof minutes, seedOffset: number) => {
    const list = generateQuestions({
      contact: ctx.contact,
      goal: g,
      minutes: m,
      asked: ctx.asked,
      meetingNumber: ctx.meetingNumber,
      bank: ctx.bank,
      seed: baseSeed(ctx.contact.contactId) + seedOffset,
      deeper: ctx.path ? deeperQuestions(ctx.path.askedInPath, seedOffset) : undefined,
    });
    setItems(list.questions.map((q) => keyed({ category: q.category, text: q.text, fitsInTime: q.fitsInTime })));
    setShortBy(list.shortBy);
    setKept(false);
    setDirty(true);
    setStatus({ kind: 'idle' });
  };

  // A new contact: its saved list if it has one, else a fresh list for the goal in Settings.
  useEffect(() => {
    if (!context) return;
    setGoal(context.goal);
    setMix(0);
    // A scheduled meeting's length (Schedule step) is the one to plan for.
    const m = context.scheduledMinutes ?? minutes;
    if (m !== minutes) {
      setMinutes(m);
      questionSession.minutes = m;
    }
    if (context.saved.length) {
      setItems(markFits(context.saved.map((q) => keyed({ category: q.category, text: q.text, fitsInTime: false })), m));
      setKept(true);
      setDirty(false);
      setShortBy(0);
      setStatus({ kind: 'idle' });
    } else generate(context, context.goal, m, 0);
  }, [context]);

  const edit = (next: ListItem[]) => {
    setItems(markFits(next, minutes));
    setKept(true);
    setDirty(true);
    setStatus({ kind: 'idle' });
  };
  const changeGoal = (g: Goal) => {
    setGoal(g);
    if (context && !kept) generate(context, g, minutes, mix);
  };
  const changeMinutes = (m: typeof minutes) => {
    setMinutes(m);
    questionSession.minutes = m;
    if (context && !kept) generate(context, goal, m, mix);
    else setItems((xs) => markFits(xs, m));
  };
  const newMix = () => {
    if (!context) return;
    setMix(mix + 1);
    generate(context, goal, minutes, mix + 1);
  };
  const addOwn = (text: string, category: string) => {
    // The last question in time, just before the closing questions: the
    // student's own question is one they mean to ask (the one it displaces
    // becomes a spare).
    const closers = items.filter((q) => q.fitsInTime && closingKind(q.text)).length;
    const inTime = items.filter((q) => q.fitsInTime).length;
    let at = Math.max(0, inTime - closers - (inTime >= questionsThatFit(minutes) ? 1 : 0));
    if (!inTime) at = items.length;
    edit([...items.slice(0, at), keyed({ category, text, fitsInTime: false, own: true }), ...items.slice(at)]);
  };
  const save = async (): Promise<boolean> => {
    if (!context) return false;
    setStatus({ kind: 'saving' });
    try {
      const r = await rpc.saveQuestions({ contactId: context.contact.contactId, questions: items.map((q) => ({ category: q.category, text: q.text })) });
      if (r.ok) {
        setKept(true);
        setDirty(false);
        setStatus({ kind: 'saved', message: r.message });
        return true;
      }
      setStatus({ kind: 'error', message: Object.values(r.errors).join(' ') });
    } catch (e) {
      setStatus({ kind: 'error', message: (e as Error).message });
    }
    return false;
  };
  const startInterview = async () => {
    if (dirty && !(await save())) return;
    questionSession.minutes = minutes;
    navigate('interview');
  };
  const c = context?.contact;

  return (
    <div class="questions-panel">
      <h1>Prepare questions</h1>
      {picker}
      {loadStatus}
      {context && c && (
        <>
          <p class="secondary q-for">
            {[c.title, c.company, c.industry].filter(Boolean).join(' · ') || 'No title, company or industry yet: the questions stay general'}
            {'.'}
            {context.meetingNumber > 1 ? ` Meeting ${context.meetingNumber}: deeper questions, none asked before.` : ''}
          </p>
          {context.path && <PathNote path={context.path} />}
          {context.bankMissing && <p class="secondary">The Question Bank tab is missing, so the built-in questions are used. Set up tracker brings it back.</p>}
          <div class="block">
            <label for="q-goal">Your goal</label>
            <select id="q-goal" value={goal} onChange={(e) => changeGoal((e.currentTarget as HTMLSelectElement).value as Goal)}>
              {GOALS.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </div>
          <MinutesPicker id="q-minutes" value={minutes} onChange={changeMinutes} />
          <div class="block q-row">
            <button type="button" onClick={newMix}>
              New mix
            </button>
          </div>
          {shortBy > 0 && <p class="secondary">The bank had {shortBy} question{shortBy === 1 ? '' : 's'} too few for a full list; add your own below or more rows to the Question Bank.</p>}
          <QuestionList items={items} minutes={minutes} onChange={edit} focus={focus} />
          <QuestionAdd onAdd={addOwn} />
          <div class="block q-row">
            <button type="button" class="action" disabled={status.kind === 'saving' || items.length === 0} onClick={save}>
              {status.kind === 'saving' ? 'Saving…' : 'Save to Questions tab'}
            </button>
            {items.length > 0 && (
              <button type="button" disabled={status.kind === 'saving'} onClick={startInterview}>
                {dirty ? 'Save and start interview' : 'Start interview'}
              </button>
            )}
          </div>
          <div role="status" aria-live="polite">
            {status.kind === 'saved' && <p class="summary">{status.message}</p>}
          </div>
          {status.kind === 'error' && <ErrorBox message={status.message} />}
        </>
      )}
      <div class="block">
        <button type="button" class="link" onClick={onCheckBank}>
          Check the question bank
        </button>
      </div>
    </div>
  );
}
