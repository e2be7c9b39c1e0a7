/** Date arithmetic on ISO dates (YYYY-MM-DD, UTC) for suggesting the next reporting period. */

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** How many calendar months [from, to] spans when it starts on a 1st and ends on a month's last day; else null. */
export function wholeMonths(from: string, to: string): number | null {
  if (!from.endsWith('-01') || addDays(to, 1).slice(8) !== '01') return null;
  const next = addDays(to, 1);
  const months =
    (Number(next.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(next.slice(5, 7)) - Number(from.slice(5, 7));
  return months > 0 ? months : null;
}

/** `2017` for a calendar year, `2017-Q2` for a calendar quarter, `2017-03` for a month, else the start date. */
export function periodLabel(start: string, months: number | null): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  if (months === 12 && month === 1) return year;
  if (months === 3 && (month - 1) % 3 === 0) return `${year}-Q${(month - 1) / 3 + 1}`;
  if (months === 1) return start.slice(0, 7);
  return start;
}
