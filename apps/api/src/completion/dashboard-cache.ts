import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Loaders } from '../common/loaders';

/** Answers kept (each a plan's figures for one query and arguments at one data version). */
export const DASHBOARD_CACHE_ENTRIES = 200;

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
 * Least recently used answers go first, and a plan's answers of older versions as soon as a
 * newer version is read; a computation that fails is not kept, and concurrent requests for the
 * same missing answer share one computation.
 */
@Injectable()
export class DashboardCache {
  private readonly answers = new Map<string, Promise<unknown>>();
  /** Whole responses of dashboard-only queries (dashboard-response.plugin.ts), by the same rule. */
  private readonly responses = new Map<string, Record<string, unknown>>();
  /** The newest version read of each plan. */
  private readonly newest = new Map<string, bigint>();
  private hitCount = 0;
  private missCount = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Hits and misses since start (for tests and diagnostics). */
  get stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hitCount, misses: this.missCount, entries: this.answers.size + this.responses.size };
  }

  /** The key of an answer or response: the plan and version first (see `forget`), then what else it depends on. */
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

  /** Drops a plan's answers and responses of versions before `version`: no request will ask for them again. */
  private forgetBefore(planId: string, version: bigint): void {
    const newest = this.newest.get(planId);
    if (newest !== undefined && newest >= version) return;
    this.newest.set(planId, version);
    if (newest === undefined) return;
    const current = `${planId}@${version}|`;
    for (const kept of [this.answers, this.responses] as Map<string, unknown>[]) {
      for (const key of kept.keys()) if (key.startsWith(`${planId}@`) && !key.startsWith(current)) kept.delete(key);
    }
  }

  /** A response kept for `key` (which names the version), most recently used now. */
  keptResponse(key: string): Record<string, unknown> | undefined {
    const data = this.responses.get(key);
    if (data) {
      this.hitCount += 1;
      this.responses.delete(key);
      this.responses.set(key, data);
    }
    return data;
  }

  keepResponse(key: string, data: Record<string, unknown>): void {
    this.responses.set(key, data);
    while (this.responses.size > DASHBOARD_CACHE_ENTRIES) this.responses.delete(this.responses.keys().next().value as string);
  }

  /** The answer of `query` with `args` for the plan at its current version: kept, or computed by `compute` and kept. */
  async answer<T>(loaders: Loaders, query: string, planId: string, args: readonly unknown[], compute: () => Promise<T>): Promise<T> {
    const version = await this.version(loaders, planId);
    const key = DashboardCache.key(planId, version, [query, ...args]);
    const kept = this.answers.get(key) as Promise<T> | undefined;
    if (kept) {
      this.hitCount += 1;
      // most recently used last
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept;
    }
    this.missCount += 1;
    const computed = compute();
    this.answers.set(key, computed);
    computed.catch(() => {
      if (this.answers.get(key) === computed) this.answers.delete(key);
    });
    while (this.answers.size > DASHBOARD_CACHE_ENTRIES) {
      const oldest = this.answers.keys().next().value as string;
      this.answers.delete(oldest);
    }
    return computed;
  }
}
