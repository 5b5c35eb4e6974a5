// Home's two buttons that change the tracker (Refresh follow-ups, Set up
// tracker): each brings back the home page as it then stands, so the panel shows
// it without a second round trip.
import type { HomeAfter } from '../../shared/home';
import { runFollowUpCheck } from '../follow-ups';
import { setUpFromSidebar } from '../setup';
import { buildHome } from './build';

export function refreshHome(): HomeAfter {
  const { summary } = runFollowUpCheck();
  return { summary, home: buildHome() };
}

export function setUpHome(): HomeAfter {
  const { summary } = setUpFromSidebar();
  return { summary, home: buildHome() };
}
