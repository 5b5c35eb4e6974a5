// One bounded memo for work done per distinct text (a date, a name, a path):
// an execution over 10,000 contacts meets a few hundred distinct values many
// times each. Bounded, because the workbench and the tests keep one global
// scope across calls where Apps Script starts each execution afresh.

/** The value remembered for key, worked out once; a map grown to `limit` starts again. */
export function remembered<K, V>(map: Map<K, V>, key: K, work: (key: K) => V, limit: number): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= limit) map.clear();
    value = work(key);
    map.set(key, value);
  }
  return value;
}
