export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const HIDDEN = new Set(['passwordHash', 'refreshTokenHash', 'tokenHash']);

/** The fields an audit event changed (or set, or removed), as text for a small table. */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !HIDDEN.has(f)).sort();
  return fields
    .map((field) => ({ field, before: show(a[field]), after: show(b[field]) }))
    .filter((change) => change.before !== change.after);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
