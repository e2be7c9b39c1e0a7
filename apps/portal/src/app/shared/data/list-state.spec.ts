import { signal } from '@angular/core';
import { compareValues, createListState } from './list-state';

describe('createListState', () => {
  const items = signal([
    { code: '2.10', name: 'Çağırış', late: true },
    { code: '2.9', name: 'Alfa', late: false },
    { code: '1.1', name: 'Şura', late: true },
  ]);

  it('filters, sorts with numeric-aware codes and pages', () => {
    const list = createListState({
      items,
      initialFilter: { late: null as boolean | null },
      matches: (item, f) => f.late === null || item.late === f.late,
      sortValue: (item, column) => (column === 'code' ? item.code : item.name),
      pageSize: 2,
    });
    list.onSort({ active: 'code', direction: 'asc' });
    expect(list.page().map((i) => i.code)).toEqual(['1.1', '2.9']);
    list.onPage({ pageIndex: 1, pageSize: 2, length: 3 });
    expect(list.page().map((i) => i.code)).toEqual(['2.10']);
    list.setFilter({ late: true });
    expect(list.pageIndex()).toBe(0);
    expect(list.total()).toBe(2);
    expect(list.filterActive()).toBe(true);
    list.resetFilter();
    expect(list.total()).toBe(3);
  });

  it('puts missing values last', () => {
    expect(compareValues(null, 1)).toBeGreaterThan(0);
    expect(compareValues(2, 10)).toBeLessThan(0);
    expect(compareValues('2.9', '2.10')).toBeLessThan(0);
  });
});
