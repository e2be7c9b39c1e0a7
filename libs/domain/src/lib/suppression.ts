/**
 * Small-count suppression for disaggregated cells in shared or public outputs (DOMAIN.md
 * "Privacy"): "1 foreign victim" can identify a person.
 *
 * 1. Primary: a cell of 1..threshold is hidden. 0 is shown: "nobody" identifies no one.
 * 2. Complementary: a group's cells usually add up to its total, so if exactly one cell is
 *    hidden a reader gets it back as total − visible cells (70 − 69 = 1). We then also hide
 *    the smallest other non-zero cell (hiding the least information); if every other cell is
 *    0, a zero one — a visible 0 would still give the value away (2 − 0 = 2). With two or
 *    more cells hidden, the reader learns only their sum. This is done even when the group's
 *    total is null, since the same total is usually shown elsewhere (the indicator's value,
 *    another dimension's group).
 *
 * Limits, left to the caller: totals are never hidden (they are the indicator's headline
 * figure, not a disaggregated cell), and groups are protected one by one — publishing a
 * cross table together with its margins needs the margins and rows passed as groups too.
 */

export interface SuppressionCellInput {
  key: string;
  value: number | null;
}

export interface SuppressionGroupInput {
  total: number | null;
  cells: readonly SuppressionCellInput[];
}

export interface SuppressedCell {
  key: string;
  /** null when suppressed (the number never leaves the server) or unknown. */
  value: number | null;
  suppressed: boolean;
}

export interface SuppressedGroup {
  total: number | null;
  cells: SuppressedCell[];
}

/** Counts from 1 up to this are suppressed unless configured otherwise. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 4;

export function suppressSmallCounts(
  groups: readonly SuppressionGroupInput[],
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): SuppressedGroup[] {
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw new RangeError(`Suppression threshold must be a number ≥ 0, got ${threshold}`);
  }
  return groups.map((group) => suppressGroup(group, threshold));
}

/** Whether a single value falls under primary suppression. */
export function isSmallCount(value: number | null, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): boolean {
  return value !== null && value > 0 && value <= threshold;
}

function suppressGroup(group: SuppressionGroupInput, threshold: number): SuppressedGroup {
  const hidden = group.cells.map((cell) => isSmallCount(cell.value, threshold));

  if (hidden.filter(Boolean).length === 1) {
    const complement = pickComplement(group.cells, hidden);
    if (complement !== null) hidden[complement] = true;
  }

  return {
    total: group.total,
    cells: group.cells.map((cell, index) => ({
      key: cell.key,
      value: hidden[index] ? null : cell.value,
      suppressed: hidden[index],
    })),
  };
}

/** Index of the smallest visible non-zero cell (first on ties), else of the first visible 0; null if none. */
function pickComplement(cells: readonly SuppressionCellInput[], hidden: readonly boolean[]): number | null {
  let best: number | null = null;
  let firstZero: number | null = null;
  cells.forEach(({ value }, index) => {
    if (hidden[index] || value === null) return; // an unknown cell reveals nothing
    if (value === 0) {
      firstZero ??= index;
    } else if (best === null || value < (cells[best].value as number)) {
      best = index;
    }
  });
  return best ?? firstZero;
}
