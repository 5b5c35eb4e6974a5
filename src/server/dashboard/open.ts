// "Open the Dashboard tab" from the sidebar.
import { openDoc, withDocumentLock } from '../sheet';
import { refreshDashboard } from './tab';

/** Rewrites the Dashboard tab and brings it to the front. */
export function openDashboardTab(): { tabName: string } {
  return withDocumentLock(() => {
    const { sheet } = refreshDashboard(openDoc());
    sheet.activate();
    return { tabName: sheet.getName() };
  });
}
