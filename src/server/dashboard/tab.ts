// The Dashboard tab: the add-on's own, remembered by id like the other tabs.
// Each refresh rewrites its tables in one setValues and updates its two charts;
// other tabs are never touched, and a deleted Dashboard is made again.
import type { DashboardSummary } from '../../shared/dashboard';
import { preparedContactIds } from '../../shared/follow-ups';
import { columnLetter, ensureTab, tabName, lastRowOf, readTracker, tabId, today, upsertCharts, writeBlock, type ChartIds, type ChartPlace, type Doc, type SetUpRun, type Tab, type Tracker } from '../sheet';
import { readJsonProperty, writeJsonProperty } from '../properties';
import { fingerprint } from '../../shared/fingerprint';
import { loadDashboard, type DashboardInput } from './data';
import { dashboardLayout, TITLE, WIDTH } from './layout';

export const DASHBOARD_TAB = 'Dashboard';
const STORE_KEY = 'infoInterviews.dashboard';

interface Stored {
  sheetId?: number;
  charts?: ChartIds;
  /** The charts' layout and the font weights last written: when both are the same, neither is written again. */
  chartsLayout?: string;
  /** Each chart's place as last written, so a save updates only the charts whose place changed. */
  chartPrints?: Partial<Record<ChartPlace['key'], string>>;
  weights?: string;
  /** Rows the last refresh wrote: a shorter dashboard blanks the rest, and nothing below them is ours. */
  height?: number;
}

export interface DashboardRefresh {
  tab: Tab;
  created: boolean;
  summary: DashboardSummary;
}

/** The layout has exactly the charts stored (none added, none gone). */
function sameKeys(places: readonly ChartPlace[], stored: ChartIds): boolean {
  const keys = Object.keys(stored).filter((k) => stored[k as ChartPlace['key']] !== undefined);
  return keys.length === places.length && places.every((p) => stored[p.key] !== undefined);
}

function loadStored(): Stored {
  return readJsonProperty<Stored>('document', STORE_KEY) ?? {};
}

function saveStored(s: Stored): void {
  writeJsonProperty('document', STORE_KEY, s);
}

/**
 * Rewrites the Dashboard tab from the tracker (making it if needed) and returns
 * it with the figures. Call under the document lock. Set up tracker passes its
 * report: the new tab is listed, and may come to the front when made, since
 * set-up brings Contacts to the front last; otherwise the user stays where
 * they were.
 */
export function refreshDashboard(doc: Doc, input: DashboardInput, report?: { created: string[] } | null, figuresOnly = false, run?: SetUpRun): DashboardRefresh {
  const { summary, contacts } = loadDashboard(input);
  const stored = loadStored();
  // A tab named Dashboard is ours only if it carries our title: the user may keep one of their own.
  const found = ensureTab(doc, {
    name: DASHBOARD_TAB,
    id: stored.sheetId,
    title: TITLE,
    nameAfter: (n) => (n === 2 ? `Info Interviews ${DASHBOARD_TAB}` : `Info Interviews ${DASHBOARD_TAB} ${n - 1}`),
    widths: [320, ...new Array(WIDTH - 1).fill(130)],
    mayTakeFront: !!report,
    run,
  });
  const { tab, created } = found;
  if (created && report) report.created.push(found.name ?? tabName(tab));

  const nextAction = contacts.header.index.nextAction;
  const target = `#gid=${tabId(contacts.tab)}${nextAction >= 0 ? `&range=${columnLetter(nextAction + 1)}1` : ''}`;
  const layout = dashboardLayout(summary, { followUps: target });

  // Rows a longer earlier dashboard wrote are blanked in the same write (what someone typed below them is left).
  const height = created ? layout.grid.length : Math.max(layout.grid.length, stored.height ?? lastRowOf(tab));
  const grid = layout.grid.slice();
  const weights = layout.weights.slice();
  while (grid.length < height) {
    grid.push(new Array(WIDTH).fill(''));
    weights.push(new Array(WIDTH).fill('normal'));
  }
  // The weights follow the layout, rarely the figures: unchanged, they cost no call.
  const weightsText = fingerprint(JSON.stringify(weights));
  const sameWeights = !created && stored.weights === weightsText;
  writeBlock(tab, 1, grid, sameWeights ? undefined : weights);

  // A chart reads its cells itself, so new figures in the same layout need no chart update.
  const chartsLayout = fingerprint(JSON.stringify(layout.charts));
  const chartPrints: Stored['chartPrints'] = {};
  for (const p of layout.charts) chartPrints[p.key] = fingerprint(JSON.stringify(p));
  const unchanged = !created && stored.chartsLayout === chartsLayout;
  // A save's refresh (figuresOnly) trusts the stored charts: in an unchanged layout it touches none, and
  // when some moved or grew (a meeting on a new date) it updates only those. The daily check and set-up
  // look at every chart, and put back one the student deleted.
  let charts: ChartIds;
  if (figuresOnly && unchanged && stored.charts) charts = stored.charts;
  else if (figuresOnly && !created && stored.charts && stored.chartPrints && sameKeys(layout.charts, stored.charts)) {
    const moved = layout.charts.filter((p) => stored.chartPrints?.[p.key] !== chartPrints[p.key]);
    const ids: ChartIds = {};
    for (const p of moved) ids[p.key] = stored.charts[p.key];
    charts = { ...stored.charts, ...upsertCharts(tab, moved, ids, 'changed') };
  } else charts = upsertCharts(tab, layout.charts, created ? {} : (stored.charts ?? {}), created ? 'blank' : unchanged ? 'unchanged' : 'changed');
  saveStored({ sheetId: found.id ?? tabId(tab), charts, chartsLayout, chartPrints, weights: weightsText, height: grid.length });
  return { tab, created, summary };
}

/**
 * Rewrites the Dashboard tab as of today from a fresh read (Set up tracker,
 * "open the Dashboard tab"): the dashboard's follow-up figures are the follow-up
 * check's reading of the tracker. Call under the document lock.
 */
export function refreshDashboardNow(doc: Doc, report?: { created: string[] } | null, tracker: Tracker = readTracker(doc), run?: SetUpRun): DashboardRefresh {
  const asOf = today(doc);
  const prepared = preparedContactIds(tracker.contacts.rows, tracker.meetings, tracker.questions, asOf);
  return refreshDashboard(doc, { asOf, tracker, preparedContactIds: prepared }, report, false, run);
}
