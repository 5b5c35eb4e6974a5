// The Dashboard tab's real Sheets charts (funnel, monthly meetings, interest per path): each
// found again by its stored chart id, else by where it is anchored, and updated
// in place, so refreshing never piles up copies; a copy at our anchor is removed.
import { sheetOf, type Tab } from './handles';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** A block of cells, 1-based. */
export interface Block {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** One chart as the dashboard lays it out: what it shows and where it sits. */
export interface ChartPlace {
  key: 'funnel' | 'monthly' | 'paths';
  kind: 'BAR' | 'COLUMN' | 'LINE';
  title: string;
  data: Block;
  anchorRow: number;
  anchorCol: number;
}

export type ChartIds = Partial<Record<ChartPlace['key'], number>>;

function anchorOf(chart: Chart): string {
  const at = chart.getContainerInfo();
  return `${at.getAnchorRow()}:${at.getAnchorColumn()}`;
}

function rangeOf(sheet: Sheet, b: Block) {
  return sheet.getRange(b.row, b.col, b.numRows, b.numCols);
}

/**
 * Creates or updates our charts; returns their ids for next time. Calls do not
 * depend on the data size. With `unchanged` (the caller's layout is the one
 * these stored charts were made for) charts found by their stored ids are left
 * as they are: they read their cells themselves. A `blank` tab (made just now)
 * has no chart to look for.
 */
export function upsertCharts(tab: Tab, places: ChartPlace[], stored: ChartIds, layout: 'unchanged' | 'changed' | 'blank' = 'changed'): ChartIds {
  const sheet = sheetOf(tab);
  const all = layout === 'blank' ? [] : sheet.getCharts();
  if (layout === 'unchanged') {
    const ids = all.map((chart) => chart.getChartId());
    if (places.every((p) => stored[p.key] !== undefined && ids.indexOf(stored[p.key] as number) >= 0) && ids.length === places.length) return { ...stored };
  }
  const existing = all.map((chart) => ({ chart, id: chart.getChartId(), anchor: anchorOf(chart) }));
  const kept = new Set<number>();
  const ids: ChartIds = {};
  let inserted = false;
  for (const place of places) {
    const anchor = `${place.anchorRow}:${place.anchorCol}`;
    const found =
      existing.find((e) => e.id !== null && e.id === stored[place.key] && !kept.has(e.id)) ??
      existing.find((e) => e.anchor === anchor && e.id !== null && !kept.has(e.id) && !Object.values(stored).includes(e.id));
    const builder = found ? found.chart.modify().clearRanges() : sheet.newChart();
    builder
      .setChartType(Charts.ChartType[place.kind])
      .addRange(rangeOf(sheet, place.data))
      .setNumHeaders(1)
      .setPosition(place.anchorRow, place.anchorCol, 0, 0)
      .setOption('title', place.title)
      .setOption('legend', { position: place.kind === 'COLUMN' ? 'none' : 'bottom' });
    // A path not discussed on a date leaves a blank: the line joins its ratings across it.
    if (place.kind === 'LINE') builder.setOption('interpolateNulls', true).setOption('vAxis', { viewWindow: { min: 0, max: 5 } });
    if (found) {
      sheet.updateChart(builder.build());
      kept.add(found.id as number);
      ids[place.key] = found.id as number;
    } else {
      sheet.insertChart(builder.build());
      inserted = true;
    }
  }
  // Copies of ours (the same anchor, or an id we stored) go; a chart the user added elsewhere stays.
  const ourAnchors = new Set(places.map((p) => `${p.anchorRow}:${p.anchorCol}`));
  const ourIds = new Set(Object.values(stored));
  for (const e of existing) {
    if (e.id !== null && kept.has(e.id)) continue;
    if (ourAnchors.has(e.anchor) || (e.id !== null && ourIds.has(e.id))) sheet.removeChart(e.chart);
  }
  if (!inserted) return ids;
  // A new chart's id is known only once it is on the sheet.
  const now = sheet.getCharts().map((chart) => ({ id: chart.getChartId(), anchor: anchorOf(chart) }));
  for (const p of places) {
    if (ids[p.key] !== undefined) continue;
    const hit = now.find((c) => c.anchor === `${p.anchorRow}:${p.anchorCol}`);
    if (hit && hit.id !== null) ids[p.key] = hit.id;
  }
  return ids;
}
