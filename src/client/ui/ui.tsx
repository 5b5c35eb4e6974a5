// Small pieces every panel uses: a remote-data hook with loading and retry,
// and the error box. Contact data is only ever rendered as JSX text.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { rpc } from '../rpc';
import type { Page } from '../../shared/server-api';

/** Moves the sidebar to another panel without reloading it. */
export type Navigate = (page: Page) => void;

export type Remote<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

export function useRemote<T>(load: () => Promise<T>): [Remote<T>, () => void] {
  const [data, setData] = useState<Remote<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setData({ state: 'loading' });
    load().then(
      (value) => live && setData({ state: 'ready', value }),
      (e: Error) => live && setData({ state: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return [data, retry];
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {what}
    </p>
  );
}

/** The server's "run Set up tracker first" (a missing tab or column): retrying alone cannot help. */
const NEEDS_SET_UP = /Set up tracker/;

export function ErrorBox({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const [settingUp, setSettingUp] = useState<'' | 'busy' | string>('');
  const setUp = () => {
    setSettingUp('busy');
    rpc.setUpFromSidebar().then(
      () => {
        setSettingUp('');
        onRetry?.();
      },
      (e: Error) => setSettingUp(e.message),
    );
  };
  return (
    <div class="error-box" role="alert">
      <p class="error">{message}</p>
      {onRetry && NEEDS_SET_UP.test(message) ? (
        <button type="button" class="action" onClick={setUp} disabled={settingUp === 'busy'}>
          {settingUp === 'busy' ? 'Setting up…' : 'Set up tracker'}
        </button>
      ) : (
        onRetry && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )
      )}
      {settingUp && settingUp !== 'busy' && <p class="error">{settingUp}</p>}
    </div>
  );
}

/** A panel's title over its loading or error state, so the page keeps its heading (and screen readers their landmark) while it waits or fails. */
export function Titled({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div>
      <h1>{title}</h1>
      {children}
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="block">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
