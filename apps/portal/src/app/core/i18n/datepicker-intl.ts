import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';

/** The datepicker's button and calendar labels ("Open calendar", "Next month") in the UI language. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.langChanges$
      .pipe(
        switchMap(() => this.transloco.selectTranslation()),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.relabel());
  }

  private relabel(): void {
    const t = (key: string) => this.transloco.translate(`datepicker.${key}`);
    this.calendarLabel = t('calendar');
    this.openCalendarLabel = t('open');
    this.closeCalendarLabel = t('close');
    this.prevMonthLabel = t('prevMonth');
    this.nextMonthLabel = t('nextMonth');
    this.prevYearLabel = t('prevYear');
    this.nextYearLabel = t('nextYear');
    this.prevMultiYearLabel = t('prevYears');
    this.nextMultiYearLabel = t('nextYears');
    this.switchToMonthViewLabel = t('chooseDate');
    this.switchToMultiYearViewLabel = t('chooseMonthYear');
    this.changes.next();
  }
}
