// runSelfTest: proves once, in a real spreadsheet, what the fakes can only
// assume (docs/REAL-SHEETS.md keeps the answers). Each check records what the
// fakes assume and what Sheets did; a one-off time-driven trigger a minute
// later adds whether a trigger run sees the document. Works on a scratch tab
// it removes; the report goes to the log and to a Self-test tab.
import {
  appendReportRows,
  makeScratchTab,
  openDoc,
  probeApostrophe,
  probeBareText,
  probeBuilderReuse,
  probeCallCosts,
  probeIntlDays,
  probeNewTab,
  probeOpenRange,
  probeRangePastEnd,
  probeDocumentContext,
  probeRejectValidation,
  probeRuleAfterInsert,
  removeScratchTab,
  requireDocument,
  writeReportTab,
} from '../sheet';

export const SELF_TEST_TAB = 'Self-test';
export const SELF_TEST_LATER_HANDLER = 'runSelfTestLater';
const SCRATCH = 'Info Interviews self-test scratch';
const TEXT = "'abc";
// What the add-on writes without an apostrophe (write-cells.ts storedAsWritten): a status, a
// month name, a Next action, an ID, a name with an accent.
const BARE = ['Keeping in touch', 'March', 'Send thank-you note (due 2026-03-04, 2 days overdue)', 'C-0007', 'Zoë Ångström'];

export interface SelfTestRow {
  behaviour: string;
  /** What the fakes assume (the table's current answer). */
  expected: string;
  seen: string;
  /** 'yes', 'NO', 'pending' (the trigger's row) or 'measured' (a cost, nothing to agree with). */
  agrees: string;
  /** The fake behaviour this row decides. */
  fake: string;
}

const HEADER = ['Behaviour', 'The fakes assume', 'Seen in this spreadsheet', 'Agrees', 'Fake behaviour it decides'];

function row(behaviour: string, expected: string, seen: string, fake: string): SelfTestRow {
  return { behaviour, expected, seen, agrees: expected === seen ? 'yes' : 'NO', fake };
}

const q = (s: string) => JSON.stringify(s);

export function runSelfTestChecks(): SelfTestRow[] {
  const doc = openDoc();
  const rows: SelfTestRow[] = [];
  const scratch = makeScratchTab(doc, SCRATCH);
  try {
    // First, while the scratch tab is as insertSheet made it.
    const made = probeNewTab(scratch);
    rows.push(row('A tab made by insertSheet: its size in rows', 'at least 2 (Sheets makes 1,000)', made.rows >= 2 ? 'at least 2 (Sheets makes 1,000)' : String(made.rows), 'structure.ts applyColumnRules: an inserted tab\'s rules go on an open range ("B2:W") with no getMaxRows'));
    rows.push(row('A tab made by insertSheet: its first columns\' widths', '100, 100, 100', made.widths, 'structure.ts setColumnWidths: a new tab\'s columns start at 100 px, so those meant to be 100 get no call'));
    rows.push(row('A tab made by insertSheet: what it carries', 'nothing', made.carries, 'tabs.ts ensureTab (blank): an inserted tab\'s rules, notes, frozen rows and charts are never read back'));
    const open = probeOpenRange(scratch);
    rows.push(row('getRange("B2:C"), open at the bottom: its rows', String(open.below), String(open.rows), 'structure.ts applyColumnRules: a range open at the bottom reaches the sheet\'s last row'));
    const reuse = probeBuilderReuse();
    rows.push(row('Two rules built from one builder, its help text changed between them', 'first | second', reuse.join(' | '), 'structure.ts ruleMaker: a built rule keeps what it was built with'));
    rows.push(row('Intl.DateTimeFormat\'s day against Utilities.formatDate\'s in this spreadsheet\'s zone, at 1,000 instants over four years', 'the same at all 1,000', probeIntlDays(doc), 'cell-codec.ts dayFormatter: dates read from cells are formatted by Intl once it has agreed with Utilities twice'));
    const a = probeApostrophe(scratch, TEXT);
    rows.push(row(`${q(TEXT)} written into a plain-text (@) cell: getValues`, q(TEXT), q(a.plainText.value), 'assume.plainTextApostrophe (kept)'));
    rows.push(row(`${q(TEXT)} written into a plain-text (@) cell: getDisplayValues`, q(TEXT), q(a.plainText.display), 'assume.plainTextApostrophe (kept)'));
    rows.push(row(`${q(TEXT)} written into an automatic cell: getValues`, q('abc'), q(a.general.value), 'values.ts parseTyped: a leading apostrophe is taken off'));
    rows.push(row(`${q(TEXT)} written into an automatic cell: getDisplayValues`, q('abc'), q(a.general.display), 'values.ts parseTyped: a leading apostrophe is taken off'));
    const bare = probeBareText(scratch, BARE);
    rows.push(row('Text the add-on writes bare into automatic cells, read back', q(BARE.join(' | ')), q(bare.join(' | ')), 'values.ts parseTyped: text that begins with a letter and reads as no date, number or boolean stays text'));
    rows.push(row('getRange one row past the sheet\'s last row', 'refused', probeRangePastEnd(scratch), 'sheet.ts _range: a range past the sheet\'s size throws (appends grow the sheet only then)'));
    const v = probeRejectValidation(scratch);
    rows.push(row('A script\'s setValues of "Maybe" into a reject-input Yes/No drop-down', 'refused', v.refused ? 'refused' : `written (cell reads ${q(v.value)})`, 'range-values.ts _write: a typed write that violates a reject-input rule throws'));
    const r = probeRuleAfterInsert(scratch);
    rows.push(row(`Highlight formula ${r.written} on A2:E11 read back before any insert`, q(r.written), q(r.before), 'assume.ruleFormulaSpelling (as-written)'));
    rows.push(row('The same formula after a row is inserted above row 2', q(r.written.replace(/\$C2/g, '$C3')), q(r.after), 'assume.ruleFormulaFollowsRows (true)'));
    rows.push(row('The same rule\'s range after that insert', 'A3:E12', r.rangeAfter, 'sheet-layout.ts: conditional-format ranges move with their rows'));
    for (const c of probeCallCosts(scratch)) {
      rows.push({ behaviour: `What one call costs: ${c.call}`, expected: '(measured)', seen: `${c.ms.toFixed(2)} ms`, agrees: 'measured', fake: 'npm run bench: calls are counted, not weighed; this weighs them' });
    }
  } finally {
    removeScratchTab(doc, scratch);
  }
  return rows;
}

