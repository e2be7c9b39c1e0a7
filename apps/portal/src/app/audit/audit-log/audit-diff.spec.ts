import { auditChanges } from './audit-diff';

describe('auditChanges', () => {
  it('lists changed, added and removed fields and hides secrets', () => {
    expect(
      auditChanges(
        { status: 'SUBMITTED', version: 2, same: 1, passwordHash: 'x', gone: true },
        { status: 'ACCEPTED', version: 3, same: 1, passwordHash: 'y', comment: null, tags: ['a'] },
      ),
    ).toEqual([
      { field: 'comment', before: '', after: '—' },
      { field: 'gone', before: 'true', after: '' },
      { field: 'status', before: 'SUBMITTED', after: 'ACCEPTED' },
      { field: 'tags', before: '', after: '["a"]' },
      { field: 'version', before: '2', after: '3' },
    ]);
  });

  it('copes with events without snapshots', () => {
    expect(auditChanges(null, undefined)).toEqual([]);
  });
});
