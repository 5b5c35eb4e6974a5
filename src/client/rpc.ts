// Typed calls to the server. Built from the API's names, so a misspelt call
// does not compile and every call is a Promise that rejects with the server's message.
import { API_NAMES, type ServerApi } from '../shared/server-api';

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

export const rpc = Object.fromEntries(API_NAMES.map((n) => [n, call(n)])) as unknown as Remote<ServerApi>;
