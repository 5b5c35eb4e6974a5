// Home's two buttons that change the tracker (Refresh follow-ups, Set up
// tracker): each brings back the home page as it then stands, so the panel shows
// it without a second round trip.
import type { HomeAfter } from '../../shared/home';
import { checkKeeping } from '../follow-ups';
import { setUpFromSidebar } from '../setup';
import { buildHome, homeFrom } from './build';

/** The check, then the home page from what the check read and planned (no second read). */
export function refreshHome(): HomeAfter {
  const { result, checked } = checkKeeping();
  return { summary: result.summary, home: homeFrom(checked.doc, checked.day, checked.data, checked.plan) };
}

export function setUpHome(): HomeAfter {
  const { summary } = setUpFromSidebar();
  return { summary, home: buildHome() };
}
