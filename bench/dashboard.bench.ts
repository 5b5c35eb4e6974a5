// The dashboard's benchmark scenarios: rewriting the Dashboard tab (tables and
// charts) and the sidebar's home summary, whose calls must not grow with contacts.
import { measureEntry, trackerOf, type BenchScenario } from './bench';

export const scenarios: BenchScenario[] = [
  { name: 'Dashboard tab (openDashboardTab)', run: (n) => measureEntry(trackerOf(n), 'openDashboardTab') },
  { name: 'Home summary (getDashboardHome)', run: (n) => measureEntry(trackerOf(n), 'getDashboardHome') },
];
