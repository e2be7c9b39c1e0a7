import { AssignmentRole, CombineRule, ImplementationStatus, IndicatorUnit, RagStatus, ReportKind } from '@nap/domain';
import type {
  BreakdownFigure,
  ComplianceFigures,
  IndicatorFigures,
  MeasureFigures,
  OrganizationFigures,
  SectionFigures,
} from '../../completion/completion.service';
import type { Named, Narrative, ReportData } from '../document/report-data';
import type { ReportLanguage } from '../render';

/**
 * ReportData of a national plan of the size of the bench's M scale (tools/generate): by
 * default 600 measures in 6 directions × 5 sections, 30 organisations, ~10 indicators per
 * measure disaggregated as the generator does (sex; sex × citizenship; sex × exploitation
 * form; sex × age), three accepted narratives per measure. Deterministic (a fixed LCG), with
 * Azerbaijani titles, so renderer tests and the render bench see a realistic document
 * without a database. Test and bench only.
 */
export interface SyntheticOptions {
  kind?: ReportKind;
  language?: ReportLanguage;
  measures?: number;
  indicatorsPerMeasure?: number;
  public?: boolean;
}

const WORDS =
  'insan alverinə qarşı mübarizə qurbanların müəyyən edilməsi sosial reabilitasiya yardım mərkəzləri ' +
  'maarifləndirici tədbirlərin keçirilməsi hüquq-mühafizə orqanları əməkdaşlarının ixtisasartırma kursları ' +
  'məcburi əməyin səbəb və şəraitinin aradan qaldırılması beynəlxalq əməkdaşlığın gücləndirilməsi ' +
  'qanunvericilik bazasının təkmilləşdirilməsi uşaqların müdafiəsi «Qaynar xətt» müraciətlərin araşdırılması ' +
  'Şəki Gəncə Lənkəran Quba İsmayıllı regionlarında monitorinq ölçü göstəricilər üzrə hesabatlılıq';
const VOCABULARY = WORDS.split(' ');

const NARRATIVE =
  'Hesabat dövründə 2015-ci illə müqayisədə 30 faiz çox yaxud 147 insan alveri və məcburi əmək cinayəti, ' +
  'insan alveri məqsədilə sənədlərlə qanunsuz hərəkətlərə dair isə 19 fakt aşkarlanmışdır. ' +
  'Bu əməllərə görə 31-i qadın, 7-si kişi olmaqla 38 şəxs cinayət məsuliyyətinə cəlb edilmişdir. ' +
  'Qurbanlara hüquqi, psixoloji və tibbi yardım göstərilmiş, onların sosial reabilitasiyası təmin olunmuşdur.';

