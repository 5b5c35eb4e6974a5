// The sidebar's home: the tasks.
import type { Navigate } from '../App';

export function HomePanel({ navigate }: { navigate: Navigate }) {
  return (
    <div>
      <h1>Info Interviews</h1>
      <div class="block tasks">
        <button type="button" onClick={() => navigate('check')}>
          Check outreach fields
        </button>
      </div>
    </div>
  );
}
