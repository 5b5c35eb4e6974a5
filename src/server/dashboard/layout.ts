// The Dashboard tab's fixed layout: every table as one grid of cells for a
// single setValues, which rows are headings, and where the two charts read
// their data and sit. No Spreadsheet calls here; tab.ts writes it.
import type { DashboardSummary, FunnelRow } from '../../shared/dashboard';
import { toCell, type Block, type Cell, type ChartPlace } from '../sheet';

export type { Block, ChartPlace };

export const TITLE = 'Networking dashboard';
export const WIDTH = 5;
/** Charts sit right of the tables, from column F. */
export const CHART_COLUMN = 6;

export interface DashboardLayout {
  grid: Cell[][];
  weights: Array<Array<'bold' | 'normal'>>;
  charts: ChartPlace[];
}

export interface LayoutLinks {
  /** =HYPERLINK target inside this spreadsheet, e.g. "#gid=0&range=S1"; '' for none. */
  followUps: string;
}

const text = (s: string): Cell => toCell('text', s);

function percent(r: number | null, n: number, of: number): Cell {
  return text(r === null ? '— (no one contacted yet)' : `${Math.round(r * 100)}% (${n} of ${of})`);
}

const STAGE_LABEL: Record<FunnelRow['stage'], string> = {
  'To contact': 'To contact',
  Contacted: 'Contacted (incl. Follow-up sent)',
  Scheduled: 'Scheduled',
  Met: 'Met',
  Thanked: 'Thanked',
  'Keeping in touch': 'Keeping in touch',
};

/** Builds the tab's cells. The formula is the add-on's own link, never user text. */
export function dashboardLayout(s: DashboardSummary, links: LayoutLinks): DashboardLayout {
  const grid: Cell[][] = [];
  const weights: DashboardLayout['weights'] = [];
  const add = (cells: Cell[], bold = false) => {
    grid.push([...cells, ...new Array(WIDTH - cells.length).fill('')]);
    weights.push(new Array(WIDTH).fill(bold ? 'bold' : 'normal'));
    return grid.length;
  };
  const gap = () => add([]);

  add([text(TITLE)], true);
  add([text(`As of ${s.asOf}. Rewritten by Set up tracker, Refresh follow-ups and the daily check: edits here are replaced.`)]);
  gap();

  const funnelAt = add([text('Outreach funnel')], true);
  add([text('Stage'), text('Now at this stage'), text('Reached this stage')], true);
  for (const f of s.funnel) add([text(STAGE_LABEL[f.stage]), f.now, f.reached]);
  for (const a of s.apart) add([text(a.stage), a.now]);
  add([text('All contacts'), s.contacts], true);
  gap();

  add([text('Rates')], true);
  const r = s.rates;
  add([text('Contacted'), r.contacted]);
  add([text('Replied (Scheduled or later, or a meeting)'), r.replied]);
  add([text('Met (had a meeting)'), r.met]);
  add([text('Response rate'), percent(r.responseRate, r.replied, r.contacted)]);
  add([text('Meeting rate'), percent(r.meetingRate, r.met, r.contacted)]);
  gap();

  const monthlyAt = add([text('Meetings per month (last 12 months)')], true);
  add([text('Month'), text('Meetings')], true);
  for (const m of s.monthlyMeetings) add([text(m.label), m.meetings]);
  gap();

  add([text('Outreach per week (First contacted, last 8 weeks)')], true);
  add([text('Week of'), text('Contacts reached')], true);
  for (const w of s.weeklyOutreach) add([text(w.weekStart), w.contacted]);
  gap();

  const link = links.followUps ? `=HYPERLINK("${links.followUps}","Open Contacts (highlighted rows)")` : '';
  add([text('Follow-ups'), '', link], true);
  add([text('Overdue'), s.followUps.overdue]);
  add([text('Due today'), s.followUps.today]);
  add([text('Coming up (next 7 days)'), s.followUps.upcoming]);
  gap();

  add([text('Sources (How found)')], true);
  add([text('How found'), text('Contacts'), text('Replied'), text('Meetings')], true);
  for (const src of s.sources) add([text(src.source), src.contacts, src.replied, src.meetings]);
  if (s.unmatchedMeetings > 0) add([text('Meetings whose contact is no longer in Contacts'), '', '', s.unmatchedMeetings]);
  gap();

  add([text('Referrals (who led to whom)')], true);
  if (s.referrals.length === 0) {
    add([text('No one has a Referred by yet. Fill it in on Contacts to see who led to whom.')]);
  } else {
    add([text('Person'), text('Meetings in branch'), text('Introduced'), text('Own meetings')], true);
    for (const l of s.referrals) {
      const note = l.ambiguous ? ' (several contacts have this name)' : l.notInContacts ? ' (not in Contacts)' : l.loopCut ? ' (Referred by loops back; shown once)' : '';
      add([text(`${'    '.repeat(l.depth)}${l.depth > 0 ? '↳ ' : ''}${l.name}${note}`), l.branchMeetings, l.introduced, l.meetings]);
    }
  }

  gap();
  const pathsChart = addPaths(s, add);

  return {
    grid,
    weights,
    // A chart with nothing to draw is left out, as the paths' is (its table says "none yet"): a new
    // tracker's Dashboard shows its tables, and each chart comes with its first figure.
    charts: [
      ...(s.contacts > 0
        ? [{ key: 'funnel', kind: 'BAR', title: 'Outreach funnel', data: { row: funnelAt + 1, col: 1, numRows: 1 + s.funnel.length, numCols: 3 }, anchorRow: funnelAt, anchorCol: CHART_COLUMN } as const]
        : []),
      ...(s.monthlyMeetings.some((m) => m.meetings > 0)
        ? [{ key: 'monthly', kind: 'COLUMN', title: 'Meetings per month', data: { row: monthlyAt + 1, col: 1, numRows: 1 + s.monthlyMeetings.length, numCols: 2 }, anchorRow: monthlyAt, anchorCol: CHART_COLUMN } as const]
        : []),
      ...pathsChart,
    ],
  };
}

