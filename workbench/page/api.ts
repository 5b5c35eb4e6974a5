// Calls from the page to the workbench server; a 4xx comes back as an Error with the server's message.
import type { ActionResult, StateView } from '../view';

export class ServerError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export async function getState(): Promise<StateView> {
  const res = await fetch('/api/state');
  if (!res.ok) throw new ServerError(((await res.json()) as { error: string }).error, res.status);
  return (await res.json()) as StateView;
}

export async function post<T = ActionResult>(route: string, body: unknown): Promise<T> {
  const res = await fetch(route, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const data = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new ServerError(data.error ?? `HTTP ${res.status}`, res.status);
  return data;
}
