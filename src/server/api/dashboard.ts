// Entry points of the dashboard feature: the sidebar's home summary and
// "open the Dashboard tab" (its part of the ServerApi).
import type { DashboardApi } from '../../shared/dashboard';
import { openDoc, showTab, tabName, withDocumentLock } from '../sheet';
import { refreshDashboardNow } from '../follow-ups';

export function openDashboardTab(): { tabName: string } {
  return withDocumentLock(() => {
    const { tab } = refreshDashboardNow(openDoc());
    showTab(tab);
    return { tabName: tabName(tab) };
  });
}

const _api = { openDashboardTab } satisfies DashboardApi;
void _api;
