// Panel navigation without reloading the sidebar.
import { useState } from 'preact/hooks';
import type { Page } from '../shared/server-api';
import { CheckPanel } from './contacts/CheckPanel';
import { HomePanel } from './follow-ups/HomePanel';
import { ContactPanel } from './contacts/ContactPanel';
import { MeetingPanel } from './meetings/MeetingPanel';
import { QuestionsPanel } from './questions/QuestionsPanel';
import { InterviewPanel } from './questions/InterviewPanel';
import { OutreachPanel } from './drafts/OutreachPanel';
import { ThanksPanel } from './drafts/ThanksPanel';
import { ImportPanel } from './import/ImportPanel';
import { SettingsPanel } from './settings/SettingsPanel';

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
