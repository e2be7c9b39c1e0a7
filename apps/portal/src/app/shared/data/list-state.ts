import { computed, signal, type Signal } from '@angular/core';
import type { Sort } from '@angular/material/sort';
import type { PageEvent } from '@angular/material/paginator';

export type SortValue = string | number | boolean | null | undefined;

export interface ListOptions<T, F> {
  items: Signal<readonly T[]>;
  initialFilter: F;
  matches: (item: T, filter: F) => boolean;
  sortValue: (item: T, column: string) => SortValue;
  initialSort?: Sort;
  pageSize?: number;
}

const collator = new Intl.Collator(['az', 'en'], { numeric: true, sensitivity: 'base' });

/**
 * Client-side filtering, sorting and paging of a loaded list as signals, driven by
 * MatSort/MatPaginator events. Changing a filter returns to the first page.
 */
export function createListState<T, F extends object>(options: ListOptions<T, F>) {
  const filter = signal<F>(options.initialFilter);
  const sort = signal<Sort>(options.initialSort ?? { active: '', direction: '' });
  const pageIndex = signal(0);
  const pageSize = signal(options.pageSize ?? 25);

  const filtered = computed(() => options.items().filter((item) => options.matches(item, filter())));
  const sorted = computed(() => {
    const { active, direction } = sort();
    const rows = [...filtered()];
    if (!active || !direction) return rows;
    const sign = direction === 'asc' ? 1 : -1;
    return rows.sort((a, b) => sign * compareValues(options.sortValue(a, active), options.sortValue(b, active)));
  });
  const page = computed(() => {
    const start = pageIndex() * pageSize();
    return sorted().slice(start, start + pageSize());
  });
  const filterActive = computed(() => JSON.stringify(filter()) !== JSON.stringify(options.initialFilter));

  return {
    filter: filter.asReadonly(),
    sort: sort.asReadonly(),
    pageIndex: pageIndex.asReadonly(),
    pageSize: pageSize.asReadonly(),
    filtered,
    page,
    total: computed(() => filtered().length),
    filterActive,
    setFilter(patch: Partial<F>): void {
      filter.update((f) => ({ ...f, ...patch }));
      pageIndex.set(0);
    },
    resetFilter(): void {
      filter.set(options.initialFilter);
      pageIndex.set(0);
    },
    onSort(event: Sort): void {
      sort.set(event);
      pageIndex.set(0);
    },
    onPage(event: PageEvent): void {
      pageIndex.set(event.pageIndex);
      pageSize.set(event.pageSize);
    },
  };
}

export type ListState<T, F extends object> = ReturnType<typeof createListState<T, F>>;

/** Nulls last; numbers numerically; text in Azerbaijani-aware, numeric-aware order ("2.10" after "2.9"). */
export function compareValues(a: SortValue, b: SortValue): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}
