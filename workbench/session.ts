// The workbench's one spreadsheet: the strict fakes from fakes/ running dist/Code.js, kept in a
// JSON file (saved after every call, so work survives a restart), with a clock that can be pinned to
// an "as of" date so the add-on's new Date() and the highlights' TODAY() agree.
import * as fs from 'fs';
import * as path from 'path';
import { createHarness, harnessFromJSON, loadBundle, openDocument, runFunction, fireTrigger, type BundleContext, type Harness, type SpreadsheetJSON, type TriggerRecord, DAY_MS, toInstant, toLocal, formatDate as formatJava, type MenuItemRecord, type UiResponse } from '../fakes';
import { buildDemo } from './demo';
import { describeChanges, snapshotTabs } from './daily-diff';
import { asks, followed, planFor, recordDialogs } from './replay';
import type { Answer, MenuItemView, Question, UiEvents } from './view';
import { carryOutbox } from './outbox';

/** The trigger handler the follow-ups feature installs for the daily check. */
export const DAILY_HANDLER = 'runDailyFollowUpCheck';

export class BadRequest extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
  }
}

export interface SessionOptions {
  file: string;
  distDir: string;
  timeZone?: string;
  /** Start from a new, empty spreadsheet instead of the file's (`npm start -- --empty`). */
  empty?: boolean;
}

type UiMark = Record<keyof UiEvents, number>;

export interface ActResult { events: UiEvents; error?: string; question?: Question; answered?: number; /** What the workbench itself tells the user (the daily check's changes). */ note?: string }

/** The document before a run that may be undone, and what the user saw (sidebar ids, the menu) then. */
interface Snapshot { json: SpreadsheetJSON; idCounter: number; ui: Omit<Harness['ui'], 'responses'> }

/** Replays needed to line answers up with the questions grow with their count; this many means the add-on is not deterministic. */
const MAX_REPLAYS = 20;

export class Session {
  h!: Harness;
  gas!: BundleContext;
  /** yyyy-MM-dd when the clock is pinned to a chosen day; null follows the real clock. */
  asOf: string | null = null;

  constructor(readonly options: SessionOptions) {
    if (options.empty) {
      this.resetEmpty();
    } else if (fs.existsSync(options.file)) {
      let json: SpreadsheetJSON;
      try {
        json = JSON.parse(fs.readFileSync(options.file, 'utf8')) as SpreadsheetJSON;
      } catch (e) {
        throw new Error(`${options.file} is not a workbench spreadsheet (${(e as Error).message}); move it away or choose another --file`);
      }
      this.open(json);
    } else {
      this.reset();
    }
  }

  /** Now, as the fakes and the bundle see it: today's time of day on the as-of date when one is set. */
  private nowMs(): number {
    const real = Date.now();
    if (!this.asOf || !this.h) return real;
    const tz = this.h.spreadsheet._tz;
    const [y, m, d] = this.asOf.split('-').map(Number);
    return toInstant(Date.UTC(y, m - 1, d) + (toLocal(real, tz) % DAY_MS), tz);
  }

  private load(json?: SpreadsheetJSON): void {
    const options = { now: () => this.nowMs(), distDir: this.options.distDir, timeZone: this.options.timeZone };
    const before = this.h as Harness | undefined;
    this.h = json ? harnessFromJSON(json, options) : createHarness(options);
    carryOutbox(before, this.h);
    this.gas = loadBundle(this.h, path.join(this.options.distDir, 'Code.js'));
  }

  private open(json?: SpreadsheetJSON): void {
    this.load(json);
    // Opening the file: the add-on's onOpen builds its menu (it was used here, so LIMITED).
    openDocument(this.h, this.gas, 'LIMITED');
  }

  private snapshot(): Snapshot {
    const ui = this.h.ui;
    const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    return { json: this.h.toJSON(), idCounter: this.h.rt.idCounter, ui: copy({ menus: ui.menus, sidebars: ui.sidebars, dialogs: ui.dialogs, alerts: ui.alerts, prompts: ui.prompts, toasts: ui.toasts }) };
  }

  /** Back to the snapshot, as if the run had not happened; the document is not reopened (no onOpen). */
  private restore(snap: Snapshot): void {
    this.load(snap.json);
    this.h.rt.idCounter = snap.idCounter;
    Object.assign(this.h.ui, JSON.parse(JSON.stringify(snap.ui)) as Snapshot['ui']);
  }

  reset(): void {
    this.asOf = null;
    this.open();
    buildDemo(this.h, this.gas);
    // As the daily trigger would have by now: Next action and the highlights are up to date.
    if (this.dailyCheck()) this.fireDaily();
    this.h.ui.toasts.length = 0;
    this.h.ui.sidebars.length = 0;
    this.h.ui.alerts.length = 0;
    this.save();
  }

  /** A new spreadsheet as Drive makes one: one empty Sheet1, no tracker yet. */
  resetEmpty(): void {
    this.asOf = null;
    this.open();
    this.h.ui.toasts.length = 0;
    this.h.ui.sidebars.length = 0;
    this.h.ui.alerts.length = 0;
    this.save();
  }

