import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, FormRecord } from '@angular/forms';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { signal } from '@angular/core';
import { LanguageService } from '../../core/i18n/language.service';
import { languageByCode } from '../../core/i18n/languages';
import { registerPortalLocales } from '../../core/i18n/locale-data';
import type { IndicatorDetail } from '../../shared/reporting/report-types';
import { IndicatorGridComponent, type IndicatorGroup } from './indicator-grid.component';

const indicator: IndicatorDetail = {
  id: 'i1',
  code: 'VICTIMS',
  nameAz: 'Qurbanlar',
  nameEn: 'Victims',
  unit: 'COUNT',
  currency: null,
  combineRule: 'SUM',
  baseline: null,
  target: 60,
  dimensions: [{ code: 'sex', options: ['female', 'male'] }],
};

function group(): IndicatorGroup {
  const cells = new FormRecord<FormControl<number | null>>({
    'sex:female': new FormControl<number | null>(null),
    'sex:male': new FormControl<number | null>(null),
  });
  return new FormGroup({
    indicatorId: new FormControl('i1', { nonNullable: true }),
    value: new FormControl<number | null>(null),
    cells,
    crossCells: new FormControl<{ options: string[]; value: number }[]>([], { nonNullable: true }),
  });
}

describe('IndicatorGridComponent', () => {
  beforeAll(() => registerPortalLocales());

  beforeEach(async () => {
    const code = signal('az');
    await TestBed.configureTestingModule({
      imports: [
        IndicatorGridComponent,
        TranslocoTestingModule.forRoot({
          langs: { az: { reportForm: { sum: 'Cəm', sumMismatch: 'Hissələrin cəmi ümumi rəqəmə bərabər deyil.' } } },
          translocoConfig: { availableLangs: ['az'], defaultLang: 'az' },
        }),
      ],
      providers: [
        {
          provide: LanguageService,
          useValue: { code, language: () => languageByCode(code()), pick: (az: string) => az },
        },
      ],
    }).compileComponents();
  });

  it('shows the sum of a dimension as the cells are typed and flags a mismatch with the total', async () => {
    const fixture = TestBed.createComponent(IndicatorGridComponent);
    const form = group();
    fixture.componentRef.setInput('indicator', indicator);
    fixture.componentRef.setInput('group', form);
    fixture.detectChanges();
    await fixture.whenStable();
    const sum = () => (fixture.nativeElement as HTMLElement).querySelector('[data-testid="sum-sex"]') as HTMLElement;

    form.controls.value.setValue(70);
    form.controls.cells.controls['sex:female'].setValue(69);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(sum().textContent).toContain('69');
    expect(sum().classList).not.toContain('grid__sum--bad');

    form.controls.cells.controls['sex:male'].setValue(2);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(sum().textContent).toContain('71');
    expect(sum().textContent).toContain('bərabər deyil');

    form.controls.cells.controls['sex:male'].setValue(1);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(sum().textContent).toContain('70');
    expect(sum().textContent).toContain('✓');
  });
});
