import type { DataSource } from 'typeorm';
import { Loaders } from '../common/loaders';
import { DASHBOARD_CACHE_CHARS, DASHBOARD_CACHE_ENTRIES, DashboardCache } from './dashboard-cache';
import { keptResultStringifier } from './dashboard-response.plugin';

const PLAN = '00000000-0000-4000-8000-000000000001';

function cacheAt(versions: Record<string, string>) {
  const statements: unknown[][] = [];
  const dataSource = {
    query: async (_sql: string, params: unknown[]) => {
      statements.push(params);
      const [ids] = params as [string[]];
      return ids.filter((id) => versions[id] !== undefined).map((id) => ({ plan_id: id, version: versions[id] }));
    },
  } as unknown as DataSource;
  return { cache: new DashboardCache(dataSource), statements };
}

describe('DashboardCache', () => {
  it('reads the version once per request for all the fields that ask, 0 for a plan never changed', async () => {
    const { cache, statements } = cacheAt({ [PLAN]: '7' });
    const loaders = new Loaders();
    const other = '00000000-0000-4000-8000-000000000002';
    expect(await Promise.all([cache.version(loaders, PLAN), cache.version(loaders, PLAN), cache.version(loaders, other)])).toEqual(['7', '7', '0']);
    expect(statements).toHaveLength(1);
    await cache.version(new Loaders(), PLAN);
    expect(statements).toHaveLength(2);
  });

  it('keeps an answer per query, arguments and version; a new version computes again', async () => {
    const versions: Record<string, string> = { [PLAN]: '1' };
    const { cache } = cacheAt(versions);
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    expect(await cache.answer(new Loaders(), 'q', PLAN, ['x'], compute)).toEqual({ n: 1 });
    expect(await cache.answer(new Loaders(), 'q', PLAN, ['x'], compute)).toEqual({ n: 1 });
    expect(await cache.answer(new Loaders(), 'q', PLAN, ['y'], compute)).toEqual({ n: 2 });
    expect(await cache.answer(new Loaders(), 'other', PLAN, ['x'], compute)).toEqual({ n: 3 });
    versions[PLAN] = '2';
    expect(await cache.answer(new Loaders(), 'q', PLAN, ['x'], compute)).toEqual({ n: 4 });
    expect(cache.stats).toMatchObject({ hits: 1, misses: 4 });
  });

  it(`holds at most ${DASHBOARD_CACHE_ENTRIES} answers, the least recently used going first`, async () => {
    const { cache } = cacheAt({ [PLAN]: '1' });
    const computed: number[] = [];
    const ask = (i: number) => cache.answer(new Loaders(), 'q', PLAN, [i], async () => (computed.push(i), i));
    for (let i = 0; i < DASHBOARD_CACHE_ENTRIES; i += 1) await ask(i);
    await ask(0); // used again: now the most recent
    await ask(DASHBOARD_CACHE_ENTRIES); // one too many: 1 goes
    expect(cache.stats.entries).toBe(DASHBOARD_CACHE_ENTRIES);
    computed.length = 0;
    await ask(0);
    expect(computed).toEqual([]);
    await ask(1);
    expect(computed).toEqual([1]);
  });

  it('shares one computation between concurrent requests and keeps no failure', async () => {
    const { cache } = cacheAt({ [PLAN]: '1' });
    let calls = 0;
    let release: (value: string) => void = () => undefined;
    const slow = () => {
      calls += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const both = Promise.all([cache.answer(new Loaders(), 'q', PLAN, [], slow), cache.answer(new Loaders(), 'q', PLAN, [], slow)]);
    await new Promise((resolve) => setImmediate(resolve));
    release('figures');
    expect(await both).toEqual(['figures', 'figures']);
    expect(calls).toBe(1);

    const failing = () => Promise.reject(new Error('NOT_FOUND'));
    await expect(cache.answer(new Loaders(), 'bad', PLAN, [], failing)).rejects.toThrow('NOT_FOUND');
    expect(await cache.answer(new Loaders(), 'bad', PLAN, [], async () => 'now found')).toBe('now found');
  });
});

describe('DashboardCache, a newer version', () => {
  it("drops the plan's answers and responses of older versions, not another plan's", async () => {
    const other = '00000000-0000-4000-8000-000000000002';
    const versions: Record<string, string> = { [PLAN]: '1', [other]: '1' };
    const { cache } = cacheAt(versions);
    await cache.answer(new Loaders(), 'q', PLAN, [], async () => 'plan v1');
    await cache.answer(new Loaders(), 'q', other, [], async () => 'other v1');
    cache.keepResponse(DashboardCache.key(PLAN, '1', ['response']), { v: 1 });
    expect(cache.stats.entries).toBe(3);
    versions[PLAN] = '2';
    await cache.version(new Loaders(), PLAN);
    expect(cache.stats.entries).toBe(1);
    expect(cache.keptResponse(DashboardCache.key(PLAN, '1', ['response']))).toBeUndefined();
    expect(await cache.answer(new Loaders(), 'q', other, [], async () => 'recomputed')).toBe('other v1');
  });
});

describe('DashboardCache, memory', () => {
  it(`keeps at most ${DASHBOARD_CACHE_CHARS} characters of JSON, and no answer larger than a quarter of them`, async () => {
    const { cache } = cacheAt({ [PLAN]: '1' });
    const big = (n: number) => async () => 'x'.repeat(n);
    const fifth = Math.floor(DASHBOARD_CACHE_CHARS / 5);
    for (let i = 0; i < 6; i += 1) await cache.answer(new Loaders(), 'q', PLAN, [i], big(fifth));
    await new Promise((resolve) => setImmediate(resolve));
    expect(cache.stats.chars).toBeLessThanOrEqual(DASHBOARD_CACHE_CHARS);
    expect(cache.stats.entries).toBe(4); // the two oldest went
    let computed = 0;
    await cache.answer(new Loaders(), 'q', PLAN, [0], async () => (computed += 1, 'again'));
    expect(computed).toBe(1);

    await cache.answer(new Loaders(), 'huge', PLAN, [], big(DASHBOARD_CACHE_CHARS / 2));
    await new Promise((resolve) => setImmediate(resolve));
    let again = 0;
    await cache.answer(new Loaders(), 'huge', PLAN, [], async () => (again += 1, 'recomputed'));
    expect(again).toBe(1);
  });
});

describe('keptResultStringifier (Apollo stringifyResult)', () => {
  it("writes a kept response's data from the JSON kept with it, the same text as Apollo's default, and anything else as Apollo does", () => {
    const { cache } = cacheAt({ [PLAN]: '1' });
    const stringify = keptResultStringifier(cache);
    let serialized = 0;
    const data = { planCompletion: { percent: 42.5, nameAz: 'Azərbaycan Respublikasının Baş Prokurorluğu', counted: { toJSON: () => (serialized += 1, 3) } } };
    // Apollo hands its stringifier { errors, data, extensions } in this order, and writes JSON.stringify(result) + '\n' by default.
    type Result = Parameters<typeof stringify>[0];
    const ordered = (r: Result): Result => ({ errors: r.errors, data: r.data, extensions: r.extensions });
    const apollo = (result: Result) => `${JSON.stringify(ordered(result))}\n`;
    const expected = apollo({ data });
    serialized = 0;
    cache.keepResponse('k', data);
    expect(serialized).toBe(1);
    for (let i = 0; i < 3; i += 1) expect(stringify(ordered({ data }))).toBe(expected);
    expect(serialized).toBe(1); // written from the kept JSON, not serialized again
    // an equal object that is not the kept one, a result with errors or extensions: serialized as Apollo does
    const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
    expect(stringify(ordered({ data: copy }))).toBe(apollo({ data: copy }));
    const errors = [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }];
    const withErrors = apollo({ errors, data });
    const before = serialized;
    expect(stringify(ordered({ data, errors }))).toBe(withErrors);
    expect(serialized).toBe(before + 1);
    expect(stringify(ordered({ data, extensions: { x: 1 } }))).toBe(apollo({ data, extensions: { x: 1 } }));
    expect(stringify(ordered({ data: null, errors }))).toBe(apollo({ errors, data: null }));
  });
});
