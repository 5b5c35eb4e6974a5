// "Check question bank": the bank rows a list would skip or get wrong, with a
// suggested rewrite; clicking a problem selects its cell in the bank.
import { useState } from 'preact/hooks';
import { rpc } from '../rpc';
import type { BankCheckItem } from '../../shared/questions';
import { ErrorBox, Loading, Titled, useRemote } from '../ui';

export function QuestionBankCheck({ onBack }: { onBack: () => void }) {
  const [report, retry] = useRemote(() => rpc.getBankCheck());
  const [selectError, setSelectError] = useState('');

  if (report.state === 'loading') return <Loading what="Checking the question bank…" />;
  if (report.state === 'error') return <Titled title="Check question bank"><ErrorBox message={report.message} onRetry={retry} /></Titled>;
  const r = report.value;
  const count = r.items.reduce((n, it) => n + it.problems.length, 0);

  const select = (item: BankCheckItem, field: string) => {
    setSelectError('');
    rpc.selectBankCell({ row: item.row, question: item.question, field }).catch((e: Error) => setSelectError(e.message));
  };

  return (
    <div class="questions-panel q-bank-check">
      <h1>Check question bank</h1>
      <p class="summary" role="status">
        {r.items.length === 0
          ? `All good: ${r.rowsChecked} question${r.rowsChecked === 1 ? '' : 's'} checked, no problems found.`
          : `${count} problem${count === 1 ? '' : 's'} in ${r.items.length} of ${r.rowsChecked} rows of ${r.tabName}.`}
      </p>
      {selectError && <ErrorBox message={selectError} />}
      {r.items.map((item) => (
        <section class="block" key={item.row}>
          <h2>
            Row {item.row}
            <span class="secondary"> · {item.question || '(no question)'}</span>
          </h2>
          <ul class="problems">
            {item.problems.map((p, i) => (
              <li key={i}>
                <button type="button" class="problem link" onClick={() => select(item, p.field)} title={p.a1 ? `Select ${p.a1}` : undefined}>
                  <span class="cell-ref">{p.header}</span> {p.message}
                </button>
                {p.suggestion && <div class="fix secondary">Suggested: {p.suggestion}</div>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div class="block q-row">
        <button type="button" onClick={retry}>
          Check again
        </button>
        <button type="button" onClick={onBack}>
          Prepare questions
        </button>
      </div>
    </div>
  );
}
