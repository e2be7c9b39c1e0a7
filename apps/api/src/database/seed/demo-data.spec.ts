import {
  AssignmentRole,
  CombineRule,
  ImplementationStatus,
  IndicatorUnit,
  OrganizationType,
} from '@nap/domain';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_PERIODS,
  DEMO_PLAN,
  DEMO_REPORTS,
  type DemoIndicator,
  type DemoIndicatorValue,
  type DemoMeasure,
  type DemoReport,
} from './demo-data';

const measures: DemoMeasure[] = DEMO_PLAN.sections.flatMap((s) => s.measures);
const indicators: DemoIndicator[] = measures.flatMap((m) => m.indicators);
const orgCodes = new Set(DEMO_ORGANIZATIONS.map((o) => o.code));

interface Assignment {
  measureCode: string;
  organizationCode: string;
  role: AssignmentRole;
}
const assignments: Assignment[] = measures.flatMap((m) => [
  { measureCode: m.code, organizationCode: m.lead, role: AssignmentRole.LEAD },
  ...m.partners.map((p) => ({
    measureCode: m.code,
    organizationCode: p,
    role: AssignmentRole.PARTNER,
  })),
]);

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

function measure(code: string): DemoMeasure {
  const m = measures.find((x) => x.code === code);
  if (!m) throw new Error(`no measure ${code}`);
  return m;
}

function indicatorByCode(code: string): DemoIndicator {
  const i = indicators.find((x) => x.code === code);
  if (!i) throw new Error(`no indicator ${code}`);
  return i;
}

function organization(code: string) {
  const o = DEMO_ORGANIZATIONS.find((x) => x.code === code);
  if (!o) throw new Error(`no organisation ${code}`);
  return o;
}

