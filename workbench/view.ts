// What the workbench server sends the page: plain JSON shared by workbench/*.ts and workbench/page/*.ts.

export interface CellView {
  /** The cell as Sheets displays it (dates through their number format). */
  text: string;
  /** What the edit box starts with: the formula, or the displayed text. */
  input?: string;
  style?: { background?: string; color?: string; bold?: boolean; italic?: boolean; strike?: boolean; underline?: boolean; align?: string };
  /** A drop-down (data validation list): the choices. */
  list?: string[];
  checkbox?: boolean;
  /** The value breaks a warning-only validation rule (Sheets shows a red corner). */
  invalid?: boolean;
  help?: string;
  note?: string;
}

/** An embedded chart, placed as Sheets places it and with the data it shows now. */
export interface ChartView {
  id: number;
  /** The chart type's name; BAR draws horizontal bars, LINE lines, anything else vertical columns. */
  type: string;
  title: string;
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  /** One name a number column (the header row's text when the chart has one). */
  series: string[];
  /** The first column's text and each series' number (null: not a number). */
  rows: Array<{ label: string; values: Array<number | null> }>;
  legend: boolean;
}

export interface GridView {
  sheet: string;
  frozenRows: number;
  frozenCols: number;
  /** Rows and columns shown: the data plus some blank ones, as far as the sheet reaches. */
  rows: number;
  cols: number;
  maxRows: number;
  widths: number[];
  cells: CellView[][];
  active: { row: number; col: number; numRows: number; numCols: number; a1: string };
  /** How many cells a conditional-format rule coloured (a count the page and tests can read). */
  highlighted: number;
  charts: ChartView[];
}

export interface MenuItemView { caption?: string; functionName?: string; separator?: true; items?: MenuItemView[] }

export interface UiEvents {
  sidebars: Array<{ id: number; title: string; width: number }>;
  dialogs: Array<{ id: number; title: string; width: number; height: number; modal: boolean }>;
  alerts: Array<{ title: string; prompt: string; buttons: string; response: string }>;
  prompts: Array<{ title: string; prompt: string; buttons: string; response: string }>;
  toasts: Array<{ message: string; title: string; timeoutSeconds: number }>;
}

export interface StateView {
  name: string;
  timeZone: string;
  tabs: string[];
  grid: GridView;
  menu: { name: string; items: MenuItemView[] } | null;
  /** yyyy-MM-dd in the spreadsheet's zone; asOf is set when the clock is pinned to a chosen date. */
  today: string;
  asOf: string | null;
  /** The daily check's trigger handler when dist/Code.js has one. */
  dailyCheck: string | null;
  file: string;
  /** Each email the add-on sent (the daily check's reminders), newest first. */
  outbox?: OutboxMailView[];
}

export interface OutboxMailView {
  to: string;
  from: string;
  subject: string;
  body: string;
  htmlBody: string;
  /** yyyy-MM-dd HH:mm in the spreadsheet's zone, on the workbench's clock. */
  sentAt: string;
}

/** An alert with a choice (YES_NO, OK_CANCEL, ...) or a prompt the add-on raised and nobody has answered yet. */
export interface Question {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  /** The ButtonSet's name: 'YES_NO', 'OK_CANCEL', ... */
  buttons: string;
}

/** The user's answer, as the fakes take it: a Button name (CLOSE for the ✕ or Escape) and a prompt's text. */
export interface Answer { button: string; text?: string }

export interface ActionResult {
  ok: boolean;
  /** Set instead of a result: the run was undone and waits for this answer (then runs again with it). */
  question?: Question;
  /** With a question: how many of the answers sent the run used; the page keeps those and adds one for the question. */
  answered?: number;
  /** An error the add-on raised (shown as Sheets shows a script error). */
  error?: string;
  /** What the workbench itself says about the action (the daily check's changes), shown as a toast. */
  note?: string;
  events: UiEvents;
  state: StateView;
}
