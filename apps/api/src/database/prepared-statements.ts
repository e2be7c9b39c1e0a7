import { createHash } from 'node:crypto';
import { Client } from 'pg';

/**
 * Server-side prepared statements for the hot write path (save, submit, return, accept, the
 * audit insert and the rollup moves).
 *
 * node-postgres sends every parameterised query unnamed, so PostgreSQL parses and plans it on
 * each call. For the deadline rush's statements planning cost more than running them (the
 * compliance move: 0.92 ms to plan, 0.45 ms to run; measured with pg_stat_statements at M).
 * A statement marked with `prepared()` is sent named instead: node-postgres parses it once per
 * connection and only binds it afterwards, and PostgreSQL reuses its plan (after five custom
 * plans, a generic one when it costs no more: `plan_cache_mode = auto`), as pgjdbc does by default.
 *
 * Marked texts are finite: each is a statement shape written in this code base, never a text
 * holding data, so a connection prepares a few dozen statements at most. The name is a hash of
 * the text, so two texts never share a name. Off for the embedded database, where every pooled
 * connection shares one backend and a name prepared by one would collide with another's.
 */
const MARK = '/* prepared */ ';

/** The statement, marked to be prepared once per server connection. */
export function prepared(sql: string): string {
  return sql.startsWith(MARK) ? sql : MARK + sql;
}

const names = new Map<string, string>();
const MAX_NAMES = 512;

/** A stable name for a marked text (cached: the texts are a small fixed set). */
export function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `nap_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size < MAX_NAMES) names.set(text, name);
  }
  return name;
}

/** A pg client that sends marked statements as named (prepared) statements. */
export class PreparingClient extends Client {
  // pg's query() has a dozen overloads; this passes every call through unchanged but a marked text.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const named = typeof config === 'string' && config.startsWith(MARK) ? { name: statementName(config), text: config } : config;
    return super.query(named as never, values, callback);
  }
}
