// JSON values in the document's or the user's properties. A value that fails
// to parse (hand-edited, or from an older version) reads as missing rather
// than breaking the feature that stored it.
type Store = 'document' | 'user';

function store(which: Store): GoogleAppsScript.Properties.Properties {
  return which === 'document' ? PropertiesService.getDocumentProperties() : PropertiesService.getUserProperties();
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
