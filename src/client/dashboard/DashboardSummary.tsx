// The home page's "where you stand": the outreach funnel as text with bars, the
// response and meeting rates, from the figures the home page's one call brings.
import { useState } from 'preact/hooks';
import { rpc } from '../rpc';
import type { DashboardHome } from '../../shared/dashboard';
import { ErrorBox } from '../ui';

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

/** The figures come with the home page's one call (getHome). */
export function DashboardSummary({ summary }: { summary: DashboardHome }) {
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
      <div>
        <Funnel d={summary} />
        <p class="apart secondary">
          {summary.apart.map((a) => `${a.stage}: ${a.now}`).join(' · ')}
        </p>
        {/* The follow-up counts stand at the top of the home page already. */}
        <dl class="rates">
          <dt>Response rate</dt>
          <dd>{rate(summary.rates.responseRate, summary.rates.replied, summary.rates.contacted)}</dd>
          <dt>Meeting rate</dt>
          <dd>{rate(summary.rates.meetingRate, summary.rates.met, summary.rates.contacted)}</dd>
        </dl>
        {openError && <ErrorBox message={openError} />}
        <button type="button" onClick={open} disabled={opening}>
          {opening ? 'Updating the Dashboard tab…' : 'Open the Dashboard tab'}
        </button>
      </div>
    </section>
  );
}
