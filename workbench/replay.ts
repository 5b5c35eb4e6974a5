// Alerts and prompts that ask the user something are answered by the person at the workbench page,
// not by the fakes' default (YES/OK). A run cannot pause mid-call, so the session replays it from a
// snapshot with the answers given so far; this file works out, from what one run raised, whether the
// run was given the right answers and which question is still open.
import { Button, type UiLog, type UiResponse } from '../fakes';
import type { Answer, Question } from './view';

export const BUTTON_NAMES: readonly string[] = Object.keys(Button);

/** Plain OK alerts only inform: they are shown after the run; everything else asks. */
export function asks(d: Question): boolean {
  return d.kind === 'prompt' || d.buttons !== 'OK';
}

/** The answer was given to this question: one of its buttons, or CLOSE (the ✕ or Escape). */
function fits(a: Answer, d: Question): boolean {
  return a.button === 'CLOSE' || d.buttons.split('_').includes(a.button);
}

/**
 * Runs `run` once with `queue` as the answers the fakes hand out (one per alert or prompt, in order;
 * the default once it is empty) and returns the alerts and prompts it raised, in the order raised.
 */
export function recordDialogs(ui: UiLog, queue: UiResponse[], run: () => void): Question[] {
  const alerts = ui.alerts.length;
  const prompts = ui.prompts.length;
  // The fakes take one answer per alert or prompt, just before logging it: the logs' lengths at each
  // take tell which kind came in which order (alerts and prompts are logged apart).
  const takes: Array<'alert' | 'prompt'> = [];
  let seen = [alerts, prompts];
  const note = () => {
    if (ui.alerts.length > seen[0]) takes.push('alert');
    else if (ui.prompts.length > seen[1]) takes.push('prompt');
    seen = [ui.alerts.length, ui.prompts.length];
  };
  const answers = queue.map((r) => ({ ...r }));
  let taken = 0;
  ui.responses = Object.assign(answers, {
    shift(): UiResponse | undefined {
      if (taken++ > 0) note();
      return Array.prototype.shift.call(answers) as UiResponse | undefined;
    },
  });
  try {
    run();
  } finally {
    if (taken > 0) note();
    ui.responses = [];
  }
  const a = ui.alerts.slice(alerts);
  const p = ui.prompts.slice(prompts);
  let ai = 0;
  let pi = 0;
  return takes.map((kind) => {
    const d = kind === 'alert' ? a[ai++] : p[pi++];
    return { kind, title: d.title, prompt: d.prompt, buttons: d.buttons };
  });
}

export interface Plan {
  /** What each dialog the run raised should have been given, up to the first one left open. */
  queue: UiResponse[];
  /** How many of the page's answers that used. */
  used: number;
  /** The first question the page has not answered yet. */
  open?: Question;
}

/** The page's answers matched to the questions in order; plain alerts take OK and no answer. */
export function planFor(dialogs: Question[], answers: Answer[]): Plan {
  const queue: UiResponse[] = [];
  let used = 0;
  for (const d of dialogs) {
    if (!asks(d)) { queue.push({ button: 'OK' }); continue; }
    const a = answers[used];
    // An answer that does not fit this question was given to another one: the question is asked anew.
    if (!a || !fits(a, d)) return { queue, used, open: d };
    queue.push(d.kind === 'prompt' ? { button: a.button, text: a.text ?? '' } : { button: a.button });
    used++;
  }
  return { queue, used };
}

/** What the fakes give a dialog when no answer is queued. */
function fallback(d: Question): UiResponse {
  return { button: d.buttons.startsWith('YES') ? 'YES' : 'OK', text: '' };
}

/** The run had its answers right: each dialog it raised, up to the open question, got its planned answer. */
export function followed(plan: Plan, given: UiResponse[], dialogs: Question[]): boolean {
  return plan.queue.every((r, i) => {
    const got = given[i] ?? fallback(dialogs[i]);
    return got.button === r.button && (dialogs[i].kind === 'alert' || (got.text ?? '') === (r.text ?? ''));
  });
}
