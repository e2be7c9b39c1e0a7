import { GraphQLError } from 'graphql';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { formatGraphQLError } from './format-error';
import { badUserInput, conflict } from './errors';

describe('formatGraphQLError', () => {
  it('passes coded errors through without stack traces', () => {
    const err = conflict('stale');
    const out = formatGraphQLError({ message: 'stale', extensions: { code: 'CONFLICT', stacktrace: ['at x'] } }, err);
    expect(out).toEqual({ message: 'stale', extensions: { code: 'CONFLICT' } });
    const input = badUserInput([{ field: 'percentComplete', message: 'must not be greater than 100' }]);
    expect(formatGraphQLError({ message: input.message, extensions: input.extensions }, input).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'percentComplete', message: 'must not be greater than 100' }],
    });
  });

  it('masks unexpected errors with a reference id, never SQL', () => {
    const raw = new Error('duplicate key value violates unique constraint "uq_measure_code" INSERT INTO measure ...');
    const out = formatGraphQLError({ message: raw.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(raw.message, { originalError: raw }));
    expect(out.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).toMatch(/^Internal error \(reference [0-9a-f-]{36}\)\.$/);
    expect(JSON.stringify(out)).not.toMatch(/INSERT|constraint/);
  });

  it('reports a lost database as SERVICE_UNAVAILABLE', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const out = formatGraphQLError({ message: refused.message }, new GraphQLError(refused.message, { originalError: refused }));
    expect(out.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
  });

  it('reports a transaction whose connection died mid-way (TypeORM released its runner) as SERVICE_UNAVAILABLE', () => {
    for (const error of [new QueryRunnerAlreadyReleasedError(), new QueryRunnerProviderAlreadyReleasedError()]) {
      const out = formatGraphQLError({ message: error.message }, new GraphQLError(error.message, { originalError: error }));
      expect(out.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    }
  });

  it('turns values the database refused into BAD_USER_INPUT', () => {
    const invalid = Object.assign(new Error('invalid input syntax for type uuid: "abc"'), { code: '22P02' });
    const out = formatGraphQLError({ message: invalid.message }, new GraphQLError(invalid.message, { originalError: invalid }));
    expect(out.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(out.message).not.toContain('uuid');
  });
});