/** The rows for the document context, as a run (the time-driven trigger's) sees it. */
export function contextRows(where: string): SelfTestRow[] {
  const c = probeDocumentContext();
  const seen = (b: boolean) => (b ? 'present' : 'null');
  return [
    row(`SpreadsheetApp.getActiveSpreadsheet() ${where}`, 'present', seen(c.spreadsheet), 'assume.documentContext (true)'),
    row(`LockService.getDocumentLock() ${where}`, 'present', seen(c.lock), 'assume.documentContext (true)'),
    row(`PropertiesService.getDocumentProperties() ${where}`, 'present', seen(c.properties), 'assume.documentContext (true)'),
  ];
}

function asCells(rows: SelfTestRow[]): string[][] {
  return rows.map((r) => [r.behaviour, r.expected, r.seen, r.agrees, r.fake]);
}

function log(rows: SelfTestRow[]): void {
  for (const r of rows) console.log(`[self-test] ${r.agrees === 'yes' ? 'ok ' : r.agrees === 'NO' ? 'DIFFERS' : r.agrees}: ${r.behaviour}: assumed ${r.expected}, seen ${r.seen} (decides ${r.fake})`);
}

/** Installs the one-off trigger that reports the time-driven context; says why not when it cannot. */
function scheduleLater(): SelfTestRow {
  const pending = (seen: string, agrees: string): SelfTestRow => ({
    behaviour: 'Inside a time-driven trigger (one-off, about a minute later): spreadsheet, document lock, document properties',
    expected: 'present',
    seen,
    agrees,
    fake: 'assume.documentContext (true)',
  });
  try {
    ScriptApp.newTrigger(SELF_TEST_LATER_HANDLER).timeBased().after(60 * 1000).create();
    return pending('runs in about a minute: its rows are added below, and to the log', 'pending');
  } catch (e) {
    return pending(`could not install the trigger: ${e instanceof Error ? e.message : String(e)}`, 'NO');
  }
}

/** The entry point a maintainer runs once from the Apps Script editor. */
export function runSelfTest(): SelfTestRow[] {
  requireDocument();
  const rows = [...runSelfTestChecks(), ...contextRows('when run from the editor'), scheduleLater()];
  writeReportTab(openDoc(), SELF_TEST_TAB, [HEADER, ...asCells(rows)]);
  log(rows);
  return rows;
}

/** The one-off trigger's handler: reports what it sees, then removes itself. */
export function runSelfTestLater(): SelfTestRow[] {
  const rows = contextRows('inside the time-driven trigger');
  log(rows);
  try {
    if (!appendReportRows(SELF_TEST_TAB, asCells(rows))) console.log('[self-test] No spreadsheet in this trigger run: the rows above are in this log only.');
  } finally {
    for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === SELF_TEST_LATER_HANDLER) ScriptApp.deleteTrigger(t);
  }
  return rows;
}
