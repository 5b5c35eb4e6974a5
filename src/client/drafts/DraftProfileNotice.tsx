// Says which profile fields a draft lacks, with the way to Settings, rather than writing a message with holes.
import type { Navigate } from '../ui';

export function DraftProfileNotice({ missing, navigate }: { missing: string[]; navigate: Navigate }) {
  return (
    <div class="block draft-notice" role="note">
      <p>
        Your profile is missing: <strong>{missing.join(', ')}</strong>. The draft introduces you with these, so fill them
        in first.
      </p>
      <button type="button" class="action" onClick={() => navigate('settings')}>
        Open Settings
      </button>
    </div>
  );
}