/** The value of an indicator in a period, combined across reports by SUM. */
function valueOf(code: string, period: string): DemoIndicatorValue {
  const found = DEMO_REPORTS.filter((r) => r.periodLabel === period).flatMap(
    (r) => r.indicatorValues.filter((v) => v.indicatorCode === code),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

function cell(v: DemoIndicatorValue, option: string): number | undefined {
  return v.breakdown.find(
    (c) => c.options.length === 1 && c.options[0] === option,
  )?.value;
}

const AZ_LETTERS = /[əƏğĞıİöÖüÜçÇşŞ]/;
const CYRILLIC_SCHWA = /[\u04D8\u04D9]/; // "Ә ә" look like "Ə ə" but are Cyrillic
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('demo data set', () => {
  describe('codes', () => {
    it('are unique for organisations, sections, measures, indicators and periods', () => {
      expect(duplicates(DEMO_ORGANIZATIONS.map((o) => o.code))).toEqual([]);
      expect(duplicates(DEMO_PLAN.sections.map((s) => s.code))).toEqual([]);
      expect(duplicates(measures.map((m) => m.code))).toEqual([]);
      expect(duplicates(indicators.map((i) => i.code))).toEqual([]);
      expect(duplicates(DEMO_PERIODS.map((p) => p.label))).toEqual([]);
    });

    it('has one report per assignment and period, and no other', () => {
      const keys = DEMO_REPORTS.map(
        (r) => `${r.measureCode}|${r.organizationCode}|${r.periodLabel}`,
      );
      expect(duplicates(keys)).toEqual([]);
      const expected = assignments.flatMap((a) =>
        DEMO_PERIODS.map(
          (p) => `${a.measureCode}|${a.organizationCode}|${p.label}`,
        ),
      );
      expect([...keys].sort()).toEqual([...expected].sort());
    });
  });

  describe('organisations', () => {
    it('include every agency of the seed README, two NGOs and IOM', () => {
      for (const code of [
        'MIA',
        'MIA-CTHB',
        'PA',
        'GPO',
        'OMB',
        'MOE',
        'MOJ',
        'MOH',
        'MFA',
        'MTCHT',
        'MLSPP',
        'SSPF',
        'SCC',
        'SCFWCA',
        'SBS',
        'SMS',
        'NGOC',
        'LEA',
        'NGO-AUB',
        'IOM',
      ]) {
        expect(orgCodes.has(code)).toBe(true);
      }
      expect(
        DEMO_ORGANIZATIONS.filter((o) => o.type === OrganizationType.NGO)
          .length,
      ).toBeGreaterThanOrEqual(2);
      expect(organization('IOM').type).toBe(OrganizationType.INTERNATIONAL);
      expect(organization('NGO-AUB').nameAz).toBe('Azərbaycan Uşaqlar Birliyi');
    });

    it('have valid parents: MIA-CTHB and PA under MIA, SSPF under MLSPP', () => {
      for (const o of DEMO_ORGANIZATIONS) {
        if (o.parentCode !== null)
          expect(orgCodes.has(o.parentCode)).toBe(true);
      }
      expect(organization('MIA-CTHB').parentCode).toBe('MIA');
      expect(organization('PA').parentCode).toBe('MIA');
      expect(organization('SSPF').parentCode).toBe('MLSPP');
      expect(organization('MIA-CTHB').type).toBe(OrganizationType.DEPARTMENT);
      expect(organization('SSPF').type).toBe(OrganizationType.FUND);
    });

    it('have Azerbaijani names with Azerbaijani letters and Russian names in Cyrillic', () => {
      expect(organization('MLSPP').nameAz).toContain(
        'Əmək və Əhalinin Sosial Müdafiəsi',
      );
      expect(organization('MIA').nameAz).toBe('Daxili İşlər Nazirliyi');
      expect(organization('SCFWCA').nameAz).toBe(
        'Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',
      );
      for (const o of DEMO_ORGANIZATIONS) {
        expect(o.nameAz).toMatch(AZ_LETTERS);
        expect(o.nameAz).not.toMatch(CYRILLIC_SCHWA);
        expect(o.nameRu).toMatch(/[А-Яа-яЁё]/);
        expect(o.nameRu).not.toMatch(/[A-Za-z]/);
        expect(o.nameEn).toMatch(/^[\x20-\x7E]+$/);
      }
    });

    it('each have at least one assignment', () => {
      const assigned = new Set(assignments.map((a) => a.organizationCode));
      expect(DEMO_ORGANIZATIONS.filter((o) => !assigned.has(o.code))).toEqual(
        [],
      );
    });
  });

  describe('plan', () => {
    it('is the third NAP, 2014–2016, approved by a presidential order', () => {
      expect(DEMO_PLAN.startDate).toBe('2014-01-01');
      expect(DEMO_PLAN.endDate).toBe('2016-12-31');
      expect(DEMO_PLAN.titleAz).toContain('Milli Fəaliyyət Planı');
      expect(DEMO_PLAN.titleEn).toBe('Third National Action Plan 2014–2016');
      expect(DEMO_PLAN.approvingAct).toContain('Prezidentinin sərəncamı');
    });

    it('has the seven directions as sections "1".."7"', () => {
      expect(DEMO_PLAN.sections.map((s) => s.code)).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
      ]);
      for (const s of DEMO_PLAN.sections) {
        expect(s.titleAz).toMatch(AZ_LETTERS);
        expect(s.titleEn.length).toBeGreaterThan(0);
        expect(s.measures.length).toBeGreaterThanOrEqual(4);
        for (const m of s.measures)
          expect(m.code.startsWith(`${s.code}.`)).toBe(true);
      }
    });

    it('has at least 35 measures with titles, dates and weights within the plan', () => {
      expect(measures.length).toBeGreaterThanOrEqual(35);
      for (const m of measures) {
        expect(m.titleAz).toMatch(AZ_LETTERS);
        for (const text of [m.titleAz, m.descriptionAz, m.expectedResultAz]) {
          expect(text).not.toMatch(CYRILLIC_SCHWA);
        }
        expect(m.titleEn).toMatch(/^[\x20-\x7E\u2013]+$/);
        expect(m.startDate >= DEMO_PLAN.startDate).toBe(true);
        expect(m.dueDate <= DEMO_PLAN.endDate).toBe(true);
        expect(m.startDate < m.dueDate).toBe(true);
        expect([1, 2]).toContain(m.weight);
        for (const tag of m.tags)
          expect(tag).toMatch(/^SDG (5\.2|8\.7|16\.2)$/);
      }
      expect(
        measures.filter((m) => m.dueDate === '2015-12-31').length,
      ).toBeGreaterThan(0);
      expect(measures.filter((m) => m.weight === 2).length).toBeGreaterThan(0);
    });

    it('gives every measure exactly one lead, and existing, distinct partners', () => {
      for (const m of measures) {
        const roles = assignments.filter((a) => a.measureCode === m.code);
        expect(
          roles.filter((a) => a.role === AssignmentRole.LEAD),
        ).toHaveLength(1);
        expect(orgCodes.has(m.lead)).toBe(true);
        for (const p of m.partners) expect(orgCodes.has(p)).toBe(true);
        expect(m.partners).not.toContain(m.lead);
        expect(duplicates(m.partners)).toEqual([]);
      }
    });

    it('has well-formed indicators', () => {
      for (const i of indicators) {
        expect(i.nameAz).toMatch(AZ_LETTERS);
        if (i.unit === IndicatorUnit.AMOUNT) expect(i.currency).toBe('AZN');
        else expect(i.currency).toBeUndefined();
        for (const d of i.dimensions) {
          expect(d.options.length).toBeGreaterThanOrEqual(2);
          expect(duplicates(d.options)).toEqual([]);
          for (const o of d.options) expect(o).not.toContain(':');
        }
      }
      expect(indicatorByCode('REHABILITATION_SPENDING').unit).toBe(
        IndicatorUnit.AMOUNT,
      );
      expect(indicatorByCode('CRIMES_DETECTED').combineRule).toBe(
        CombineRule.SUM,
      );
      expect(indicatorByCode('VICTIMS_IDENTIFIED').dimensions).toEqual([
        { code: 'sex', options: ['female', 'male'] },
        { code: 'citizenship', options: ['national', 'foreign'] },
      ]);
    });
  });

  describe('periods', () => {
    it('are 2015 and 2016, due on 20 January of the next year', () => {
      expect(DEMO_PERIODS).toEqual([
        {
          label: '2015',
          startDate: '2015-01-01',
          endDate: '2015-12-31',
          dueDate: '2016-01-20',
        },
        {
          label: '2016',
          startDate: '2016-01-01',
          endDate: '2016-12-31',
          dueDate: '2017-01-20',
        },
      ]);
    });
  });

  describe('reports', () => {
    it('reference an existing assignment and period', () => {
      for (const r of DEMO_REPORTS) {
        expect(
          assignments.some(
            (a) =>
              a.measureCode === r.measureCode &&
              a.organizationCode === r.organizationCode,
          ),
        ).toBe(true);
        expect(DEMO_PERIODS.map((p) => p.label)).toContain(r.periodLabel);
      }
    });

    it('carry indicator values only on the lead report, for indicators of that measure', () => {
      for (const r of DEMO_REPORTS) {
        const m = measure(r.measureCode);
        if (r.organizationCode !== m.lead) {
          expect(r.indicatorValues).toEqual([]);
          continue;
        }
        expect(r.indicatorValues.map((v) => v.indicatorCode).sort()).toEqual(
          m.indicators.map((i) => i.code).sort(),
        );
      }
    });

    it('have breakdowns whose cells name known dimensions and sum to the value', () => {
      for (const r of DEMO_REPORTS) {
        for (const v of r.indicatorValues) {
          const ind = indicatorByCode(v.indicatorCode);
          const groups = new Map<string, number>();
          for (const c of v.breakdown) {
            const dims = c.options.map((o) => {
              const [dim, opt] = o.split(':');
              const d = ind.dimensions.find((x) => x.code === dim);
              expect(d?.options).toContain(opt);
              return dim;
            });
            expect(duplicates(dims)).toEqual([]);
            const key = [...dims].sort().join('+');
            groups.set(key, (groups.get(key) ?? 0) + c.value);
          }
          for (const sum of groups.values()) expect(sum).toBe(v.value);
        }
      }
    });

    it('have consistent status, percent, expenditure and submission days', () => {
      for (const r of DEMO_REPORTS) {
        expect(r.percentComplete).toBeGreaterThanOrEqual(0);
        expect(r.percentComplete).toBeLessThanOrEqual(100);
        expect(r.implementationStatus === ImplementationStatus.COMPLETED).toBe(
          r.percentComplete === 100,
        );
        if (r.implementationStatus === ImplementationStatus.NOT_STARTED) {
          expect(r.percentComplete).toBe(0);
        }
        expect(r.narrativeAz).toMatch(AZ_LETTERS);
        expect(r.narrativeAz).not.toMatch(CYRILLIC_SCHWA);
        expect(r.narrativeEn.length).toBeGreaterThan(0);
        if (r.expenditure) {
          expect(r.expenditure.currency).toBe('AZN');
          expect(r.expenditure.amount).toBeGreaterThan(0);
        }
        const period = DEMO_PERIODS.find((p) => p.label === r.periodLabel);
        expect(r.submittedOnDay).toMatch(ISO_DAY);
        expect(period && r.submittedOnDay > period.endDate).toBe(true);
      }
    });

    it('mix statuses realistically, with a few late submissions', () => {
      const of2016 = DEMO_REPORTS.filter((r) => r.periodLabel === '2016');
      const count = (rs: DemoReport[], s: ImplementationStatus) =>
        rs.filter((r) => r.implementationStatus === s).length;
      expect(count(of2016, ImplementationStatus.COMPLETED)).toBeGreaterThan(
        of2016.length / 2,
      );
      expect(count(of2016, ImplementationStatus.IN_PROGRESS)).toBeGreaterThan(
        0,
      );
      expect(
        count(DEMO_REPORTS, ImplementationStatus.DELAYED),
      ).toBeGreaterThanOrEqual(2);
      expect(count(of2016, ImplementationStatus.CANCELLED)).toBeGreaterThan(0);

      const late = DEMO_REPORTS.filter((r) => {
        const due = DEMO_PERIODS.find(
          (p) => p.label === r.periodLabel,
        )?.dueDate;
        return due !== undefined && r.submittedOnDay > due;
      });
      expect(late.length).toBeGreaterThan(0);
      expect(late.length).toBeLessThan(DEMO_REPORTS.length / 10);
    });

    it('cancel a measure for all its assignments at once', () => {
      const cancelled = new Set(
        DEMO_REPORTS.filter(
          (r) => r.implementationStatus === ImplementationStatus.CANCELLED,
        ).map((r) => `${r.measureCode}|${r.periodLabel}`),
      );
      for (const key of cancelled) {
        const [code, period] = key.split('|');
        const all = DEMO_REPORTS.filter(
          (r) => r.measureCode === code && r.periodLabel === period,
        );
        for (const r of all) {
          expect(r.implementationStatus).toBe(ImplementationStatus.CANCELLED);
        }
      }
    });
  });

  describe('figures of the 2016 report', () => {
    it('crimes detected: 147 in 2016, 113 in 2015 (+30.1 %)', () => {
      const now = valueOf('CRIMES_DETECTED', '2016').value ?? 0;
      const before = valueOf('CRIMES_DETECTED', '2015').value ?? 0;
      expect(now).toBe(147);
      expect(before).toBe(113);
      expect(Math.round(((now - before) / before) * 1000) / 10).toBe(30.1);
    });

    it('criminal groups neutralised: 15 in 2016, 13 in 2015 (+2)', () => {
      expect(valueOf('CRIMINAL_GROUPS_NEUTRALISED', '2016').value).toBe(15);
      expect(valueOf('CRIMINAL_GROUPS_NEUTRALISED', '2015').value).toBe(13);
    });

    it('persons prosecuted: 38 = 31 women + 7 men', () => {
      const v = valueOf('PERSONS_PROSECUTED', '2016');
      expect(v.value).toBe(38);
      expect(cell(v, 'sex:female')).toBe(31);
      expect(cell(v, 'sex:male')).toBe(7);
    });

    it('victims identified: 70 = 69 + 1 by sex and by citizenship', () => {
      const v = valueOf('VICTIMS_IDENTIFIED', '2016');
      expect(v.value).toBe(70);
      expect(cell(v, 'sex:female')).toBe(69);
      expect(cell(v, 'sex:male')).toBe(1);
      expect(cell(v, 'citizenship:national')).toBe(69);
      expect(cell(v, 'citizenship:foreign')).toBe(1);
    });

    it('shelter: 63 victims + 7 potential victims', () => {
      const v = valueOf('SHELTER_PLACEMENTS', '2016');
      expect(v.value).toBe(70);
      expect(cell(v, 'victim_status:victim')).toBe(63);
      expect(cell(v, 'victim_status:potential_victim')).toBe(7);
    });

    it('spending: 153,000 AZN from the MIA budget', () => {
      expect(valueOf('REHABILITATION_SPENDING', '2016').value).toBe(153000);
      expect(indicatorByCode('REHABILITATION_SPENDING').currency).toBe('AZN');
      const r = DEMO_REPORTS.find(
        (x) => x.measureCode === '3.9' && x.periodLabel === '2016',
      );
      expect(r?.organizationCode).toBe('MIA');
      expect(r?.expenditure).toEqual({
        amount: 153000,
        currency: 'AZN',
        source: 'Daxili İşlər Nazirliyinin büdcəsi',
      });
    });

    it.each([
      ['DOCUMENT_OFFENCES', 19],
      ['WANTED_PERSONS_CAUGHT', 10],
      ['VICTIMS_EMPLOYED', 25],
      ['VICTIMS_VOCATIONAL_COURSES', 38],
      ['VICTIMS_RETURNED_TO_FAMILY', 54],
      ['MINORS_IN_EDUCATION', 31],
      ['HOTLINE_CALLS', 15000],
      ['PUPILS_REACHED', 70000],
      ['DISTRICTS_COVERED', 54],
      ['SEMINARS_ATTENDED', 40],
      ['NGOS_AWARDED', 15],
      ['ADMINISTRATIVE_PENALTIES', 90],
      ['FOREIGNERS_EXPELLED', 5523],
      ['MINORS_FOUND_IN_RAIDS', 600],
      ['PARENTS_ADMINISTRATIVE_MEASURES', 240],
      ['NGO_PROJECTS_FUNDED_CUMULATIVE', 20],
      ['NGO_FUNDING_CUMULATIVE', 182000],
    ])('%s is %d in 2016', (code, expected) => {
      expect(valueOf(code, '2016').value).toBe(expected);
    });

    it('2015 values are no higher than 2016 for the yearly counts', () => {
      for (const i of indicators) {
        const before = valueOf(i.code, '2015').value ?? 0;
        const now = valueOf(i.code, '2016').value ?? 0;
        expect(before).toBeLessThanOrEqual(now);
      }
    });
  });

  it('has the documented demo password', () => {
    expect(DEMO_PASSWORD).toBe('Demo-2016!');
  });
});
