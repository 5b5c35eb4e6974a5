// Entry points of the dashboard feature: the sidebar's home summary and
// "open the Dashboard tab" (its part of the ServerApi).
import type { DashboardApi, DashboardHome } from '../../shared/wire-dashboard';
import { openDoc, withDocumentLock } from '../gateway';
import { loadDashboard } from '../dashboard-data';
import { refreshDashboard } from '../dashboard-tab';

/** Read-only: the figures the home page shows, in one call. */
export function getDashboardHome(): DashboardHome {
  const { summary: s } = loadDashboard(openDoc());
  return { asOf: s.asOf, contacts: s.contacts, funnel: s.funnel, apart: s.apart, rates: s.rates, followUps: s.followUps };
}

export function openDashboardTab(): { tabName: string } {
  return withDocumentLock(() => {
    const { sheet } = refreshDashboard(openDoc());
    sheet.activate();
    return { tabName: sheet.getName() };
  });
}

const _api = { getDashboardHome, openDashboardTab } satisfies DashboardApi;
void _api;
