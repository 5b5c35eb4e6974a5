// The sidebar's home: the tasks. (The follow-ups list lands with the follow-up feature.)
import type { Navigate } from '../App';
import type { Page } from '../../shared/wire';

const TASKS: Array<[Page, string]> = [
  ['meeting', 'Log a meeting'],
  ['contact', 'Add or edit a contact'],
  ['questions', 'Prepare questions'],
  ['outreach', 'Draft outreach'],
  ['thanks', 'Draft thank-you note'],
  ['check', 'Check outreach fields'],
  ['import', 'Import contacts'],
  ['settings', 'Settings'],
];

export function HomePanel({ navigate }: { navigate: Navigate }) {
  return (
    <div>
      <h1>Info Interviews</h1>
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