  save(): void {
    fs.mkdirSync(path.dirname(this.options.file), { recursive: true });
    const tmp = `${this.options.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.h.toJSON(), null, 1));
    fs.renameSync(tmp, this.options.file);
  }

  today(): string {
    return formatJava(this.nowMs(), this.h.spreadsheet._tz, 'yyyy-MM-dd');
  }

  setAsOf(date: string | null): void {
    if (date !== null && !isIsoDay(date)) throw new BadRequest(`"as of" must be a date written yyyy-MM-dd, not ${JSON.stringify(date)}`);
    this.asOf = date;
  }

  menu(): { name: string; items: MenuItemView[] } | null {
    const m = this.h.ui.menus.find((x) => x.addon) ?? this.h.ui.menus[0];
    return m ? { name: 'Info Interviews', items: m.items.map(itemView) } : null;
  }

  menuFunctions(): Set<string> {
    const names = new Set<string>();
    const walk = (items: MenuItemRecord[]) => items.forEach((i) => (i.functionName ? names.add(i.functionName) : i.subMenu && walk(i.subMenu.items)));
    for (const m of this.h.ui.menus) walk(m.items);
    return names;
  }

  dailyCheck(): string | null {
    return typeof this.gas[DAILY_HANDLER] === 'function' ? DAILY_HANDLER : null;
  }

  /**
   * Runs one thing the user did; returns what the add-on showed meanwhile and any error it raised.
   * With `answers` (the user's answers so far, in order), a run that asks a question beyond them is
   * undone and the question comes back instead: the page asks the user and runs the action again.
   */
  act(what: () => unknown, answers?: Answer[]): ActResult {
    if (answers) return this.actAsking(what, answers);
    const mark = this.mark();
    let error: string | undefined;
    try {
      what();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    this.save();
    return { events: this.eventsSince(mark), error };
  }

  private actAsking(what: () => unknown, answers: Answer[]): ActResult {
    const before = this.snapshot();
    let queue: UiResponse[] = answers.map((a) => ({ button: a.button, text: a.text ?? '' }));
    for (let replay = 0; replay < MAX_REPLAYS; replay++) {
      const mark = this.mark();
      let error: string | undefined;
      const dialogs = recordDialogs(this.h.ui, queue, () => {
        try {
          what();
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
      });
      const plan = planFor(dialogs, answers);
      if (followed(plan, queue, dialogs)) {
        if (plan.open) {
          this.restore(before);
          // Nothing the undone run showed is shown: the page asks the question instead.
          return { events: this.eventsSince(this.mark()), question: plan.open, answered: plan.used };
        }
        this.save();
        // The questions were asked as they came; only what informs is shown after the run.
        const events = this.eventsSince(mark);
        return { events: { ...events, alerts: events.alerts.filter((a) => !asks({ kind: 'alert', ...a })), prompts: [] }, error };
      }
      // A plain alert took an answer meant for a question (or the questions changed): line them up and replay.
      this.restore(before);
      queue = [...plan.queue, ...answers.slice(plan.used).map((a) => ({ button: a.button, text: a.text ?? '' }))];
    }
    this.restore(before);
    throw new Error('The add-on asked different questions each time it ran, so the workbench could not answer them');
  }

  runMenuItem(functionName: string, answers: Answer[] = []): ActResult {
    if (!this.menuFunctions().has(functionName)) throw new BadRequest(`No menu item runs "${functionName}"`, 404);
    return this.act(() => runFunction(this.h, this.gas, functionName), answers);
  }

  runDailyCheck(): ActResult {
    const handler = this.dailyCheck();
    if (!handler) throw new BadRequest(`This build has no daily follow-up check (no ${DAILY_HANDLER} in dist/Code.js)`, 404);
    const before = snapshotTabs(this.h);
    const r = this.act(() => this.fireDaily());
    return r.error ? r : { ...r, note: describeChanges(before, snapshotTabs(this.h), this.today()) };
  }

  /** Fires the daily check as its time-driven trigger does (the installed one when there is one). */
  private fireDaily(): void {
    const handler = DAILY_HANDLER;
    const installed = this.h.triggers.find((t) => t.handler === handler && t.eventType === 'CLOCK');
    const trigger: TriggerRecord = installed ?? { id: 'workbench-daily-check', handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, user: this.h.rt.user };
    fireTrigger(this.h, this.gas, trigger);
  }

  private mark(): UiMark {
    const ui = this.h.ui;
    return { sidebars: ui.sidebars.length, dialogs: ui.dialogs.length, alerts: ui.alerts.length, prompts: ui.prompts.length, toasts: ui.toasts.length };
  }

  private eventsSince(m: UiMark): UiEvents {
    const ui = this.h.ui;
    return {
      sidebars: ui.sidebars.slice(m.sidebars).map((s, i) => ({ id: m.sidebars + i, title: s.title, width: s.width })),
      dialogs: ui.dialogs.slice(m.dialogs).map((d, i) => ({ id: m.dialogs + i, title: d.title, width: d.width, height: d.height, modal: d.modal })),
      alerts: ui.alerts.slice(m.alerts).map((a) => ({ ...a })),
      prompts: ui.prompts.slice(m.prompts).map((p) => ({ title: p.title, prompt: p.prompt, buttons: p.buttons, response: p.response.button })),
      toasts: ui.toasts.slice(m.toasts).map((t) => ({ ...t })),
    };
  }
}

function itemView(i: MenuItemRecord): MenuItemView {
  if (i.separator) return { separator: true };
  if (i.subMenu) return { caption: i.subMenu.name, items: i.subMenu.items.map(itemView) };
  return { caption: i.caption, functionName: i.functionName };
}

export function isIsoDay(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
