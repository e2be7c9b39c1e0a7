import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './test-app';

/**
 * Patch inputs: a field left out stays as it is; null clears a field that may be empty and is
 * refused, by name, for one that may not (found by the fuzz suite: null reached the database's
 * NOT NULL and came back as an internal error).
 */
const UPDATE = `mutation($i: UpdateMeasureInput!) { updateMeasure(input: $i) { id version titleAz descriptionEn } }`;
const fields = (res: GraphQLResponse<unknown>) => (res.errors?.[0]?.extensions as { fields?: { field: string }[] } | undefined)?.fields?.map((f) => f.field);

describe('updateMeasure with null fields', () => {
  let app: TestApp;
  let coordinator: string;
  let measure: { id: string; version: number; title_az: string };

  beforeAll(async () => {
    app = await startTestApp();
    coordinator = await app.login('coordinator@demo.local');
    [measure] = await app.sql<{ id: string; version: number; title_az: string }>(`SELECT id, version, title_az FROM measure ORDER BY code LIMIT 1`);
  });
  afterAll(() => app?.close());

  it.each(['sectionId', 'code', 'titleAz', 'titleEn', 'startDate', 'dueDate', 'recurring', 'weight', 'tags'])('refuses %s: null, naming it, and changes nothing', async (name) => {
    const res = await app.gql(UPDATE, { i: { id: measure.id, version: measure.version, [name]: null } }, coordinator);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect([...new Set(fields(res))]).toEqual([name]);
    const [row] = await app.sql<{ version: number; title_az: string }>(`SELECT version, title_az FROM measure WHERE id = $1`, [measure.id]);
    expect(row).toEqual({ version: measure.version, title_az: measure.title_az });
  });

  it('clears a field that may be empty, and leaves out what is not sent', async () => {
    const set = await app.gql<{ updateMeasure: { version: number; descriptionEn: string | null } }>(
      UPDATE,
      { i: { id: measure.id, version: measure.version, descriptionEn: 'Ölkədaxili və transmilli insan alveri' } },
      coordinator,
    );
    expect(set.errors).toBeUndefined();
    const cleared = await app.gql<{ updateMeasure: { version: number; titleAz: string; descriptionEn: string | null } }>(
      UPDATE,
      { i: { id: measure.id, version: set.data!.updateMeasure.version, descriptionEn: null } },
      coordinator,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateMeasure).toMatchObject({ titleAz: measure.title_az, descriptionEn: null });
  });
});
