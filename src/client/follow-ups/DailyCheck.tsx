// The home page's daily-check block: when the check last ran, its last error
// (add-on triggers send no failure emails, so this is where it shows) and the toggle.
import { useState } from 'preact/hooks';
import { rpc } from '../rpc';
import type { CheckStatus } from '../../shared/follow-ups';
import { ErrorBox } from '../ui';

export function DailyCheck({ status, initiallyOn, onChange }: { status: CheckStatus; initiallyOn: boolean; onChange?: (on: boolean) => void }) {
  const [on, setOn] = useState(initiallyOn);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const toggle = (want: boolean) => {
    // The box shows the click at once (a controlled box would spring back while
    // the server works, as if the click was lost); a failure puts it back.
    const was = on;
    setOn(want);
    setBusy(true);
    setError('');
    rpc.setDailyCheck(want).then(
      (s) => {
        setOn(s.on);
        setBusy(false);
        onChange?.(s.on);
      },
      (e: Error) => {
        setOn(was);
        setError(e.message);
        setBusy(false);
      },
    );
  };

  return (
    <section class="block daily-check" aria-labelledby="daily-check-heading">
      <h2 id="daily-check-heading">Daily check</h2>
      <div class="daily-check-toggle">
        <input id="daily-check-on" type="checkbox" checked={on} disabled={busy} onChange={(ev) => toggle((ev.currentTarget as HTMLInputElement).checked)} />
        <label for="daily-check-on">Check follow-ups every morning</label>
      </div>
      <p class="secondary" role="status">
        {busy
          ? 'Saving…'
          : on
            ? status.runBy === 'another editor'
              ? 'On (set up by another editor): Next action is brought up to date each morning.'
              : 'On: Next action is brought up to date early each morning (at the hour in Settings > reminders, else 6).'
            : 'Off: use Refresh follow-ups to update Next action.'}
      </p>
      {status.needsReauthorisation && (
        <div class="error-box" role="alert">
          <p class="error">
            The daily check needs re-authorisation: its last run did not happen.{' '}
            {status.runBy === 'another editor'
              ? 'The editor who set it up must open Info Interviews from the Extensions menu once.'
              : 'Opening Info Interviews from the Extensions menu and allowing it renews it; this shows until a check runs again.'}
          </p>
        </div>
      )}
      {error && <ErrorBox message={error} />}
      <p class="secondary">
        {status.lastRunAt
          ? `Last checked ${status.lastRunAt}${status.lastAsOf && status.lastAsOf !== status.lastRunAt.slice(0, 10) ? ` (as of ${status.lastAsOf})` : ''}.`
          : 'Not checked yet.'}
      </p>
      {status.lastError && (
        <div class="error-box" role="alert">
          <p class="error">
            The last check failed{status.lastErrorAt ? ` (${status.lastErrorAt})` : ''}: {status.lastError}
          </p>
        </div>
      )}
    </section>
  );
}
