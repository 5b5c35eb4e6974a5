// Embedded charts, minimal and strict: Sheet.newChart() builders that record type, ranges, position
// and options; insertChart / updateChart / getCharts / removeChart on the sheet; the Charts global's
// ChartType enum. Importing this module adds the chart methods to FakeSheet. json.ts saves and
// restores them with their ids (the add-on finds its charts again by stored id).

import { GasError, GasObject, Runtime } from './runtime';
import { enumName, isIntLike, makeEnum, signatureMessage } from './helpers';
import { FakeSheet } from './sheet';
import { FakeRange } from './range';

const B = 'SpreadsheetApp.EmbeddedChartBuilder.';
const S = 'SpreadsheetApp.Sheet.';

export const ChartType = makeEnum(['TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM',
  'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL'] as const);

/** What a chart is, as tests inspect it: ranges as 'Sheet!A1:B2'. */
export interface ChartState {
  type: string | null;
  ranges: FakeRange[];
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
  options: Record<string, unknown>;
}

export interface StoredChart { id: number; state: ChartState }

/** Chart ids are this plus the runtime's id counter, so they never look like a sheet id. */
export const CHART_ID_BASE = 100000;

declare module './sheet' {
  interface FakeSheet {
    _charts?: StoredChart[];
    newChart(): FakeEmbeddedChartBuilder;
    insertChart(chart: FakeEmbeddedChart): void;
    updateChart(chart: FakeEmbeddedChart): void;
    getCharts(): FakeEmbeddedChart[];
    removeChart(chart: FakeEmbeddedChart): void;
  }
}

function copy(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], options: { ...s.options } };
}

export class FakeContainerInfo extends GasObject {
  constructor(rt: Runtime, private readonly s: ChartState) { super(rt, 'ContainerInfo'); }
  getAnchorRow(): number { return this.s.anchorRow; }
  getAnchorColumn(): number { return this.s.anchorCol; }
  getOffsetX(): number { return this.s.offsetX; }
  getOffsetY(): number { return this.s.offsetY; }
}

export class FakeChartOptions extends GasObject {
  constructor(rt: Runtime, private readonly o: Record<string, unknown>) { super(rt, 'ChartOptions'); }
  get(option: string): unknown { return this.o[option] ?? null; }
}

export class FakeEmbeddedChart extends GasObject {
  constructor(rt: Runtime, readonly _sheet: FakeSheet, readonly _state: ChartState, readonly _id: number | null) { super(rt, 'EmbeddedChart'); }
  getChartId(): number | null { return this._id; }
  getContainerInfo(): FakeContainerInfo { return new FakeContainerInfo(this.rt, this._state); }
  getRanges(): FakeRange[] { return [...this._state.ranges]; }
  getNumHeaders(): number { return this._state.numHeaders; }
  getOptions(): FakeChartOptions { return new FakeChartOptions(this.rt, this._state.options); }
  modify(): FakeEmbeddedChartBuilder { return new FakeEmbeddedChartBuilder(this.rt, this._sheet, copy(this._state), this._id); }
}

