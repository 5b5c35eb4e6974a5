// Panel navigation without reloading the sidebar.
import { useState } from 'preact/hooks';
import type { Page } from '../shared/wire';
import { CheckPanel } from './panels/CheckPanel';
import { HomePanel } from './panels/HomePanel';

export type Navigate = (page: Page) => void;

export function App({ initial }: { initial: Page }) {
  const [page, setPage] = useState<Page>(initial);
  return (
    <main>
      {page !== 'home' && (
        <nav>
          <button type="button" class="link" onClick={() => setPage('home')}>
            ← Home
          </button>
        </nav>
      )}
      {page === 'home' && <HomePanel navigate={setPage} />}
      {page === 'check' && <CheckPanel />}
    </main>
  );
}
