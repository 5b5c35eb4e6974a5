// The sidebar's home: today's follow-ups and the daily check, loaded in one
// server call, then the tasks. An unset sheet gets a call to set it up.
import { useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import type { Page } from '../../shared/server-api';
import type { HomeView } from '../../shared/home';
import { rpc } from '../rpc';
import { ErrorBox, Loading, useRemote } from '../ui';
import { DailyCheck, DueItems, HighlightLegend } from '../follow-ups';
import type { DueNow } from '../../shared/follow-ups';
import { DashboardSummary } from '../dashboard';
import { SET_UP_BUTTON_ID, StartHere } from './StartHere';
import { UpcomingPrep } from './UpcomingPrep';
import { ReminderNotice, UpcomingMeetings } from '../reminders';

const TASKS: Array<[Page, string]> = [
  ['meeting', 'Log a meeting'],
  ['schedule', 'Schedule a meeting'],
  ['contact', 'Add or edit a contact'],
  ['questions', 'Prepare questions'],
  ['outreach', 'Draft outreach'],
  ['thanks', 'Draft thank-you note'],
  ['check', 'Check outreach fields'],
  ['import', 'Import contacts'],
  ['settings', 'Settings'],
];

function countsText(c: { overdue: number; today: number; upcoming: number }): string {
  return `${c.overdue} overdue · ${c.today} due today · ${c.upcoming} coming up`;
}

/** Runs a server action from a button, with its own busy state and message. */
function useAction<T>(run: () => Promise<T>, done: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const start = () => {
    setBusy(true);
    setError('');
    run().then(
      (v) => {
        setBusy(false);
        done(v);
      },
      (e: Error) => {
        setBusy(false);
        setError(e.message);
      },
    );
  };
  return { busy, error, start };
}

function SetUpCall({ message, onDone }: { message: string; onDone: (summary: string, now: HomeView) => void }) {
  const setUp = useAction(() => rpc.setUpHome(), (r) => onDone(r.summary, r.home));
  return (
    <section class="block home-setup" aria-labelledby="home-setup-heading">
      <h2 id="home-setup-heading">Set up your tracker</h2>
      <p>{message}</p>
      <p class="secondary">Set up tracker adds the Contacts, Meetings and Question Bank tabs, or adopts the contacts tab you already keep. None of your data changes.</p>
      <button type="button" id={SET_UP_BUTTON_ID} class="action" onClick={setUp.start} disabled={setUp.busy}>
        {setUp.busy ? 'Setting up…' : 'Set up tracker'}
      </button>
      {setUp.error && <ErrorBox message={setUp.error} />}
    </section>
  );
}

function FollowUps({ view, onRefreshed, navigate }: { view: Extract<HomeView, { setUp: true }>; onRefreshed: (summary: string, now: HomeView) => void; navigate: Navigate }) {
  const refresh = useAction(() => rpc.refreshHome(), (r) => onRefreshed(r.summary, r.home));
  // After a step is marked done, the server's re-planned list replaces the loaded one at once.
  const [fresh, setFresh] = useState<{ message: string; home: DueNow } | null>(null);
  const due = fresh ? fresh.home : view;
  return (
    <section class="block home-follow-ups" aria-labelledby="home-follow-ups-heading">
      <h2 id="home-follow-ups-heading">Follow-ups</h2>
      <p class="home-counts secondary">{countsText(due.counts)}</p>
      {fresh && (
        <p class="summary" role="status">
          {fresh.message}
        </p>
      )}
      <DueItems items={due.followUps} today={view.today} navigate={navigate} onChanged={(message, home) => setFresh({ message, home })} />
      <HighlightLegend />
      <button type="button" class="action" onClick={refresh.start} disabled={refresh.busy}>
        {refresh.busy ? 'Refreshing…' : 'Refresh follow-ups'}
      </button>
      {refresh.error && <ErrorBox message={refresh.error} />}
    </section>
  );
}

export function HomePanel({ navigate }: { navigate: Navigate }) {
  const [home, reload] = useRemote(() => rpc.getHome());
  const [notice, setNotice] = useState('');
  // The daily check toggled on this page, so Start here ticks without a reload.
  const [dailyOn, setDailyOn] = useState<boolean | null>(null);
  // Refresh follow-ups and Set up tracker bring back the home page as it then stands: shown at once.
  const [fresh, setFresh] = useState<HomeView | null>(null);
  const [version, setVersion] = useState(0);
  const after = (summary: string, now: HomeView) => {
    setNotice(summary);
    setFresh(now);
    setDailyOn(null);
    setVersion((v) => v + 1);
  };
  const view = fresh ?? (home.state === 'ready' ? home.value : null);

  return (
    <div>
      <h1>Info Interviews</h1>
      {notice && (
        <p class="summary" role="status">
          {notice}
        </p>
      )}
      {!view && home.state === 'loading' && <Loading what="Loading your follow-ups…" />}
      {!view && home.state === 'error' && <ErrorBox message={home.message} onRetry={reload} />}
      {view && (
        <StartHere
          navigate={navigate}
          facts={
            view.setUp
              ? { setUp: true, contacts: view.contacts, dailyCheckOn: dailyOn ?? view.dailyCheckOn, state: view.startHere }
              : { setUp: false, contacts: 0, dailyCheckOn: false }
          }
        />
      )}
      {view && !view.setUp && <SetUpCall message={view.message} onDone={after} />}
      {view && view.setUp && (
        <>
          <FollowUps key={`${view.today}-${version}`} view={view} onRefreshed={after} navigate={navigate} />
          <UpcomingPrep items={view.prep ?? []} navigate={navigate} />
          <UpcomingMeetings meetings={view.meetings} navigate={navigate} />
          <ReminderNotice status={view.reminders} />
          <DashboardSummary summary={view.summary} />
          <p class="home-paths">
            <button type="button" class="link" onClick={() => navigate('paths')}>
              Your career paths: where your interest is heading →
            </button>
          </p>
          <DailyCheck key={version} status={view.check} initiallyOn={view.dailyCheckOn} onChange={setDailyOn} />
        </>
      )}
      <section class="block tasks" aria-label="Tasks">
        {TASKS.map(([page, label]) => (
          <button type="button" key={page} onClick={() => navigate(page)}>
            {label}
          </button>
        ))}
      </section>
    </div>
  );
}
