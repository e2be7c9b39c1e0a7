/** A small GraphQL-over-HTTP client for the bench (loopback only). */
export interface GqlResult<T> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  sqlStatements: number | null;
  ms: number;
}

export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') throw new Error(`the bench talks to 127.0.0.1 only (got ${host})`);
}

export async function gql<T = Record<string, unknown>>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token: string | null = null): Promise<GqlResult<T>> {
  assertLoopback(baseUrl);
  const started = performance.now();
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  let body: { data?: T; errors?: GqlResult<T>['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { errors: [{ message: `non-JSON response (${res.status}): ${text.slice(0, 200)}` }] };
  }
  const header = res.headers.get('x-sql-statements');
  return { status: res.status, data: body.data ?? null, errors: body.errors, sqlStatements: header === null ? null : Number(header), ms };
}

/** Signs in; retries a few times when the API rate-limits sign-ins. */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const res = await gql<{ login: { accessToken: string } }>(
      baseUrl,
      'mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: email, p: password },
    );
    if (res.data?.login) return res.data.login.accessToken;
    const code = res.errors?.[0]?.extensions?.code;
    if (res.status === 429 || code === 'TOO_MANY_REQUESTS' || code === 'RATE_LIMITED') {
      await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
      continue;
    }
    throw new Error(`login ${email} failed: ${JSON.stringify(res.errors ?? res.status)}`);
  }
  throw new Error(`login ${email}: rate-limited five times`);
}

/** True when the schema lacks a field the document asks for (the feature has not landed). */
export function notInSchema(res: GqlResult<unknown>): boolean {
  return (res.errors ?? []).some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /Cannot query field|Unknown type|Unknown argument/.test(e.message));
}
