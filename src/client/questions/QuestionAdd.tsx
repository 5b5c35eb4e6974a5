// "Add your own": the student's question, checked like the bank's (yes/no, web
// search) before it joins the list, with the suggested rewrite one click away.
import { useState } from 'preact/hooks';
import { QUESTION_CATEGORY } from '../../shared/schema';
import { checkQuestion, type QuestionProblem } from '../../shared/questions';

export function QuestionAdd({ onAdd }: { onAdd: (text: string, category: string) => void }) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<string>('Advice');
  const [problems, setProblems] = useState<QuestionProblem[]>([]);
  const [checked, setChecked] = useState('');

  const add = (t: string) => {
    onAdd(t.trim(), category);
    setText('');
    setProblems([]);
    setChecked('');
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const t = text.trim().replace(/\s+/g, ' ');
    if (!t) {
      setProblems([{ kind: 'empty', message: 'Type a question first.' }]);
      setChecked('');
      return;
    }
    const found = checkQuestion(t);
    // A second click after the warnings adds the question as written.
    if (!found.length || checked === t) return add(t);
    setProblems(found);
    setChecked(t);
  };
  const suggestion = problems.find((p) => p.suggestion)?.suggestion;

  return (
    <form class="block q-add" onSubmit={submit}>
      <h2>Add your own question</h2>
      <label for="q-own-text">Your question</label>
      <textarea id="q-own-text" rows={2} maxLength={500} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      <label for="q-own-category">Category</label>
      <select id="q-own-category" value={category} onChange={(e) => setCategory((e.currentTarget as HTMLSelectElement).value)}>
        {QUESTION_CATEGORY.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      {problems.length > 0 && (
        <div class="q-warnings" role="alert">
          {problems.map((p, i) => (
            <p key={i} class="warning-text">
              {p.message}
            </p>
          ))}
          {suggestion && (
            <p>
              Try: <q>{suggestion}</q>{' '}
              <button type="button" class="link" onClick={() => add(suggestion)}>
                Use this instead
              </button>
            </p>
          )}
        </div>
      )}
      <button type="submit">{problems.length && checked ? 'Add anyway' : 'Add question'}</button>
    </form>
  );
}
