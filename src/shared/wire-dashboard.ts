// The dashboard part of the server API (see wire.ts). JSON only: no Date.

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DashboardApi {}

export const DASHBOARD_API_NAMES = [] as const satisfies ReadonlyArray<keyof DashboardApi>;
