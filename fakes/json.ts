// The whole fake document as plain JSON (what the workbench saves to a file) and back.

import { a1, parseA1 } from './helpers';
import { CriteriaArg, DataValidation, ValidationJSON, argJSON, validationJSON } from './builders';
import { RuleJSON } from './rules';
import { Runtime, TriggerRecord } from './runtime';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeSheet } from './sheet';
import { Cell, CellDate, formulaValue } from './values';
import { toInstant, toLocal } from './tz';
import { GridRange } from './grid';
import { CHART_ID_BASE, ChartType, StoredChart } from './charts';

export type ValueJSON = string | number | boolean | { date: string };

export interface CellJSON {
  value?: ValueJSON;
  formula?: string;
  format?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  note?: string;
  validation?: ValidationJSON;
  wrap?: boolean;
  wrapStrategy?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

/** An embedded chart: ranges as 'Sheet!A1:B2', options as set (JSON values). */
export interface ChartJSON {
  id: number;
  type: string | null;
  ranges: string[];
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
  options: Record<string, unknown>;
}

export interface SheetJSON {
  name: string;
  id: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  hiddenColumns: number[];
  hiddenRows: number[];
  tabColor: string | null;
  hidden: boolean;
  activeRange: string;
  /** Keyed by A1 of the cell ('B2'). */
  cells: Record<string, CellJSON>;
  conditionalFormats: RuleJSON[];
  /** Missing in files saved before charts were kept. */
  charts?: ChartJSON[];
}

export interface SpreadsheetJSON {
  id: string;
  name: string;
  timeZone: string;
  activeSheet: string;
  sheets: SheetJSON[];
  documentProperties: Record<string, string>;
  userProperties?: Record<string, Record<string, string>>;
  scriptProperties?: Record<string, string>;
  triggers?: TriggerRecord[];
}

const CELL_KEYS: [keyof Cell, keyof CellJSON][] = [['formula', 'formula'], ['format', 'format'], ['background', 'background'],
  ['fontWeight', 'fontWeight'], ['fontColor', 'fontColor'], ['fontStyle', 'fontStyle'], ['note', 'note'], ['wrap', 'wrap'],
  ['wrapStrategy', 'wrapStrategy'], ['hAlign', 'horizontalAlignment'], ['vAlign', 'verticalAlignment']];

function valueJSON(v: Cell['value'], tz: string): ValueJSON {
  return v instanceof CellDate ? { date: new Date(toInstant(v.local, tz)).toISOString() } : v;
}

function chartJSON({ id, state: s }: StoredChart): ChartJSON {
  return {
    id, type: s.type, ranges: s.ranges.map((r) => r._ref()), anchorRow: s.anchorRow, anchorCol: s.anchorCol,
    offsetX: s.offsetX, offsetY: s.offsetY, numHeaders: s.numHeaders,
    // A deep copy as plain JSON (an enum value becomes its name), so later edits to the chart do not leak in.
    options: JSON.parse(JSON.stringify(s.options)) as Record<string, unknown>,
  };
}

function chartFromJSON(rt: Runtime, ss: FakeSpreadsheet, cj: ChartJSON): StoredChart {
  if (cj.type !== null && !(cj.type in ChartType)) throw new Error(`Bad chart type in JSON: ${cj.type}`);
  // New charts must not reuse a restored chart's id.
  rt.idCounter = Math.max(rt.idCounter, cj.id - CHART_ID_BASE);
  return {
    id: cj.id,
    state: {
      type: cj.type, ranges: cj.ranges.map((a) => ss._rangeA1(a)), anchorRow: cj.anchorRow, anchorCol: cj.anchorCol,
      offsetX: cj.offsetX ?? 0, offsetY: cj.offsetY ?? 0, numHeaders: cj.numHeaders ?? -1,
      options: JSON.parse(JSON.stringify(cj.options ?? {})) as Record<string, unknown>,
    },
  };
}

function gridA1(g: GridRange): string {
  return a1(g.row, g.col, g.numRows, g.numCols);
}

export function sheetJSON(sheet: FakeSheet, tz: string): SheetJSON {
  const cells: Record<string, CellJSON> = {};
  for (const [r, c, cell] of sheet._grid.entries()) {
    const out: CellJSON = {};
    if (cell.value !== '') out.value = valueJSON(cell.value, tz);
    for (const [from, to] of CELL_KEYS) if (cell[from] !== undefined) (out as Record<string, unknown>)[to] = cell[from];
    if (cell.validation) out.validation = validationJSON(cell.validation);
    if (Object.keys(out).length) cells[a1(r, c)] = out;
  }
  const rules = sheet.getConditionalFormatRules().map((rule) => ({
    ranges: rule._data.ranges.map((r) => r.getA1Notation()),
    criteria: rule._data.criteria,
    values: rule._data.args.map((a) => argJSON(a)),
    format: { ...rule._data.format },
  }));
  return {
    name: sheet._name, id: sheet._id, maxRows: sheet._grid.maxRows, maxColumns: sheet._grid.maxCols,
    frozenRows: sheet._frozenRows, frozenColumns: sheet._frozenCols,
    columnWidths: Object.fromEntries(sheet._colWidths), rowHeights: Object.fromEntries(sheet._rowHeights),
    hiddenColumns: [...sheet._hiddenCols.keys()], hiddenRows: [...sheet._hiddenRows.keys()],
    tabColor: sheet._tabColor, hidden: sheet._hidden, activeRange: gridA1(sheet._active), cells, conditionalFormats: rules,
    charts: (sheet._charts ?? []).map(chartJSON),
  };
}

export function spreadsheetJSON(rt: Runtime, ss: FakeSpreadsheet): SpreadsheetJSON {
  return {
    id: ss._id, name: ss._name, timeZone: ss._tz, activeSheet: ss._activeSheet._name,
    sheets: ss._sheets.map((s) => sheetJSON(s, ss._tz)),
    documentProperties: Object.fromEntries(rt.documentProperties),
    userProperties: Object.fromEntries([...rt.userProperties].map(([u, m]) => [u, Object.fromEntries(m)])),
    scriptProperties: Object.fromEntries(rt.scriptProperties),
    triggers: rt.triggers.map((t) => ({ ...t })),
  };
}

function argFromJSON(ss: FakeSpreadsheet, v: unknown): CriteriaArg {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, string>;
    if ('date' in o) return { date: Date.parse(o.date) };
    if ('range' in o) return { range: ss._rangeA1(o.range) };
    if ('relative' in o) return { relative: o.relative };
  }
  return v as CriteriaArg;
}

