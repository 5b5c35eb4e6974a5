// One execution's memory. Apps Script starts every execution (a menu click, a
// sidebar call, a trigger) with fresh globals, so what a module keeps (the
// properties read, whether Intl agrees with Utilities) lasts one execution.
// Hosts that run many executions in one context (the fakes, the workbench)
// get the same: every generated entry point calls beginExecution first.
const resets: Array<() => void> = [];

/** Registers how a module forgets what it kept; called once, as the module loads. */
export function forgetEachExecution(reset: () => void): void {
  resets.push(reset);
}

export function beginExecution(): void {
  for (const reset of resets) reset();
}