const DIMENSIONS: { code: string; options: string[] }[][] = [
  [],
  [{ code: 'sex', options: ['female', 'male'] }],
  [
    { code: 'sex', options: ['female', 'male'] },
    { code: 'citizenship', options: ['national', 'foreign'] },
  ],
  [
    { code: 'sex', options: ['female', 'male'] },
    { code: 'exploitation', options: ['sexual', 'labour', 'other'] },
  ],
  [
    { code: 'sex', options: ['female', 'male'] },
    { code: 'age', options: ['child', 'adult'] },
  ],
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function cells(dimensions: { code: string; options: string[] }[]): string[][] {
  return dimensions.reduce<string[][]>(
    (acc, d) => acc.flatMap((prefix) => d.options.map((o) => [...prefix, `${d.code}:${o}`])),
    [[]],
  );
}

export function syntheticReportData(options: SyntheticOptions = {}): ReportData {
  const kind = options.kind ?? ReportKind.PLAN_COMPLETION;
  const language = options.language ?? 'AZ';
  const measureCount = options.measures ?? 600;
  const perMeasure = options.indicatorsPerMeasure ?? 10;
  const rnd = random(42);
  const pickInt = (n: number) => Math.floor(rnd() * n);
  const words = (n: number) => Array.from({ length: n }, () => VOCABULARY[pickInt(VOCABULARY.length)]).join(' ');
  const title = (n: number) => {
    const text = words(n);
    return text.charAt(0).toLocaleUpperCase('az') + text.slice(1);
  };
  const uuid = (prefix: number, n: number) => `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

  const organizations: Named[] = Array.from({ length: 30 }, (_, i) => ({
    id: uuid(1, i),
    code: `ORG${String(i + 1).padStart(2, '0')}`,
    nameAz: `${title(3)} Nazirliyi`,
    nameEn: `Ministry ${i + 1}`,
  }));

  const directions: SectionFigures[] = [];
  const leafSections: SectionFigures[] = [];
  for (let d = 0; d < 6; d++) {
    const direction: SectionFigures = {
      id: uuid(2, d * 10),
      parentId: null,
      code: String(d + 1),
      titleAz: title(6),
      titleEn: `Direction ${d + 1}`,
      sortOrder: d,
      percent: Math.round(rnd() * 10000) / 100,
      measureCount: 0,
      children: [],
    };
    for (let s = 0; s < 5; s++) {
      const section: SectionFigures = {
        id: uuid(2, d * 10 + s + 1),
        parentId: direction.id,
        code: `${d + 1}.${s + 1}`,
        titleAz: title(7),
        titleEn: `Section ${d + 1}.${s + 1}`,
        sortOrder: s,
        percent: Math.round(rnd() * 10000) / 100,
        measureCount: 0,
        children: [],
      };
      direction.children.push(section);
      leafSections.push(section);
    }
    directions.push(direction);
  }

  const statuses = Object.values(ImplementationStatus);
  const rags = Object.values(RagStatus);
  const measures: MeasureFigures[] = [];
  const leads = new Map<string, Named>();
  const narratives: Narrative[] = [];
  const indicators: IndicatorFigures[] = [];
  for (let m = 0; m < measureCount; m++) {
    const section = leafSections[m % leafSections.length];
    section.measureCount += 1;
    const code = `${section.code}.${Math.floor(m / leafSections.length) + 1}`;
    const measureId = uuid(3, m);
    const status = statuses[pickInt(statuses.length)];
    measures.push({
      measureId,
      code,
      titleAz: title(12 + pickInt(14)),
      titleEn: `Measure ${code}: ${words(4)}`,
      sectionId: section.id,
      weight: 1,
      startDate: '2017-01-01',
      dueDate: `20${17 + pickInt(10)}-12-31`,
      completion: Math.round(rnd() * 10000) / 100,
      expectedProgress: Math.round(rnd() * 10000) / 100,
      rag: rags[pickInt(rags.length)],
      implementationStatus: status,
      overdue: rnd() < 0.15,
      cancelled: status === ImplementationStatus.CANCELLED,
      reported: true,
      assignmentCount: 3,
    });
    const lead = organizations[m % organizations.length];
    leads.set(measureId, lead);
    for (let a = 0; a < 3; a++) {
      const organization = organizations[(m + a * 7) % organizations.length];
      narratives.push({
        measureId,
        role: a === 0 ? AssignmentRole.LEAD : AssignmentRole.PARTNER,
        organizationCode: organization.code,
        narrativeAz: `${title(10)}. ${NARRATIVE}`,
        narrativeEn: `Progress of ${organization.code} on measure ${code}: ${words(20)}.`,
      });
    }
    for (let i = 0; i < perMeasure; i++) {
      const unitRoll = rnd();
      const unit =
        unitRoll < 0.7 ? IndicatorUnit.COUNT : unitRoll < 0.8 ? IndicatorUnit.PERCENT : unitRoll < 0.9 ? IndicatorUnit.AMOUNT : IndicatorUnit.BOOLEAN;
      const dimensions = unit === IndicatorUnit.COUNT ? DIMENSIONS[1 + pickInt(DIMENSIONS.length - 1)] : [];
      const value = unit === IndicatorUnit.BOOLEAN ? pickInt(2) : unit === IndicatorUnit.PERCENT ? Math.round(rnd() * 1000) / 10 : pickInt(500);
      const previous = unit === IndicatorUnit.BOOLEAN ? pickInt(2) : Math.max(1, value - 20 + pickInt(40));
      const target = unit === IndicatorUnit.BOOLEAN ? 1 : value + pickInt(200);
      const breakdown: BreakdownFigure[] = cells(dimensions).map((cell) => ({ options: cell, value: pickInt(60), suppressed: false }));
      const suppressed = Boolean(options.public) && breakdown.some((cell) => cell.value !== null && cell.value > 0 && cell.value < 5);
      indicators.push({
        indicator: {
          id: uuid(4, m * perMeasure + i),
          measureId,
          code: `${code}.${i + 1}`,
          nameAz: title(5 + pickInt(8)),
          nameEn: `Indicator ${code}.${i + 1}`,
          unit,
          currency: unit === IndicatorUnit.AMOUNT ? 'AZN' : null,
          combineRule: CombineRule.SUM,
          baseline: 0,
          target,
          dimensions,
        },
        measureCode: code,
        value,
        target,
        percentOfTarget: target ? Math.round((value / target) * 10000) / 100 : null,
        previousPeriodId: uuid(5, 1),
        previousPeriodLabel: '2025-Q3',
        previousValue: previous,
        change: value - previous,
        changePercent: previous ? Math.round(((value - previous) / previous) * 10000) / 100 : null,
        breakdown: suppressed
          ? breakdown.map((cell) => (cell.value !== null && cell.value < 5 ? { options: cell.options, value: null, suppressed: true } : cell))
          : breakdown,
        suppressed,
      });
    }
  }
  for (const direction of directions) direction.measureCount = direction.children.reduce((n, s) => n + s.measureCount, 0);

  const byOrganization: OrganizationFigures[] = organizations.map((o) => ({
    ...o,
    percent: Math.round(rnd() * 10000) / 100,
    assignmentCount: Math.round((measureCount * 3) / organizations.length),
  }));
  const compliance = (o: Named | null): ComplianceFigures => ({
    organizationId: o?.id ?? null,
    code: o?.code ?? null,
    nameAz: o?.nameAz ?? null,
    nameEn: o?.nameEn ?? null,
    expected: 60,
    onTime: 40 + pickInt(10),
    late: pickInt(10),
    missing: pickInt(5),
    submitted: 50,
    accepted: 45,
    awaitingReview: pickInt(5),
    timelinessPercent: Math.round(rnd() * 10000) / 100,
  });
  const organization = kind === ReportKind.AGENCY_SCORECARD ? organizations[0] : null;
  return {
    request: {
      kind,
      planId: uuid(6, 1),
      periodId: uuid(5, 2),
      organizationId: organization?.id ?? null,
      language,
      public: options.public ?? false,
      suppressionThreshold: 4,
    },
    plan: { id: uuid(6, 1), code: 'NAP-THB-2017-2026', titleAz: 'İnsan alverinə qarşı mübarizəyə dair Milli Fəaliyyət Planı', titleEn: 'National Action Plan' },
    period: { id: uuid(5, 2), label: '2026-Q3', startDate: '2026-07-01', endDate: '2026-09-30' },
    organization,
    dataAsOf: new Date('2026-10-15T08:00:00Z'),
    completion: {
      planId: uuid(6, 1),
      periodId: uuid(5, 2),
      asOf: '2026-09-30',
      percent: 61.37,
      measureCount,
      cancelledCount: measures.filter((m) => m.cancelled).length,
      unassignedCount: 0,
      bySection: directions,
      byOrganization: organization ? byOrganization.slice(0, 1) : byOrganization,
      byStatus: [...statuses, 'NOT_REPORTED' as const].map((status) => ({
        status,
        count: measures.filter((m) => (m.implementationStatus ?? 'NOT_REPORTED') === status).length,
      })),
      byRag: rags.map((rag) => ({ rag, count: measures.filter((m) => m.rag === rag).length })),
      measures,
    },
    compliance: {
      planId: uuid(6, 1),
      periodId: uuid(5, 2),
      byOrganization: organization ? [compliance(organization)] : organizations.map(compliance),
      total: compliance(null),
    },
    indicators,
    leads,
    narratives: kind === ReportKind.ANNUAL_REPORT ? narratives : [],
    assignments: organization
      ? measures
          .filter((_, i) => i % organizations.length === 0)
          .map((m) => ({
            assignmentId: `${m.measureId}-a`,
            measureId: m.measureId,
            code: m.code,
            titleAz: m.titleAz,
            titleEn: m.titleEn,
            dueDate: m.dueDate,
            role: AssignmentRole.LEAD,
            implementationStatus: m.implementationStatus,
            completion: m.completion ?? 0,
            cancelled: m.cancelled,
            reportStatus: null,
            submittedAt: null,
            late: false,
          }))
      : [],
  };
}
