// Typed calls to the server: a misspelt call does not compile and every call
// is a Promise that rejects with the server's message.
import type { ServerApi } from '../shared/server-api';

export type Remote<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun; host: { close(): void } } };

/** Apps Script hands the failure handler an Error whose message may carry the class name. */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Something went wrong.';
  return raw.replace(/^(Exception|UserError|Error):\s*/, '') || 'Something went wrong.';
}

function call(name: string) {
  return (...args: unknown[]) =>
    new Promise((resolve, reject) => {
      const runner = google.script.run
        .withSuccessHandler(resolve)
        .withFailureHandler((e) => reject(new Error(errorMessage(e))));
      (runner[name] as (...a: unknown[]) => void)(...args);
    });
}

// Made on first use of each name, so no list of names is kept here: the type
// says which names exist, and google.script.run is only read at call time.
const callers = new Map<string, ReturnType<typeof call>>();
export const rpc = new Proxy({} as Remote<ServerApi>, {
  get(_target, name) {
    // Not a thenable, so `await rpc` or returning it from an async function stays harmless.
    if (typeof name !== 'string' || name === 'then') return undefined;
    let caller = callers.get(name);
    if (!caller) callers.set(name, (caller = call(name)));
    return caller;
  },
});
