// "Check outreach fields": problems grouped by contact; clicking one selects its cell.
import { useState } from 'preact/hooks';
import { rpc } from '../rpc';
import type { ProblemView } from '../../shared/contacts';
import { ErrorBox, Loading, Titled, useRemote } from '../ui';

const TITLE = 'Check outreach fields';

export function CheckPanel() {
  const [report, retry] = useRemote(() => rpc.getCheckReport());
  const [selectError, setSelectError] = useState('');

  if (report.state === 'loading') return <Loading what="Checking your contacts…" />;
  if (report.state === 'error') return <Titled title={TITLE}><ErrorBox message={report.message} onRetry={retry} /></Titled>;
  const r = report.value;

  const select = (p: ProblemView) => {
    setSelectError('');
    rpc.selectContactCell({ contactId: p.contactId, field: p.field, row: p.row }).catch((e: Error) => setSelectError(e.message));
  };

  return (
    <div>
      <h1>{TITLE}</h1>
      <p class="summary" role="status">
        {r.groups.length === 0
          ? `All good: ${r.contactsChecked} contact${r.contactsChecked === 1 ? '' : 's'} checked, no problems found.`
          : `${r.errors} problem${r.errors === 1 ? '' : 's'} and ${r.warnings} warning${r.warnings === 1 ? '' : 's'} in ${r.groups.length} of ${r.contactsChecked} contacts.`}
      </p>
      {selectError && <ErrorBox message={selectError} />}
      {r.groups.map((g) => (
        <section class="block contact-problems" key={g.row}>
          <h2>
            {g.contactName || `Row ${g.row} (no name)`}
            <span class="secondary"> · row {g.row}</span>
          </h2>
          <ul class="problems">
            {g.problems.map((p, i) => (
              <li key={i} class={p.severity}>
                <button type="button" class="problem link" onClick={() => select(p)} title={`Select ${p.a1}`}>
                  <span class="cell-ref">{p.header}</span> {p.message}
                </button>
                <div class="fix secondary">{p.fix}</div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div class="block">
        <button type="button" onClick={retry}>
          Check again
        </button>
      </div>
    </div>
  );
}
