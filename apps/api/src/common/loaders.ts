import DataLoader from 'dataloader';

/**
 * Per-request registry of DataLoaders. Feature modules ask for a loader by name and give
 * the batch function; the first call in a request creates it, later calls share it, so the
 * items of a list are fetched in one query per field instead of one per item.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly pending = new Map<string, [unknown, unknown][]>();
  private readonly memos = new Map<string, unknown>();

  /**
   * No batch size cap (DataLoader's default): a list of any length is one statement. Values a
   * query already read for another loader (see `prime`) are served from the cache.
   */
  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
      const pending = this.pending.get(name);
      if (pending) {
        this.pending.delete(name);
        for (const [key, value] of pending) loader.prime(key as K, value as V);
      }
    }
    return loader;
  }

  /**
   * Puts values read by one query into another loader's cache (e.g. the organisations read with
   * the assignments), whether or not that loader exists yet; keys already cached are kept.
   */
  prime<K, V>(name: string, entries: Iterable<[K, V]>): void {
    const loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (loader) {
      for (const [key, value] of entries) loader.prime(key, value);
      return;
    }
    let pending = this.pending.get(name);
    if (!pending) this.pending.set(name, (pending = []));
    for (const entry of entries) pending.push(entry);
  }

  /** A per-request object built once (e.g. a feature's set of loaders), by name. */
  memo<T>(name: string, create: () => T): T {
    if (!this.memos.has(name)) this.memos.set(name, create());
    return this.memos.get(name) as T;
  }
}

/** Orders batch results by key; missing keys get the fallback. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: V | null = null): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? fallback);
}

/** Groups batch results by key: every key gets an array, possibly empty. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
