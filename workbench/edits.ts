// What the user does in the grid, done to the fake as Sheets does it: typed input parsed like Sheets
// (validation enforced), the edited cell selected, the add-on's onEdit fired; clicks move the
// active cell the add-on reads ("selected contact").
import { fireTrigger, runFunction, type FakeSheet, parseA1, AuthMode } from '../fakes';
import { BadRequest, type Session } from './session';

function sheetOf(s: Session, name: unknown): FakeSheet {
  if (typeof name !== 'string') throw new BadRequest('Say which tab: "sheet" must be a tab name');
  const sheet = s.h.spreadsheet.getSheetByName(name);
  if (!sheet) throw new BadRequest(`No tab named "${name}"`, 404);
  return sheet;
}

/** A1 of a cell or block on the sheet ("B2", "A2:V2"); anything else is the caller's mistake. */
function rangeOf(sheet: FakeSheet, a1: unknown, single: boolean) {
  const ref = typeof a1 === 'string' && /^[A-Za-z]{1,3}\d+(:[A-Za-z]{1,3}\d+)?$/.test(a1) ? parseA1(a1) : null;
  if (!ref || ref.row1 === undefined || ref.col1 === undefined || ref.row2 === undefined || ref.col2 === undefined) {
    throw new BadRequest(`"${String(a1)}" is not a cell address like B2${single ? '' : ' or A2:V2'}`);
  }
  if (single && (ref.row1 !== ref.row2 || ref.col1 !== ref.col2)) throw new BadRequest(`Edit one cell at a time, not ${a1}`);
  const [r1, r2] = [Math.min(ref.row1, ref.row2), Math.max(ref.row1, ref.row2)];
  const [c1, c2] = [Math.min(ref.col1, ref.col2), Math.max(ref.col1, ref.col2)];
  if (r2 > sheet._grid.maxRows || c2 > sheet._grid.maxCols) {
    throw new BadRequest(`${a1} is outside "${sheet._name}" (${sheet._grid.maxRows} rows, ${sheet._grid.maxCols} columns)`);
  }
  return sheet.getRange(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
}

/** Clicking a tab or a cell: the active sheet and range the add-on's getActiveRange() returns. */
export function select(s: Session, body: Record<string, unknown>): void {
  const sheet = sheetOf(s, body.sheet);
  if (body.a1 === undefined) s.h.spreadsheet.setActiveSheet(sheet);
  else s.h.spreadsheet.setActiveRange(rangeOf(sheet, body.a1, false));
  s.save();
}

/**
 * Typing into a cell. A value the cell's validation rejects changes nothing and comes back as the
 * message Sheets shows; the add-on's simple onEdit and installable edit triggers run after.
 */
export function editCell(s: Session, body: Record<string, unknown>) {
  const sheet = sheetOf(s, body.sheet);
  const range = rangeOf(sheet, body.a1, true);
  if (typeof body.value !== 'string' && typeof body.value !== 'boolean') throw new BadRequest('"value" must be the text typed (or true/false for a checkbox)');
  const oldValue = range.getValue();
  try {
    range.setValue(body.value);
  } catch (e) {
    throw new BadRequest((e as Error).message, 422);
  }
  s.h.spreadsheet.setActiveRange(range);
  return s.act(() => {
    const h = s.h;
    if (typeof s.gas.onEdit === 'function') {
      const e = { authMode: AuthMode.LIMITED, source: h.rt.expose(h.spreadsheet), range: h.rt.expose(range), value: range.getValue(), oldValue, user: { getEmail: () => h.rt.user } };
      runFunction(h, s.gas, 'onEdit', [e], 'LIMITED');
    }
    for (const t of h.triggers.filter((x) => x.eventType === 'ON_EDIT' && x.user === h.rt.user)) fireTrigger(h, s.gas, t);
  });
}

/**
 * Data > Sort sheet A→Z / Z→A: every row below the frozen header, ordered by the active cell's
 * column, whole rows moving with their formats and rules, as Sheets does it. Sheets fires no edit
 * trigger for a sort, so the add-on learns of it only by finding its rows by ID later.
 */
export function sortSheet(s: Session, body: Record<string, unknown>) {
  const sheet = sheetOf(s, body.sheet);
  if (typeof body.ascending !== 'boolean') throw new BadRequest('"ascending" must be true (A→Z) or false (Z→A)');
  const col = sheet.getActiveCell().getColumn();
  return s.act(() => sheet.sort(col, body.ascending as boolean));
}
