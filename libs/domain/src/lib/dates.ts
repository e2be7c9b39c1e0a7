/**
 * Calendar dates travel as `YYYY-MM-DD` strings (a plan's dates have no time or zone).
 * These helpers read them as UTC midnights so that day arithmetic never depends on the
 * server's time zone or daylight-saving changes.
 */

export const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects `2016-02-30`). */
export function isIsoDate(value: string): boolean {
  return toUtcMs(value) !== null;
}

/** Milliseconds of UTC midnight starting `value`; throws RangeError on anything else. */
export function parseIsoDate(value: string): number {
  const ms = toUtcMs(value);
  if (ms === null) {
    throw new RangeError(`Expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return ms;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to) - parseIsoDate(from)) / MS_PER_DAY);
}

function toUtcMs(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC silently rolls 2016-02-30 over to March; a round trip catches it.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return ms;
}
