// The dashboard's benchmark scenario: rewriting the Dashboard tab (tables and
// charts), whose calls must not grow with contacts. (The home summary comes
// with getHome, measured with the follow-ups.)
import { measureEntry, trackerOf, type BenchScenario } from './bench';

export const scenarios: BenchScenario[] = [
  { name: 'Dashboard tab (openDashboardTab)', run: (n) => measureEntry(trackerOf(n), 'openDashboardTab') },
];
