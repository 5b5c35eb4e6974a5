// Set up tracker from the home page's call to action.
import { setUpTracker } from './set-up';

/** Only the summary crosses to the sidebar; the rest of the report is the menu's. */
export function setUpFromSidebar(): { summary: string } {
  return { summary: setUpTracker().summary };
}
