// Runs once before jest starts its workers: finds the browser (unpacking
// @sparticuz/chromium into /tmp on a fresh machine) so parallel test files
// never race to unpack it.
import { browserExecutable } from './browser';

export default async function globalSetup(): Promise<void> {
  await browserExecutable();
}
