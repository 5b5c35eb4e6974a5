// The page's view of the session: the active tab as a grid with its highlights, the tabs, the
// add-on menu as onOpen built it, and the clock.
import { toLocal } from '../fakes';
import { HighlightEvaluator, sheetsClock } from './highlights';
import { gridView } from './grid';
import type { Session } from './session';
import type { StateView } from './view';
import { outboxView } from './outbox';

export function stateOf(s: Session): StateView {
  const ss = s.h.spreadsheet;
  const tz = ss._tz;
  const local = (instant: number) => toLocal(instant, tz);
  const sheet = ss._activeSheet;
  const evaluator = new HighlightEvaluator((name) => ss.getSheetByName(name) ?? undefined, sheetsClock(local(s.h.rt.nowMs())), local);
  return {
    name: ss._name,
    timeZone: tz,
    tabs: ss._sheets.filter((x) => !x._hidden || x === sheet).map((x) => x._name),
    grid: gridView(sheet, (rows, cols) => evaluator.formats(sheet, rows, cols), local),
    menu: s.menu(),
    today: s.today(),
    asOf: s.asOf,
    dailyCheck: s.dailyCheck(),
    file: s.options.file,
    outbox: outboxView(s.h),
  };
}