export class FakeEmbeddedChartBuilder extends GasObject {
  constructor(rt: Runtime, readonly _sheet: FakeSheet, readonly _state: ChartState, readonly _id: number | null) { super(rt, 'EmbeddedChartBuilder'); }
  addRange(range: FakeRange): this {
    if (!(range instanceof FakeRange)) throw new GasError(signatureMessage(B + 'addRange', [range]));
    this._state.ranges.push(range);
    return this;
  }
  removeRange(range: FakeRange): this {
    if (!(range instanceof FakeRange)) throw new GasError(signatureMessage(B + 'removeRange', [range]));
    this._state.ranges = this._state.ranges.filter((r) => r._ref() !== range._ref());
    return this;
  }
  clearRanges(): this { this._state.ranges = []; return this; }
  getRanges(): FakeRange[] { return [...this._state.ranges]; }
  setChartType(type: unknown): this {
    const name = enumName(type);
    if (!name || (ChartType as Record<string, unknown>)[name] !== type) throw new GasError(signatureMessage(B + 'setChartType', [type]));
    this._state.type = name;
    return this;
  }
  getChartType(): unknown { return this._state.type ? (ChartType as Record<string, unknown>)[this._state.type] : null; }
  asBarChart(): this { return this.setChartType(ChartType.BAR); }
  asColumnChart(): this { return this.setChartType(ChartType.COLUMN); }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (arguments.length !== 4 || !args.every(isIntLike)) throw new GasError(signatureMessage(B + 'setPosition', args.slice(0, arguments.length)));
    if (anchorRowPos < 1 || anchorColPos < 1) throw new GasError('The anchor row and column of a chart must be at least 1.');
    Object.assign(this._state, { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY });
    return this;
  }
  setNumHeaders(headers: number): this {
    if (!isIntLike(headers)) throw new GasError(signatureMessage(B + 'setNumHeaders', [headers]));
    this._state.numHeaders = headers;
    return this;
  }
  setOption(option: string, value: unknown): this {
    if (typeof option !== 'string' || arguments.length !== 2) throw new GasError(signatureMessage(B + 'setOption', [option, value].slice(0, arguments.length)));
    this._state.options[option] = value;
    return this;
  }
  build(): FakeEmbeddedChart {
    // Sheets refuses a chart with no data to draw.
    if (this._state.ranges.length === 0) throw new GasError('The chart has no data. Add a range before building it.');
    return new FakeEmbeddedChart(this.rt, this._sheet, copy(this._state), this._id);
  }
}

export class ChartsFake extends GasObject {
  constructor(rt: Runtime) { super(rt, 'Charts'); }
  override _props(): Record<string, unknown> { return { ChartType }; }
}

function chartsOf(sheet: FakeSheet): StoredChart[] {
  if (!sheet._charts) sheet._charts = [];
  return sheet._charts;
}

function checkChart(method: string, chart: unknown): FakeEmbeddedChart {
  if (!(chart instanceof FakeEmbeddedChart)) throw new GasError(signatureMessage(S + method, [chart]));
  return chart;
}

// Public methods on the prototype, so the strict proxy lists them like the sheet's own.
Object.assign(FakeSheet.prototype, {
  newChart(this: FakeSheet): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.rt, this, { type: null, ranges: [], anchorRow: 1, anchorCol: 1, offsetX: 0, offsetY: 0, numHeaders: -1, options: {} }, null);
  },
  insertChart(this: FakeSheet, chart: FakeEmbeddedChart): void {
    const c = checkChart('insertChart', chart);
    if (c._id !== null) throw new GasError('This chart is already on a sheet. Use updateChart to change it.');
    if (c._sheet !== this) throw new GasError('The chart was built for another sheet.');
    chartsOf(this).push({ id: CHART_ID_BASE + ++this.rt.idCounter, state: copy(c._state) });
  },
  updateChart(this: FakeSheet, chart: FakeEmbeddedChart): void {
    const c = checkChart('updateChart', chart);
    const stored = chartsOf(this).find((s) => s.id === c._id);
    if (!stored) throw new GasError('The chart to update is not on this sheet.');
    stored.state = copy(c._state);
  },
  getCharts(this: FakeSheet): FakeEmbeddedChart[] {
    return chartsOf(this).map((s) => new FakeEmbeddedChart(this.rt, this, copy(s.state), s.id));
  },
  removeChart(this: FakeSheet, chart: FakeEmbeddedChart): void {
    const c = checkChart('removeChart', chart);
    const list = chartsOf(this);
    const at = list.findIndex((s) => s.id === c._id);
    if (at < 0) throw new GasError('The chart to remove is not on this sheet.');
    list.splice(at, 1);
  },
});

/** The charts on a tab as plain data, Node-side, for assertions. */
export function chartsOn(sheet: FakeSheet): Array<{ id: number; type: string | null; ranges: string[]; anchorRow: number; anchorCol: number; options: Record<string, unknown> }> {
  return chartsOf(sheet).map(({ id, state: s }) => ({ id, type: s.type, ranges: s.ranges.map((r) => r._ref()), anchorRow: s.anchorRow, anchorCol: s.anchorCol, options: { ...s.options } }));
}
