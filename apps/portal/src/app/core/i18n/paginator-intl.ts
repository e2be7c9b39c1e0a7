import { inject, Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** The paginator's labels ("Items per page", "1 – 25 of 52") in the UI language. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.langChanges$.subscribe(() => {
      // Wait for the language's file, then relabel every paginator.
      this.transloco.selectTranslation().subscribe(() => this.relabel());
    });
  }

  private relabel(): void {
    const t = (key: string) => this.transloco.translate(`paginator.${key}`);
    this.itemsPerPageLabel = t('itemsPerPage');
    this.nextPageLabel = t('next');
    this.previousPageLabel = t('previous');
    this.firstPageLabel = t('first');
    this.lastPageLabel = t('last');
    this.getRangeLabel = (page: number, pageSize: number, length: number) => {
      if (length === 0) return this.transloco.translate('paginator.empty');
      const start = page * pageSize + 1;
      const end = Math.min(length, (page + 1) * pageSize);
      return this.transloco.translate('paginator.range', { start, end, length });
    };
    this.changes.next();
  }
}
