// The dashboard part of the server API (see ../server-api.ts). JSON only: no Date.
import type { ApartStage, FunnelRow, Rates } from './summary';
import type { FollowUpCounts } from '../follow-ups';

/** What the sidebar's home summary shows, in one call. */
export interface DashboardHome {
  asOf: string;
  contacts: number;
  funnel: FunnelRow[];
  apart: Array<{ stage: ApartStage; now: number }>;
  rates: Rates;
  followUps: FollowUpCounts;
}

export interface DashboardApi {
  /** Rewrites the Dashboard tab and brings it to the front. */
  openDashboardTab: () => { tabName: string };
}

