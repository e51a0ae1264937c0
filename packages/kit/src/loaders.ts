import DataLoader from 'dataloader';

/**
 * A loader of one row per key. The batch function may return rows in any order and omit
 * missing keys; the loader answers in key order, with null for a key that has no row.
 */
export function rowLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of the rows belonging to each key (children of a parent), in fetch order. */
export function groupLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}

/** A loader of one computed value per key (counts, sums), with a default for absent keys. */
export function valueLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<Map<K, V>>,
  fallback: V,
): DataLoader<K, V> {
  return new DataLoader<K, V>(async (keys) => {
    const values = await fetch(keys);
    return keys.map((k) => (values.has(k) ? values.get(k)! : fallback));
  });
}
