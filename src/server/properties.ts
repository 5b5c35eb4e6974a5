// JSON values in the document's or the user's properties. A value that fails
// to parse (hand-edited, or from an older version) reads as missing rather
// than breaking the feature that stored it.
import { UserError } from './errors';

type Store = 'document' | 'user';

/**
 * What Apps Script's null document lock, properties or spreadsheet means: the
 * run has no document (e.g. started from the Apps Script editor of a test
 * deployment, or a trigger without its file). Said as it is, never as "busy".
 */
export const NO_DOCUMENT =
  'This run of Info Interviews has no spreadsheet to work in (Apps Script gave it no document lock, document properties or active spreadsheet), so nothing was changed. Open the spreadsheet and use the add-on from its Extensions menu.';

function store(which: Store): GoogleAppsScript.Properties.Properties {
  if (which === 'user') return PropertiesService.getUserProperties();
  const doc = PropertiesService.getDocumentProperties();
  if (!doc) throw new UserError(NO_DOCUMENT);
  return doc;
}

/** Whether this run can see the document's properties (false outside a document context). */
export function hasDocumentProperties(): boolean {
  return PropertiesService.getDocumentProperties() !== null;
}

export function readJsonProperty<T>(which: Store, key: string): T | null {
  const raw = store(which).getProperty(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch (e) {
    return null;
  }
}

export function writeJsonProperty(which: Store, key: string, value: unknown): void {
  store(which).setProperty(key, JSON.stringify(value));
}

export function deleteProperty(which: Store, key: string): void {
  store(which).deleteProperty(key);
}
