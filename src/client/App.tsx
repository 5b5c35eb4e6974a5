// Panel navigation without reloading the sidebar.
import { useState } from 'preact/hooks';
import type { Page } from '../shared/wire';
import { CheckPanel } from './panels/CheckPanel';
import { HomePanel } from './panels/HomePanel';
import { ContactPanel } from './panels/ContactPanel';
import { MeetingPanel } from './panels/MeetingPanel';
import { QuestionsPanel } from './panels/QuestionsPanel';
import { InterviewPanel } from './panels/InterviewPanel';
import { OutreachPanel } from './panels/OutreachPanel';
import { ThanksPanel } from './panels/ThanksPanel';
import { ImportPanel } from './panels/ImportPanel';
import { SettingsPanel } from './panels/SettingsPanel';

export type Navigate = (page: Page) => void;

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
