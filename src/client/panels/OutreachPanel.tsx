// Placeholder until its feature lands; replaced by the feature's panel.
import type { Navigate } from '../App';

export function OutreachPanel(_props: { navigate: Navigate }) {
  return <p class="secondary">This part of Info Interviews is not built yet.</p>;
}
