// Entry points of the dashboard feature: the sidebar's home summary and
// "open the Dashboard tab" (its part of the ServerApi).
import type { DashboardApi } from '../../shared/dashboard';
import { openDoc, withDocumentLock } from '../sheet';
import { refreshDashboard } from '../dashboard';

export function openDashboardTab(): { tabName: string } {
  return withDocumentLock(() => {
    const { sheet } = refreshDashboard(openDoc());
    sheet.activate();
    return { tabName: sheet.getName() };
  });
}

const _api = { openDashboardTab } satisfies DashboardApi;
void _api;
