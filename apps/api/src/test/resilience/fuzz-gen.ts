/**
 * A deterministic generator of malformed GraphQL variables, driven by the schema's introspection:
 * for each mutation it builds a plausible input (real ids of the database, valid enums and
 * dates) and then breaks it in one to three places: wrong types, huge strings, NaN and Infinity,
 * negative and huge numbers, invalid enums and dates, odd Unicode, deep nesting, missing and
 * extra fields, SQL-injection and script payloads.
 */

// ---- seeded randomness ---------------------------------------------------------------

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

// ---- the schema, as introspection gives it -------------------------------------------

export interface TypeRef {
  kind: 'NON_NULL' | 'LIST' | 'SCALAR' | 'ENUM' | 'INPUT_OBJECT' | 'OBJECT' | 'INTERFACE' | 'UNION';
  name: string | null;
  ofType: TypeRef | null;
}

export interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}

export interface FullType {
  kind: string;
  name: string;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

// Three levels of ofType cover every type of the schema ([String!]! is NON_NULL > LIST > NON_NULL > SCALAR);
// the introspection is split into three small queries so that it stays within the API's depth and cost limits.
const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECTION_QUERIES = [
  `{ __schema { mutationType { name } types { kind name enumValues { name } } } }`,
  `{ __schema { types { name inputFields { name defaultValue type { ${TYPE_REF} } } } } }`,
  `{ __schema { types { name fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } } } } }`,
];

type Introspection = { __schema: { mutationType: { name: string } | null; types: FullType[] } };

/** The schema as introspection gives it, over HTTP with the given token. */
export async function introspect(run: (query: string) => Promise<{ data: unknown; errors?: unknown }>): Promise<Schema> {
  const parts: Introspection[] = [];
  for (const query of INTROSPECTION_QUERIES) {
    const res = await run(query);
    if (!res.data) throw new Error(`introspection failed: ${JSON.stringify(res.errors)}`);
    parts.push(res.data as Introspection);
  }
  const types = parts[0].__schema.types.map((t, i) => ({
    ...t,
    inputFields: parts[1].__schema.types[i].inputFields,
    fields: parts[2].__schema.types[i].fields,
  }));
  return new Schema({ __schema: { mutationType: parts[0].__schema.mutationType, types } });
}

export function typeToString(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeToString(t.ofType as TypeRef)}!`;
  if (t.kind === 'LIST') return `[${typeToString(t.ofType as TypeRef)}]`;
  return t.name as string;
}

export function namedType(t: TypeRef): TypeRef {
  let cur = t;
  while (cur.ofType) cur = cur.ofType;
  return cur;
}

export class Schema {
  readonly types = new Map<string, FullType>();
  readonly mutations: { name: string; args: InputValue[]; type: TypeRef }[];
  constructor(introspection: { __schema: { mutationType: { name: string } | null; types: FullType[] } }) {
    for (const t of introspection.__schema.types) this.types.set(t.name, t);
    const mutationType = introspection.__schema.mutationType ? this.types.get(introspection.__schema.mutationType.name) : undefined;
    this.mutations = mutationType?.fields ?? [];
  }
  /** `{ __typename id }` when the result has an id (to attribute accepted writes), else `{ __typename }`. */
  selection(t: TypeRef): string {
    const named = this.types.get(namedType(t).name as string);
    if (!named || (named.kind !== 'OBJECT' && named.kind !== 'INTERFACE')) return '';
    const hasId = named.fields?.some((f) => f.name === 'id' && namedType(f.type).kind === 'SCALAR');
    return hasId ? '{ __typename id }' : '{ __typename }';
  }
  document(mutation: { name: string; args: InputValue[]; type: TypeRef }): string {
    const defs = mutation.args.map((a) => `$${a.name}: ${typeToString(a.type)}`).join(', ');
    const call = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    return `mutation Fuzz${defs ? `(${defs})` : ''} { ${mutation.name}${call ? `(${call})` : ''} ${this.selection(mutation.type)} }`;
  }
}

// ---- values ---------------------------------------------------------------------------

/** JSON text written into the body as is: nesting too deep for JSON.stringify's replacer, or numbers JSON cannot carry. */
export class RawJson {
  constructor(
    readonly token: string,
    readonly label = token,
  ) {}
}

/** 1e999 parses to Infinity on the server, -1e999 to -Infinity. */
export class RawNumber extends RawJson {}

export const MB_STRING = 'x'.repeat(1_000_000);
export const MIB_PLUS_STRING = 'y'.repeat(1024 * 1024 + 16);

export const EVIL_STRINGS: readonly string[] = [
  '',
  ' ',
  ' \t\n ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x1F',
  '１２３',
  "'; DROP TABLE measure; --",
  "' OR '1'='1",
  '1); SELECT pg_sleep(10); --',
  "\\'; DELETE FROM app_user; --",
  '$$; DROP TABLE organization; $$',
  "%' AND 1=1 --",
  "admin'--",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '\u200F\u202Eevil\u202C',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '👩‍⚖️🇦🇿',
  'e\u0301\u0301\u0301',
  'Z̷̡̧̛̖̗̘̙̜̝̞̟̠̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼',
  'ƏəĞğİıÖöŞşÜüÇç',
  'İSTANBUL ıi',
  '\uFEFF',
  '\u2028\u2029',
  '\r\n',
  'A'.repeat(10_000),
  'ə'.repeat(301),
  '🏳️‍🌈'.repeat(1000),
  '__proto__',
  'constructor',
  '{"$gt": ""}',
  '../../etc/passwd',
  'C:\\con\\nul',
  '2016-02-30',
  '2016-13-01',
  '2016-00-10',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2016-2-3',
  '16-02-03',
  '2016-02-29T25:00:00Z',
  'yesterday',
  '2015-02-29',
  '1970-01-01T00:00:00.000Z',
  '2016/02/03',
  '20160203',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  '1',
  '-1',
];

export const EVIL_NUMBERS: readonly (number | RawNumber)[] = [
  -1,
  -0.0001,
  0,
  101,
  1e308,
  -1e308,
  2147483648,
  -2147483649,
  new RawNumber('9007199254740993'),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  0.1 + 0.2,
  1e21,
  new RawNumber('1e999'),
  new RawNumber('-1e999'),
];

export const WRONG_TYPES: readonly unknown[] = [true, false, null, {}, [], [1, 2], { a: 1 }, 'text', 42, 4.2, [[['x']]], { __proto__: { polluted: true } }, { constructor: { prototype: { x: 1 } } }];

export const INVALID_ENUMS: readonly unknown[] = ['INVALID', 'draft', '', 'LEAD ', 'ADMIN; DROP TABLE x', 0, true];

function deep(depth: number, kind: 'object' | 'array'): RawJson {
  const text = kind === 'object' ? `${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}` : `${'['.repeat(depth)}"bottom"${']'.repeat(depth)}`;
  return new RawJson(text, `${kind} nested ${depth} deep`);
}

/** Ids of the database, per kind, that make a generated input plausible. */
export interface IdPools {
  [kind: string]: string[];
}

export interface Case {
  index: number;
  mutation: string;
  query: string;
  variables: Record<string, unknown>;
  /** What was broken, for the report. */
  breaks: string[];
  /** The serialized body (raw numbers inlined). */
  body: string;
  role: string;
}

/** Which id pool an ID field draws from, by its name and the mutation's. */
export function idKind(field: string, mutation: string, parentType: string): string {
  const byName: Record<string, string> = {
    measureId: 'measure',
    periodId: 'period',
    organizationId: 'organization',
    planId: 'plan',
    sectionId: 'section',
    indicatorId: 'indicator',
    reportId: 'report',
    userId: 'user',
  };
  if (byName[field]) return byName[field];
  if (field === 'parentId') return /Section/.test(parentType) ? 'section' : 'organization';
  const entities: [RegExp, string][] = [
    [/Report/, 'report'],
    [/Evidence/, 'evidence'],
    [/Period/, 'sacrificialPeriod'],
    [/Measure/, 'measure'],
    [/User|Session|Deactivat|Activat/, 'user'],
    [/Organi[sz]ation/, 'organization'],
    [/Indicator/, 'indicator'],
    [/Section/, 'section'],
    [/Plan/, 'plan'],
  ];
  for (const [re, kind] of entities) if (re.test(mutation)) return kind;
  return 'any';
}

export class FuzzGenerator {
  private readonly rng: Rng;
  private serial = 0;
  constructor(
    private readonly schema: Schema,
    private readonly ids: IdPools,
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  private id(kind: string): string {
    const pool = this.ids[kind]?.length ? this.ids[kind] : Object.values(this.ids).flat();
    return this.rng.pick(pool);
  }

  /** A valid-looking value of a named scalar, chosen by the field's name. */
  private scalar(typeName: string, field: string, mutation: string, parentType: string): unknown {
    const n = ++this.serial;
    const f = field.toLowerCase();
    switch (typeName) {
      case 'ID':
        return this.id(idKind(field, mutation, parentType));
      case 'Int':
        return f === 'version' ? this.rng.pick([1, 1, 2, 3]) : this.rng.int(10) + 1;
      case 'Float':
        if (f.includes('percent')) return this.rng.int(101);
        if (f === 'weight') return 1;
        return this.rng.int(1000);
      case 'Boolean':
        return this.rng.chance(0.5);
      case 'DateTime':
        return '2016-06-01T00:00:00.000Z';
      case 'JSON':
        return { note: 'fuzz' };
      case 'String':
        break;
      default:
        return `fuzz-${n}`;
    }
    if (f.includes('email')) return `fuzz.${n}@example.org`;
    if (f.includes('password')) return `Correct-Horse-${n}-Battery`;
    if (f.endsWith('date') || f === 'approvedon' || f === 'overdueon' || f === 'from' || f === 'to') {
      return f.includes('start') ? '2016-01-01' : f.includes('due') ? '2017-01-20' : '2016-12-31';
    }
    if (f.includes('currency')) return 'AZN';
    if (f === 'url') return 'https://example.org/evidence.pdf';
    if (f === 'code' || f === 'acronym') return `FZ${n}`;
    if (f === 'label') return `FZ-${n}`;
    if (f === 'options') return 'sex:female';
    return this.rng.pick(['Fuzz mətn', 'Ölçülə bilən nəticə', 'A plain sentence.', `text ${n}`]);
  }

  /** A valid-looking value of type `t`. */
  valid(t: TypeRef, field: string, mutation: string, parentType: string, depth = 0): unknown {
    if (t.kind === 'NON_NULL') return this.valid(t.ofType as TypeRef, field, mutation, parentType, depth);
    if (t.kind === 'LIST') {
      const n = depth > 3 ? 0 : this.rng.int(3);
      return Array.from({ length: n }, () => this.valid(t.ofType as TypeRef, field, mutation, parentType, depth + 1));
    }
    if (t.kind === 'ENUM') return this.rng.pick(this.schema.types.get(t.name as string)?.enumValues ?? [{ name: 'X' }]).name;
    if (t.kind === 'INPUT_OBJECT') {
      const type = this.schema.types.get(t.name as string) as FullType;
      const out: Record<string, unknown> = {};
      for (const f of type.inputFields ?? []) {
        const required = f.type.kind === 'NON_NULL' && f.defaultValue === null;
        if (required || (depth < 3 && this.rng.chance(0.5))) out[f.name] = this.valid(f.type, f.name, mutation, type.name, depth + 1);
      }
      return out;
    }
    return this.scalar(t.name as string, field, mutation, parentType);
  }

  /** A malformed replacement for a value of type `t`. */
  private broken(t: TypeRef): { value: unknown; what: string } {
    const named = namedType(t);
    const r = this.rng.float();
    if (r < 0.012) return { value: MB_STRING, what: '1 MB string' };
    if (r < 0.015) return { value: MIB_PLUS_STRING, what: 'string over the 1 MiB body limit' };
    if (r < 0.05) {
      const depth = this.rng.pick([20, 200, 1000, 3000]);
      const kind = this.rng.chance(0.5) ? 'object' : 'array';
      return { value: deep(depth, kind), what: `${kind} nested ${depth} deep` };
    }
    if (r < 0.07) return { value: Array.from({ length: 5000 }, () => 'x'), what: 'array of 5000 strings' };
    if (r < 0.2) {
      const v = this.rng.pick(WRONG_TYPES);
      return { value: v, what: `wrong type ${JSON.stringify(v)}` };
    }
    if (named.kind === 'ENUM' && r < 0.45) {
      const v = this.rng.pick(INVALID_ENUMS);
      return { value: v, what: `invalid enum ${JSON.stringify(v)}` };
    }
    if ((named.name === 'Int' || named.name === 'Float') && r < 0.7) {
      const v = this.rng.pick(EVIL_NUMBERS);
      return { value: v, what: `number ${v instanceof RawNumber ? v.token : String(v)}` };
    }
    if (r < 0.75) {
      const v = this.rng.pick(EVIL_NUMBERS);
      return { value: v, what: `number ${v instanceof RawNumber ? v.token : String(v)}` };
    }
    const s = this.rng.pick(EVIL_STRINGS);
    return { value: s, what: `string ${JSON.stringify(s.length > 40 ? `${s.slice(0, 20)}…(${s.length})` : s)}` };
  }

  /** Breaks the value at a random place of the tree; returns what it did. */
  private breakSomewhere(variables: Record<string, unknown>, args: InputValue[]): string {
    // Walk down a random path of (container, key, type).
    interface Spot {
      container: Record<string, unknown> | unknown[];
      key: string | number;
      type: TypeRef | null;
      fields: InputValue[] | null;
      path: string;
    }
    const spots: Spot[] = [];
    const visit = (container: Record<string, unknown> | unknown[], key: string | number, type: TypeRef | null, path: string) => {
      spots.push({ container, key, type, fields: null, path });
      const value = (container as Record<string | number, unknown>)[key];
      if (!type || value === null || typeof value !== 'object' || value instanceof RawJson) return;
      let t = type;
      if (t.kind === 'NON_NULL') t = t.ofType as TypeRef;
      if (t.kind === 'LIST' && Array.isArray(value)) {
        value.forEach((_, i) => visit(value, i, t.ofType, `${path}[${i}]`));
      } else if (t.kind === 'INPUT_OBJECT' && !Array.isArray(value)) {
        const def = this.schema.types.get(t.name as string) as FullType;
        spots[spots.length - 1].fields = def.inputFields;
        for (const f of def.inputFields ?? []) {
          if (f.name in (value as Record<string, unknown>)) visit(value as Record<string, unknown>, f.name, f.type, `${path}.${f.name}`);
        }
      }
    };
    for (const a of args) if (a.name in variables) visit(variables, a.name, a.type, `$${a.name}`);
    if (spots.length === 0) {
      variables['unexpected'] = this.rng.pick(EVIL_STRINGS);
      return 'extra variable';
    }
    const spot = this.rng.pick(spots);
    const op = this.rng.float();
    const holder = spot.container as Record<string | number, unknown>;
    if (op < 0.12 && !Array.isArray(spot.container)) {
      delete holder[spot.key];
      return `${spot.path} missing`;
    }
    if (op < 0.2 && spot.fields) {
      const obj = holder[spot.key] as Record<string, unknown>;
      const extra = this.rng.pick(['extra', '__proto__', 'constructor', 'id', 'status', 'role', 'version', 'organizationId']);
      obj[extra] = this.rng.pick([...EVIL_STRINGS.slice(10, 20), 'ADMIN', 'ACCEPTED', 1]);
      return `${spot.path}.${extra} extra field`;
    }
    if (op < 0.26) {
      holder[spot.key] = null;
      return `${spot.path} null`;
    }
    const b = this.broken(spot.type ?? ({ kind: 'SCALAR', name: 'String', ofType: null } as TypeRef));
    holder[spot.key] = b.value;
    return `${spot.path}: ${b.what}`;
  }

  next(index: number, mutationIndex: number, role: string): Case {
    const m = this.schema.mutations[mutationIndex];
    const variables: Record<string, unknown> = {};
    for (const a of m.args) {
      const required = a.type.kind === 'NON_NULL';
      if (required || this.rng.chance(0.6)) variables[a.name] = this.valid(a.type, a.name, m.name, m.name);
    }
    const breaks: string[] = [];
    const times = 1 + (this.rng.chance(0.3) ? 1 : 0) + (this.rng.chance(0.1) ? 1 : 0);
    for (let i = 0; i < times; i++) breaks.push(this.breakSomewhere(variables, m.args));
    const query = this.schema.document(m);
    return { index, mutation: m.name, query, variables, breaks, body: serialize({ query, variables }), role };
  }
}

/** JSON, with RawNumber values written as their bare token (so 1e999 arrives as Infinity). */
export function serialize(value: unknown): string {
  const tokens: string[] = [];
  const json = JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof RawJson) {
      tokens.push(v.token);
      return `\u0001RAW${tokens.length - 1}\u0001`;
    }
    return v;
  });
  // JSON.stringify escapes U+0001 as \u0001 inside strings.
  return json.replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i: string) => tokens[Number(i)]);
}

/** A short, exact description of a case for a bug report (long strings elided with their length). */
export function describeCase(c: Case): string {
  const short = JSON.stringify(c.variables, (_k, v: unknown) => {
    if (v instanceof RawJson) return `<raw ${v.label}>`;
    if (typeof v === 'string' && v.length > 80) return `<${v.length} × ${JSON.stringify(v.slice(0, 2))}…>`;
    return v;
  });
  return `${c.mutation} as ${c.role}: ${c.breaks.join('; ')} — variables ${short.length > 600 ? `${short.slice(0, 600)}…` : short}`;
}
