// Draws a tab's embedded charts as inline SVG over the grid, where Sheets anchors them. Built element
// by element with text content only: labels come from cells, so they never become markup.
import type { ChartView } from '../view';

const NS = 'http://www.w3.org/2000/svg';
/** Sheets' default series colours, in order. */
const COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];
/** Roughly how wide one character of the 11 px labels is, to fit labels in their space. */
const CHAR_PX = 6.2;
const PAD = 16;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

const num = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Shortens a label to about `px` wide; the full text stays in the chart's accessible name. */
function fit(text: string, px: number): string {
  const max = Math.max(1, Math.floor(px / CHAR_PX));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** What a screen reader says for the chart: its title, kind, and every value. */
export function chartLabel(c: ChartView): string {
  const kind = c.type === 'BAR' ? 'Bar chart' : c.type === 'LINE' ? 'Line chart' : 'Column chart';
  const values = c.rows.map((r) => `${r.label || '(blank)'}: ${r.values.map((v, k) => `${c.series.length > 1 ? `${c.series[k]} ` : ''}${v === null ? 'no value' : num(v)}`).join(', ')}`);
  return `${c.title || 'Untitled chart'}. ${kind}. ${values.length ? values.join('; ') : 'No data'}.`;
}

/** A round top for the value axis and its step (whole numbers for counts). */
function scale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
  const whole = Math.max(step, Number.isInteger(max) ? 1 : 0);
  return { top: Math.ceil(max / whole) * whole, step: whole };
}