const TREND_WORDS = { rising: 'rising', steady: 'steady', falling: 'falling', new: 'first rating' } as const;

/**
 * The paths table (one row a path) and, when any path has a rating, the table
 * the interest-per-path chart reads: a Date column and one column a path.
 */
function addPaths(s: DashboardSummary, add: (cells: Cell[], bold?: boolean) => number): ChartPlace[] {
  const at = add([text('Career paths (Path and Interest in Meetings)')], true);
  if (s.paths.length === 0) {
    add([text('No path yet. Log a meeting with the path it was about and how interested you are now (1-5) to see where you are heading.')]);
    return [];
  }
  add([text('Path'), text('Conversations'), text('Latest interest'), text('Next step'), text('Recent takeaways')], true);
  for (const p of s.paths) {
    const interest = p.latestInterest === null ? 'not noted' : `${p.latestInterest} of 5, ${TREND_WORDS[p.trend]}${p.explored ? ' (explored)' : ''}`;
    const takeaways = p.takeaways.map((t) => `“${t.text}” (${t.contact}${t.date ? `, ${t.date}` : ''})`).join('\n');
    add([text(p.name), text(`${p.conversations} with ${p.people.join(', ')}`), text(interest), text(p.nextStep.text), text(takeaways)]);
  }
  const series = s.pathInterest;
  if (series.names.length === 0) return [];
  add([]);
  add([text('Interest per path over time')], true);
  const head = add([text('Date'), ...series.names.map(text)], true);
  for (const r of series.rows) add([text(r.date), ...r.values.map((v) => (v === null ? '' : v))]);
  return [{ key: 'paths', kind: 'LINE', title: 'Interest per path (1-5)', data: { row: head, col: 1, numRows: 1 + series.rows.length, numCols: 1 + series.names.length }, anchorRow: at, anchorCol: CHART_COLUMN }];
}
