// Panel navigation without reloading the sidebar.
import { useState } from 'preact/hooks';
import type { Page } from '../shared/server-api';
import type { Navigate } from './ui';
import { CheckPanel } from './contacts';
import { HomePanel } from './home';
import { ContactPanel } from './contacts';
import { MeetingPanel } from './meetings';
import { QuestionsPanel } from './questions';
import { InterviewPanel } from './questions';
import { OutreachPanel } from './drafts';
import { ThanksPanel } from './drafts';
import { ImportPanel } from './import';
import { SettingsPanel } from './settings';
import { PathsPanel } from './paths';
import { SchedulePanel } from './reminders';

const PANELS: Record<Page, (props: { navigate: Navigate }) => preact.JSX.Element> = {
  home: HomePanel,
  check: () => <CheckPanel />,
  contact: ContactPanel,
  meeting: MeetingPanel,
  questions: QuestionsPanel,
  interview: InterviewPanel,
  outreach: OutreachPanel,
  thanks: ThanksPanel,
  import: ImportPanel,
  settings: SettingsPanel,
  paths: PathsPanel,
  schedule: SchedulePanel,
};

export function App({ initial }: { initial: Page }) {
  const [page, setPage] = useState<Page>(initial);
  const Panel = PANELS[page];
  return (
    <main>
      {page !== 'home' && (
        <nav>
          <button type="button" class="link" onClick={() => setPage('home')}>
            ← Home
          </button>
        </nav>
      )}
      <Panel key={page} navigate={setPage} />
    </main>
  );
}
