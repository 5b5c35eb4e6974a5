// The embedded charts of one tab as the page draws them: where each sits and the data it shows,
// read from the chart's ranges in the sheet's current values (as Sheets redraws a chart on edit).
import { type FakeSheet, type ChartState, displayOf, type Cell } from '../fakes';
import type { ChartView } from './view';

/** The size Sheets gives a chart inserted without a width or height option. */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;

function numberOf(cell: Cell | undefined): number | null {
  const v = cell?.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** Every column of the chart's ranges side by side, as Sheets joins the ranges of one chart. */
function columnsOf(state: ChartState): Array<Array<Cell | undefined>> {
  const columns: Array<Array<Cell | undefined>> = [];
  for (const r of state.ranges) {
    for (let j = 0; j < r._nc; j++) columns.push(Array.from({ length: r._nr }, (_, i) => r._cell(i, j)));
  }
  return columns;
}

/** numHeaders -1 lets Sheets guess: a first row with no number in the series columns is a header. */
function headerRows(state: ChartState, series: Array<Array<Cell | undefined>>): number {
  if (state.numHeaders >= 0) return state.numHeaders;
  return series.length > 0 && series.every((col) => numberOf(col[0]) === null) ? 1 : 0;
}

function sizeOption(options: Record<string, unknown>, key: 'width' | 'height', fallback: number): number {
  const v = options[key];
  return typeof v === 'number' && v > 0 ? v : fallback;
}

export function chartView(id: number, state: ChartState): ChartView {
  const [domain = [], ...series] = columnsOf(state);
  const headers = headerRows(state, series);
  const rows: ChartView['rows'] = [];
  for (let i = headers; i < domain.length; i++) {
    const values = series.map((col) => numberOf(col[i]));
    const label = displayOf(domain[i]);
    // Blank rows in the range draw nothing, as in Sheets.
    if (label === '' && values.every((v) => v === null)) continue;
    rows.push({ label, values });
  }
  const o = state.options;
  const legend = o.legend as { position?: unknown } | string | undefined;
  const legendPosition = typeof legend === 'string' ? legend : legend?.position;
  return {
    id,
    type: state.type ?? 'COLUMN',
    title: typeof o.title === 'string' ? o.title : '',
    anchorRow: state.anchorRow,
    anchorCol: state.anchorCol,
    offsetX: state.offsetX,
    offsetY: state.offsetY,
    width: sizeOption(o, 'width', CHART_WIDTH),
    height: sizeOption(o, 'height', CHART_HEIGHT),
    series: series.map((col, k) => (headers > 0 ? col.slice(0, headers).map(displayOf).filter(Boolean).join(' ') : '') || `Series ${k + 1}`),
    rows,
    legend: legendPosition !== 'none',
  };
}

export function chartViews(sheet: FakeSheet): ChartView[] {
  return (sheet._charts ?? []).map((c) => chartView(c.id, c.state));
}