/** Fills an empty fake spreadsheet from JSON (the runtime's properties and triggers too). */
export function loadSpreadsheetJSON(rt: Runtime, ss: FakeSpreadsheet, json: SpreadsheetJSON): void {
  ss._name = json.name;
  ss._tz = json.timeZone;
  for (const sj of json.sheets) {
    const sheet = ss._addSheet(sj.name, ss._sheets.length, sj.id, sj.maxRows, sj.maxColumns);
    sheet._frozenRows = sj.frozenRows ?? 0;
    sheet._frozenCols = sj.frozenColumns ?? 0;
    for (const [k, v] of Object.entries(sj.columnWidths ?? {})) sheet._colWidths.set(Number(k), v);
    for (const [k, v] of Object.entries(sj.rowHeights ?? {})) sheet._rowHeights.set(Number(k), v);
    for (const c of sj.hiddenColumns ?? []) sheet._hiddenCols.set(c, true);
    for (const r of sj.hiddenRows ?? []) sheet._hiddenRows.set(r, true);
    sheet._tabColor = sj.tabColor ?? null;
    sheet._hidden = !!sj.hidden;
  }
  json.sheets.forEach((sj, i) => {
    const sheet = ss._sheets[i];
    for (const [ref, cj] of Object.entries(sj.cells ?? {})) {
      const p = parseA1(ref);
      if (!p?.row1 || !p.col1) throw new Error(`Bad cell reference in JSON: ${ref}`);
      const cell = sheet._grid.ensure(p.row1, p.col1);
      const v = cj.value;
      cell.value = v === undefined ? '' : typeof v === 'object' ? new CellDate(toLocal(Date.parse(v.date), ss._tz)) : v;
      for (const [to, from] of CELL_KEYS) if (cj[from] !== undefined) (cell as unknown as Record<string, unknown>)[to] = cj[from];
      if (cj.formula && cj.value === undefined) cell.value = formulaValue(cj.formula);
      if (cj.validation) {
        const vj = cj.validation;
        cell.validation = new DataValidation(rt, { criteria: vj.criteria, args: vj.values.map((x) => argFromJSON(ss, x)), allowInvalid: vj.allowInvalid, helpText: vj.helpText });
      }
    }
    sheet._rules = (sj.conditionalFormats ?? []).map((r) => ({
      criteria: r.criteria, args: r.values.map((x) => argFromJSON(ss, x)), format: { ...r.format },
      grids: r.ranges.map((a) => { const g = sheet._rangeA1(a); return { row: g._row, col: g._col, numRows: g._nr, numCols: g._nc }; }),
    }));
    // After every tab exists: a chart's range may be on another tab.
    sheet._charts = (sj.charts ?? []).map((cj) => chartFromJSON(rt, ss, cj));
    if (sj.activeRange) { const g = sheet._rangeA1(sj.activeRange); sheet._active = { row: g._row, col: g._col, numRows: g._nr, numCols: g._nc }; }
  });
  ss._activeSheet = ss._sheets.find((s) => s._name === json.activeSheet) ?? ss._sheets[0];
  for (const [k, v] of Object.entries(json.documentProperties ?? {})) rt.documentProperties.set(k, v);
  for (const [k, v] of Object.entries(json.scriptProperties ?? {})) rt.scriptProperties.set(k, v);
  for (const [u, m] of Object.entries(json.userProperties ?? {})) for (const [k, v] of Object.entries(m)) rt.userStore(u).set(k, v);
  for (const t of json.triggers ?? []) rt.triggers.push({ ...t });
}
