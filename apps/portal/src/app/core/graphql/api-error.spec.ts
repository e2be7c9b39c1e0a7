import { HttpErrorResponse } from '@angular/common/http';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiError } from './api-error';

describe('ApiError', () => {
  it('reads extensions.code and fields from GraphQL errors', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'percentComplete', message: 'must be ≤ 100' }] },
        },
      ],
    });
    const apiError = ApiError.from(error);
    expect(apiError.code).toBe('BAD_USER_INPUT');
    expect(apiError.translationKey).toBe('errors.BAD_USER_INPUT');
    expect(apiError.fieldMessage('percentComplete')).toBe('must be ≤ 100');
  });

  it('maps unknown codes to UNKNOWN and keeps the reference of internal errors', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'WEIRD' } }] });
    expect(ApiError.from(error).code).toBe('UNKNOWN');
    const internal = new CombinedGraphQLErrors({
      errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: 'abc' } }],
    });
    expect(ApiError.from(internal).errorId).toBe('abc');
  });

  it('understands the /files endpoints and lost connections', () => {
    const conflict = new HttpErrorResponse({
      status: 409,
      error: { message: 'stale', extensions: { code: 'INVALID_STATE' } },
    });
    expect(ApiError.from(conflict).code).toBe('INVALID_STATE');
    expect(ApiError.from(new HttpErrorResponse({ status: 0 })).code).toBe('NETWORK');
    expect(ApiError.from(new HttpErrorResponse({ status: 401 })).code).toBe('UNAUTHENTICATED');
  });
});
