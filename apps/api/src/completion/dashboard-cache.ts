import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Loaders } from '../common/loaders';

/** Answers and responses kept at most (each a plan's figures for one query and arguments at one data version). */
export const DASHBOARD_CACHE_ENTRIES = 200;
/**
 * And at most this many characters of them as JSON (objects take a few times that in the heap,
 * which npm start caps at 192 MB): an M plan's dashboard is ~100 KB of JSON per answer kept.
 */
export const DASHBOARD_CACHE_CHARS = 8 * 1024 * 1024;

/**
 * The dashboard's answers (planCompletion, reportingCompliance, indicatorSummary and its page)
 * kept in memory, keyed by the query, its arguments as the service receives them (the
 * organisation a focal point's compliance is narrowed to included), and the plan's data
 * version (`dashboard_version`, moved by triggers in the transaction of every change the
 * dashboard reads: migration 1764600000000-DashboardVersion).
 *
 * Never stale, in any number of API instances: each request reads the version (one statement,
 * shared by the dashboard fields of the request) before it looks up or computes an answer, so a
 * change committed before the request began has moved the version past every answer computed
 * without it; an answer computed after the version was read is at least as new as that version.
 * Least recently used answers go first (beyond DASHBOARD_CACHE_ENTRIES or _CHARS; one larger
 * than a quarter of the characters is not kept), and a plan's answers of older versions as soon
 * as a newer version is read; a computation that fails is not kept, and concurrent requests for the
 * same missing answer share one computation.
 */
@Injectable()
export class DashboardCache {
  /** Answers (promises: a computation under way is shared) and whole responses, least recently used first. */
  private readonly kept = new Map<string, { value: unknown; chars: number }>();
  private keptChars = 0;
  /** The JSON of kept responses' data, by the data object (forgotten with it). */
  private readonly json = new WeakMap<object, string>();
  /** The newest version read of each plan. */
  private readonly newest = new Map<string, bigint>();
  private hitCount = 0;
  private missCount = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Hits and misses since start, entries and their JSON characters now (for tests and diagnostics). */
  get stats(): { hits: number; misses: number; entries: number; chars: number } {
    return { hits: this.hitCount, misses: this.missCount, entries: this.kept.size, chars: this.keptChars };
  }

  /** The key of an answer or response: the plan and version first (see `forgetBefore`), then what else it depends on. */
  static key(planId: string, version: string, parts: readonly unknown[]): string {
    return `${planId}@${version}|${JSON.stringify(parts)}`;
  }

  /** The plan's data version, read once per request whatever number of dashboard fields ask. */
  version(loaders: Loaders, planId: string): Promise<string> {
    return loaders
      .get<string, string>('dashboardVersion', async (planIds) => {
        const rows = await this.dataSource.query<{ plan_id: string; version: string }[]>(
          'SELECT plan_id, version FROM dashboard_version WHERE plan_id = ANY($1::uuid[])',
          [planIds],
        );
        const versions = new Map(rows.map((row) => [row.plan_id, String(row.version)]));
        for (const [planId, version] of versions) this.forgetBefore(planId, BigInt(version));
        return planIds.map((id) => versions.get(id) ?? '0');
      })
      .load(planId);
  }

  /** A response kept for `key` (which names the version), most recently used now. */
  keptResponse(key: string): Record<string, unknown> | undefined {
    const data = this.use(key) as Record<string, unknown> | undefined;
    if (data) this.hitCount += 1;
    return data;
  }

  keepResponse(key: string, data: Record<string, unknown>): void {
    this.put(key, data);
    const json = JSON.stringify(data);
    this.json.set(data, json);
    this.weigh(key, data, data, json.length);
  }

  /**
   * The JSON of `data` when it is a kept response's data (the same object), else undefined:
   * a kept response is serialized once, not on every request that is answered with it.
   */
  keptJson(data: unknown): string | undefined {
    return typeof data === 'object' && data !== null ? this.json.get(data) : undefined;
  }

  /** The answer of `query` with `args` for the plan at its current version: kept, or computed by `compute` and kept. */
  async answer<T>(loaders: Loaders, query: string, planId: string, args: readonly unknown[], compute: () => Promise<T>): Promise<T> {
    const version = await this.version(loaders, planId);
    const key = DashboardCache.key(planId, version, [query, ...args]);
    const kept = this.use(key) as Promise<T> | undefined;
    if (kept) {
      this.hitCount += 1;
      return kept;
    }
    this.missCount += 1;
    const computed = compute();
    this.put(key, computed);
    computed.then(
      (value) => this.weigh(key, computed, value),
      () => this.drop(key, computed),
    );
    return computed;
  }

  /** Drops a plan's answers and responses of versions before `version`: no request will ask for them again. */
  private forgetBefore(planId: string, version: bigint): void {
    const newest = this.newest.get(planId);
    if (newest !== undefined && newest >= version) return;
    this.newest.set(planId, version);
    if (newest === undefined) return;
    const current = `${planId}@${version}|`;
    for (const key of [...this.kept.keys()]) if (key.startsWith(`${planId}@`) && !key.startsWith(current)) this.drop(key);
  }

  private use(key: string): unknown {
    const entry = this.kept.get(key);
    if (!entry) return undefined;
    // most recently used last
    this.kept.delete(key);
    this.kept.set(key, entry);
    return entry.value;
  }

  private put(key: string, value: unknown): void {
    this.drop(key);
    this.kept.set(key, { value, chars: 0 });
    this.evict();
  }

  /** Counts an entry's size once its value is known (if it is still the entry kept for the key). */
  private weigh(key: string, value: unknown, data: unknown, knownChars?: number): void {
    const entry = this.kept.get(key);
    if (!entry || entry.value !== value) return;
    const chars = knownChars ?? JSON.stringify(data)?.length ?? 0;
    if (chars > DASHBOARD_CACHE_CHARS / 4) {
      this.drop(key);
      return;
    }
    entry.chars = chars;
    this.keptChars += chars;
    this.evict();
  }

  private drop(key: string, value?: unknown): void {
    const entry = this.kept.get(key);
    if (!entry || (value !== undefined && entry.value !== value)) return;
    this.kept.delete(key);
    this.keptChars -= entry.chars;
  }

  private evict(): void {
    while (this.kept.size > DASHBOARD_CACHE_ENTRIES || this.keptChars > DASHBOARD_CACHE_CHARS) {
      this.drop(this.kept.keys().next().value as string);
    }
  }
}
