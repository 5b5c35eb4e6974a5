// The home page's "where you stand": the outreach funnel as text with bars, the
// response and meeting rates and the follow-up counts, loaded in one call.
import { useState } from 'preact/hooks';
import { rpc } from '../rpc';
import type { DashboardHome } from '../../shared/wire-dashboard';
import { ErrorBox, Loading, useRemote } from '../ui';

function rate(r: number | null, n: number, of: number): string {
  return r === null ? 'no one contacted yet' : `${Math.round(r * 100)}% (${n} of ${of})`;
}

function Funnel({ d }: { d: DashboardHome }) {
  const max = Math.max(1, ...d.funnel.map((f) => f.now));
  return (
    <ul class="funnel" aria-label="Contacts by status">
      {d.funnel.map((f) => (
        <li key={f.stage}>
          <span class="stage">{f.stage === 'Contacted' ? 'Contacted (incl. Follow-up sent)' : f.stage}</span>
          <span class="count">{f.now}</span>
          <span class="bar" aria-hidden="true" style={{ width: `${Math.round((f.now / max) * 100)}%` }} />
        </li>
      ))}
    </ul>
  );
}

export function DashboardSummary() {
  const [data, retry] = useRemote(() => rpc.getDashboardHome());
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState('');

  const open = () => {
    setOpening(true);
    setOpenError('');
    rpc.openDashboardTab().then(
      () => setOpening(false),
      (e: Error) => {
        setOpening(false);
        setOpenError(e.message);
      },
    );
  };

  return (
    <section class="block dashboard-summary" aria-labelledby="dashboard-summary-title">
      <h2 id="dashboard-summary-title">Where you stand</h2>
      {data.state === 'loading' && <Loading what="Counting your contacts…" />}
      {data.state === 'error' && <ErrorBox message={data.message} onRetry={retry} />}
      {data.state === 'ready' && (
        <div>
          <Funnel d={data.value} />
          <p class="apart secondary">
            {data.value.apart.map((a) => `${a.stage}: ${a.now}`).join(' · ')}
          </p>
          {/* The follow-up counts stand at the top of the home page already. */}
          <dl class="rates">
            <dt>Response rate</dt>
            <dd>{rate(data.value.rates.responseRate, data.value.rates.replied, data.value.rates.contacted)}</dd>
            <dt>Meeting rate</dt>
            <dd>{rate(data.value.rates.meetingRate, data.value.rates.met, data.value.rates.contacted)}</dd>
          </dl>
          {openError && <ErrorBox message={openError} />}
          <button type="button" onClick={open} disabled={opening}>
            {opening ? 'Updating the Dashboard tab…' : 'Open the Dashboard tab'}
          </button>
        </div>
      )}
    </section>
  );
}
