// The interview's countdown. Reads the time through Date.now and wakes with
// setTimeout only, so a test drives it with Playwright's page.clock.
import { useEffect, useState } from 'preact/hooks';

export function formatClock(totalSeconds: number): string {
  const s = Math.abs(Math.round(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface CountdownState {
  /** Milliseconds counted before the last start (pauses keep them). */
  banked: number;
  startedAt: number | null;
}

export function elapsedMs(c: CountdownState, now = Date.now()): number {
  return c.banked + (c.startedAt === null ? 0 : now - c.startedAt);
}

export function QuestionCountdown(props: { minutes: number; state: CountdownState; onChange: (s: CountdownState) => void }) {
  const { minutes, state, onChange } = props;
  const [ticks, tick] = useState(0);
  useEffect(() => {
    if (state.startedAt === null) return;
    // Wakes on the next whole second of elapsed time, so the display never lags a second behind.
    const timer = setTimeout(() => tick((n) => n + 1), 1000 - (elapsedMs(state) % 1000));
    return () => clearTimeout(timer);
  }, [state.startedAt, ticks]);

  const left = minutes * 60 - Math.floor(elapsedMs(state) / 1000);
  const running = state.startedAt !== null;
  const started = running || state.banked > 0;
  const toggle = () =>
    onChange(running ? { banked: elapsedMs(state), startedAt: null } : { banked: state.banked, startedAt: Date.now() });

  return (
    <div class={`block q-countdown${left <= 0 ? ' over' : left <= 120 ? ' ending' : ''}`}>
      <div class="q-clock" role="timer" aria-label="Time left">
        {left >= 0 ? formatClock(left) : `+${formatClock(left)}`}
      </div>
      <p class="secondary" aria-live="polite">
        {left <= 0 ? 'Time is up: ask the closing questions and thank them.' : left <= 120 ? 'Two minutes left: time for the closing questions.' : `${minutes}-minute meeting`}
      </p>
      <button type="button" class={running ? '' : 'action'} onClick={toggle}>
        {running ? 'Pause' : started ? 'Resume' : 'Start the clock'}
      </button>
    </div>
  );
}
