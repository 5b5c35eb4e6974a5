// The document's and the user's properties, JSON values or plain text. A value
// that fails to parse (hand-edited, or from an older version) reads as missing
// rather than breaking the feature that stored it.
//
// Each store is read whole, once an execution (getProperties): every read of
// a property is a service call in Apps Script, and one action used to make a
// dozen or more of them (the tab ids, the rules, the Dashboard's state, …).
// Writes go through at once and into the copy. Taking the document lock drops
// the copy (forgetPropertyValues), since another execution may have written
// while this one waited; so a value read under the lock is the stored one.
import { UserError } from './errors';
import { forgetEachExecution } from './execution';

type Store = 'document' | 'user';
type Properties = GoogleAppsScript.Properties.Properties;

/**
 * What Apps Script's null document lock, properties or spreadsheet means: the
 * run has no document (e.g. started from the Apps Script editor of a test
 * deployment, or a trigger without its file). Said as it is, never as "busy".
 */
export const NO_DOCUMENT =
  'This run of Info Interviews has no spreadsheet to work in (Apps Script gave it no document lock, document properties or active spreadsheet), so nothing was changed. Open the spreadsheet and use the add-on from its Extensions menu.';

interface Held {
  props: Properties;
  /** The store's values as last read whole, or null when they must be read again. */
  values: Record<string, string> | null;
}

let held: Partial<Record<Store, Held>> = {};
forgetEachExecution(() => {
  held = {};
});

function handle(which: Store): Held {
  let h = held[which];
  if (!h) {
    let props: Properties | null;
    if (which === 'user') props = PropertiesService.getUserProperties();
    else {
      props = PropertiesService.getDocumentProperties();
      if (!props) throw new UserError(NO_DOCUMENT);
    }
    held[which] = h = { props, values: null };
  }
  return h;
}

function valuesOf(which: Store): Record<string, string> {
  const h = handle(which);
  return (h.values ??= { ...h.props.getProperties() });
}

/** The document lock was taken: values read before it may have changed meanwhile. */
export function forgetPropertyValues(): void {
  for (const h of Object.values(held)) if (h) h.values = null;
}

/** Whether this run can see the document's properties (false outside a document context). */
export function hasDocumentProperties(): boolean {
  return PropertiesService.getDocumentProperties() !== null;
}

/** Every property of a store, as text (e.g. the checklists, many keys, in one read). */
export function allProperties(which: Store): Readonly<Record<string, string>> {
  return valuesOf(which);
}

export function readProperty(which: Store, key: string): string | null {
  return valuesOf(which)[key] ?? null;
}

/** Writes a text, unless the store already holds it. */
export function writeProperty(which: Store, key: string, text: string): void {
  const h = handle(which);
  if (h.values && h.values[key] === text) return;
  h.props.setProperty(key, text);
  if (h.values) h.values[key] = text;
}

export function readJsonProperty<T>(which: Store, key: string): T | null {
  const raw = readProperty(which, key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch (e) {
    return null;
  }
}

export function writeJsonProperty(which: Store, key: string, value: unknown): void {
  writeProperty(which, key, JSON.stringify(value));
}

export function deleteProperty(which: Store, key: string): void {
  const h = handle(which);
  h.props.deleteProperty(key);
  if (h.values) delete h.values[key];
}
