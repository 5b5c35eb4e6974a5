// Home's "Start here" list: the five first steps, each ticked from what the
// sheet shows and opening the panel (or the control on home) that does it.
// Shown until every step is done; the load after that shows nothing.
import { useState } from 'preact/hooks';
import type { Navigate } from '../ui';
import type { Page } from '../../shared/server-api';
import { startHereSteps, type StartHereFacts, type StartStep, type StartStepKey } from '../../shared/home';

/** Ids of the controls on home that do a step, so the step can take the student there. */
export const SET_UP_BUTTON_ID = 'home-set-up';
export const DAILY_CHECK_ID = 'daily-check-on';

function goTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

/** Where each step is done: a sidebar page, or a control on home itself. */
const DOES_IT: Record<StartStepKey, { page: Page } | { id: string }> = {
  setUp: { id: SET_UP_BUTTON_ID },
  profile: { page: 'settings' },
  contact: { page: 'contact' },
  outreach: { page: 'outreach' },
  dailyCheck: { id: DAILY_CHECK_ID },
};

function open(step: StartStep, navigate: Navigate): void {
  const where = DOES_IT[step.key];
  if ('page' in where) navigate(where.page);
  else goTo(where.id);
}

export function StartHere({ facts, navigate }: { facts: StartHereFacts; navigate: Navigate }) {
  const steps = startHereSteps(facts);
  const left = steps.filter((s) => !s.done).length;
  // Done when the page loaded: gone. Done while the student watched: it stays, ticked, until the next load.
  const [shown] = useState(left > 0);
  if (!shown) return null;
  const next = steps.find((s) => !s.done);
  return (
    <section class="block start-here" aria-labelledby="start-here-heading">
      <h2 id="start-here-heading">Start here</h2>
      <p class="secondary" role="status">
        {left === 0 ? 'All done: you are ready to go.' : `${steps.length - left} of ${steps.length} done.`}
      </p>
      <ol class="start-steps">
        {steps.map((s) => (
          <li key={s.key} class={s.done ? 'done' : s === next ? 'next' : 'to-do'}>
            <span class="start-mark" aria-hidden="true">
              {s.done ? '✓' : ''}
            </span>
            {s.done ? (
              <span class="start-label">{s.label}</span>
            ) : (
              <button type="button" class="link start-label" onClick={() => open(s, navigate)}>
                {s.label}
              </button>
            )}
            <span class="start-state">{s.done ? 'Done' : 'To do'}</span>
            {!s.done && s === next && <span class="start-hint secondary">{s.hint}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