export function drawChart(c: ChartView): SVGSVGElement {
  const { width: W, height: H } = c;
  const root = svg('svg', { class: 'wb-chart', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': chartLabel(c), 'font-size': 11, 'font-family': 'Roboto, Arial, sans-serif' });
  root.dataset.chartId = String(c.id);
  root.append(svg('rect', { width: W, height: H, fill: '#fff' }));
  const top = PAD + (c.title ? 26 : 0);
  const bottom = H - PAD - (c.legend ? 24 : 0);
  if (c.title) root.append(svg('text', { x: PAD, y: PAD + 12, 'font-size': 15, fill: '#202124' }, fit(c.title, W - 2 * PAD)));
  if (c.legend) legend(root, c, bottom + 18);
  if (c.rows.length === 0 || c.series.length === 0) {
    root.append(svg('text', { x: W / 2, y: (top + bottom) / 2, 'text-anchor': 'middle', fill: '#5f6368' }, 'No data'));
    return root;
  }
  const max = Math.max(0, ...c.rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const s = scale(max);
  const ticks = Array.from({ length: Math.round(s.top / s.step) + 1 }, (_, i) => i * s.step);
  if (c.type === 'BAR') bars(root, c, s.top, ticks, top, bottom);
  else if (c.type === 'LINE') lines(root, c, s.top, ticks, top, bottom);
  else columns(root, c, s.top, ticks, top, bottom);
  return root;
}

function legend(root: SVGSVGElement, c: ChartView, y: number): void {
  let x = PAD;
  c.series.forEach((name, k) => {
    root.append(svg('rect', { x, y: y - 9, width: 10, height: 10, fill: COLORS[k % COLORS.length] }));
    const label = fit(name, 200);
    root.append(svg('text', { x: x + 14, y, fill: '#3c4043' }, label));
    x += 14 + label.length * CHAR_PX + 16;
  });
}

function bar(c: ChartView, i: number, k: number, v: number, box: { x: number; y: number; width: number; height: number }): SVGRectElement {
  const rect = svg('rect', { ...box, fill: COLORS[k % COLORS.length] });
  rect.append(svg('title', {}, `${c.rows[i].label}${c.series.length > 1 ? `, ${c.series[k]}` : ''}: ${num(v)}`));
  return rect;
}

/** BAR: categories down the left, values along the bottom. */
function bars(root: SVGSVGElement, c: ChartView, topValue: number, ticks: number[], top: number, bottom: number): void {
  const labelW = Math.min(c.width * 0.35, Math.max(...c.rows.map((r) => r.label.length)) * CHAR_PX + 8);
  const x0 = PAD + labelW;
  const x1 = c.width - PAD - 8;
  const y1 = bottom - 18;
  const at = (v: number) => x0 + (Math.max(0, v) / topValue) * (x1 - x0);
  for (const t of ticks) {
    root.append(svg('line', { x1: at(t), x2: at(t), y1: top, y2: y1, stroke: t === 0 ? '#5f6368' : '#e0e0e0' }));
    root.append(svg('text', { x: at(t), y: y1 + 14, 'text-anchor': 'middle', fill: '#5f6368' }, num(t)));
  }
  const band = (y1 - top) / c.rows.length;
  const thick = (band * 0.7) / c.series.length;
  c.rows.forEach((r, i) => {
    const y = top + i * band;
    root.append(svg('text', { x: x0 - 6, y: y + band / 2 + 4, 'text-anchor': 'end', fill: '#3c4043' }, fit(r.label, labelW - 6)));
    r.values.forEach((v, k) => {
      if (v !== null) root.append(bar(c, i, k, v, { x: x0, y: y + band * 0.15 + k * thick, width: at(v) - x0, height: thick }));
    });
  });
}

/** COLUMN (and any other type): categories along the bottom, values up the left. */
function columns(root: SVGSVGElement, c: ChartView, topValue: number, ticks: number[], top: number, bottom: number): void {
  const x0 = PAD + Math.max(...ticks.map((t) => num(t).length)) * CHAR_PX + 8;
  const x1 = c.width - PAD;
  const y1 = bottom - 30;
  const at = (v: number) => y1 - (Math.max(0, v) / topValue) * (y1 - top);
  for (const t of ticks) {
    root.append(svg('line', { x1: x0, x2: x1, y1: at(t), y2: at(t), stroke: t === 0 ? '#5f6368' : '#e0e0e0' }));
    root.append(svg('text', { x: x0 - 6, y: at(t) + 4, 'text-anchor': 'end', fill: '#5f6368' }, num(t)));
  }
  const band = (x1 - x0) / c.rows.length;
  const thick = (band * 0.7) / c.series.length;
  c.rows.forEach((r, i) => {
    const x = x0 + i * band;
    // A label too long for its column wraps once at a space ("Mar" over "2026"), as Sheets does.
    const space = r.label.lastIndexOf(' ');
    const lines = r.label.length * CHAR_PX > band && space > 0 ? [r.label.slice(0, space), r.label.slice(space + 1)] : [r.label];
    const text = svg('text', { x: x + band / 2, y: y1 + 14, 'text-anchor': 'middle', fill: '#3c4043' });
    lines.forEach((line, n) => text.append(svg('tspan', { x: x + band / 2, dy: n === 0 ? 0 : 13 }, fit(line, band))));
    root.append(text);
    r.values.forEach((v, k) => {
      if (v !== null) root.append(bar(c, i, k, v, { x: x + band * 0.15 + k * thick, y: at(v), width: thick, height: y1 - at(v) }));
    });
  });
}

/** LINE: categories along the bottom, one line a series through its points; a blank is stepped over, as with interpolateNulls. */
function lines(root: SVGSVGElement, c: ChartView, topValue: number, ticks: number[], top: number, bottom: number): void {
  const x0 = PAD + Math.max(...ticks.map((t) => num(t).length)) * CHAR_PX + 8;
  const x1 = c.width - PAD;
  const y1 = bottom - 30;
  const at = (v: number) => y1 - (Math.max(0, v) / topValue) * (y1 - top);
  for (const t of ticks) {
    root.append(svg('line', { x1: x0, x2: x1, y1: at(t), y2: at(t), stroke: t === 0 ? '#5f6368' : '#e0e0e0' }));
    root.append(svg('text', { x: x0 - 6, y: at(t) + 4, 'text-anchor': 'end', fill: '#5f6368' }, num(t)));
  }
  const band = (x1 - x0) / c.rows.length;
  const xOf = (i: number) => x0 + i * band + band / 2;
  c.rows.forEach((r, i) => root.append(svg('text', { x: xOf(i), y: y1 + 14, 'text-anchor': 'middle', fill: '#3c4043' }, fit(r.label, band))));
  c.series.forEach((name, k) => {
    const color = COLORS[k % COLORS.length];
    const points = c.rows.flatMap((r, i) => (r.values[k] === null ? [] : [{ i, v: r.values[k] as number }]));
    if (points.length > 1) root.append(svg('polyline', { points: points.map((p) => `${xOf(p.i)},${at(p.v)}`).join(' '), fill: 'none', stroke: color, 'stroke-width': 2 }));
    for (const p of points) {
      const dot = svg('circle', { cx: xOf(p.i), cy: at(p.v), r: 3.5, fill: color });
      dot.append(svg('title', {}, `${c.rows[p.i].label}${c.series.length > 1 ? `, ${name}` : ''}: ${num(p.v)}`));
      root.append(dot);
    }
  });
}

/** Puts each chart over the grid at its anchor cell plus its offsets, measured from the drawn grid. */
export function placeCharts(layer: HTMLElement, table: HTMLTableElement, charts: ChartView[]): void {
  const heads = table.tHead?.rows[0]?.cells;
  const rows = table.tBodies[0]?.rows;
  layer.replaceChildren(...charts.map((c) => {
    // The grid shows the cells a chart covers; clamping only matters on a sheet too small to hold it.
    const th = heads?.[Math.min(c.anchorCol, heads.length - 1)];
    const tr = rows?.[Math.min(c.anchorRow, rows.length) - 1];
    const chart = drawChart(c);
    chart.style.left = `${(th?.offsetLeft ?? 0) + c.offsetX}px`;
    chart.style.top = `${(tr?.offsetTop ?? 0) + c.offsetY}px`;
    return chart;
  }));
}
