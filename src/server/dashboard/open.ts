// "Open the Dashboard tab" from the sidebar.
import { openDoc, showTab, tabName, withDocumentLock } from '../sheet';
import { refreshDashboardNow } from './tab';

/** Rewrites the Dashboard tab and brings it to the front. */
export function openDashboardTab(): { tabName: string } {
  return withDocumentLock(() => {
    const { tab } = refreshDashboardNow(openDoc());
    showTab(tab);
    return { tabName: tabName(tab) };
  });
}
