import { AssignmentRole, ImplementationStatus, IndicatorUnit, RagStatus, ReportKind, ReportStatus } from '@nap/domain';
import type { ReportLanguage } from '../render';

/**
 * Every word a generated report prints, in Azerbaijani and English. Figures are formatted by
 * `@nap/domain`'s formatters (through the renderers); nothing here formats a number.
 */
export interface ReportLabels {
  kindTitle: Record<ReportKind, string>;
  metadata: {
    plan: string;
    period: string;
    organization: string;
    dataAsOf: string;
    completion: string;
    suppression: string;
    suppressionOn: string;
  };
  headings: {
    overview: string;
    bySection: string;
    byOrganization: string;
    rag: string;
    statusCounts: string;
    overdue: string;
    compliance: string;
    indicators: string;
    breakdowns: string;
    assignments: string;
    figures: string;
    annex: string;
  };
  columns: {
    code: string;
    section: string;
    measure: string;
    organization: string;
    lead: string;
    role: string;
    measures: string;
    assignments: string;
    completion: string;
    expected: string;
    rag: string;
    status: string;
    dueDate: string;
    count: string;
    expectedReports: string;
    onTime: string;
    late: string;
    missing: string;
    awaitingReview: string;
    timeliness: string;
    indicator: string;
    unit: string;
    value: string;
    target: string;
    percentOfTarget: string;
    previous: string;
    change: string;
    changePercent: string;
    cell: string;
    reportStatus: string;
    submittedAt: string;
  };
  /** Table ids: they name the XLSX sheets (at most 31 characters). */
  sheets: {
    sections: string;
    organizations: string;
    statuses: string;
    rag: string;
    measures: string;
    overdue: string;
    compliance: string;
    indicators: string;
    breakdowns: string;
    assignments: string;
  };
  onTimeWord: string;
  lateWord: string;
  total: string;
  none: string;
  notReported: string;
  notSubmitted: string;
  ragNames: Record<RagStatus, string>;
  statusNames: Record<ImplementationStatus | 'NOT_REPORTED', string>;
  roleNames: Record<AssignmentRole, string>;
  reportStatusNames: Record<ReportStatus, string>;
  unitNames: Record<IndicatorUnit, string>;
  /** Printed in place of a suppressed cell. */
  suppressedMark: string;
  suppressedNote: (threshold: number) => string;
  narrativeWithheldNote: string;
  onlyAcceptedNote: string;
  /** Dimension names and option names (singular, plural) for the figures in words. */
  dimensions: Record<string, string>;
  options: Record<string, [string, string]>;
  yes: string;
  no: string;
}

export const LABELS: Record<ReportLanguage, ReportLabels> = {
  AZ: {
    kindTitle: {
      [ReportKind.PLAN_COMPLETION]: 'Planın icrası haqqında hesabat',
      [ReportKind.AGENCY_SCORECARD]: 'Təşkilatın icra kartı',
      [ReportKind.ANNUAL_REPORT]: 'Milli Fəaliyyət Planının icrası haqqında illik hesabat',
    },
    metadata: {
      plan: 'Plan',
      period: 'Hesabat dövrü',
      organization: 'Təşkilat',
      dataAsOf: 'Məlumatların vəziyyəti',
      completion: 'Ümumi icra səviyyəsi',
      suppression: 'Kiçik saylar',
      suppressionOn: 'gizlədilib (ictimai hesabat)',
    },
    headings: {
      overview: 'Ümumi vəziyyət',
      bySection: 'Bölmələr üzrə icra',
      byOrganization: 'Təşkilatlar üzrə icra',
      rag: 'Tədbirlərin icra vəziyyəti (RAG)',
      statusCounts: 'Tədbirlər statuslar üzrə',
      overdue: 'Müddəti keçmiş tədbirlər',
      compliance: 'Hesabatların vaxtında təqdim edilməsi',
      indicators: 'Göstəricilər',
      breakdowns: 'Göstəricilərin bölgüsü',
      assignments: 'Təşkilata həvalə edilmiş tədbirlər',
      figures: 'Rəqəmlər',
      annex: 'Əlavə: cədvəllər',
    },
    columns: {
      code: 'Kod',
      section: 'Bölmə',
      measure: 'Tədbir',
      organization: 'Təşkilat',
      lead: 'Məsul icraçı',
      role: 'Rol',
      measures: 'Tədbirlər',
      assignments: 'Tapşırıqlar',
      completion: 'İcra',
      expected: 'Gözlənilən',
      rag: 'RAG',
      status: 'Status',
      dueDate: 'Son tarix',
      count: 'Say',
      expectedReports: 'Gözlənilən hesabatlar',
      onTime: 'Vaxtında',
      late: 'Gecikmiş',
      missing: 'Təqdim edilməmiş',
      awaitingReview: 'Baxılmaqdadır',
      timeliness: 'Vaxtında təqdimetmə',
      indicator: 'Göstərici',
      unit: 'Vahid',
      value: 'Dəyər',
      target: 'Hədəf',
      percentOfTarget: 'Hədəfə nisbət',
      previous: 'Əvvəlki dövr',
      change: 'Dəyişmə',
      changePercent: 'Dəyişmə, %',
      cell: 'Bölgü',
      reportStatus: 'Hesabat',
      submittedAt: 'Təqdim edilib',
    },
    sheets: {
      sections: 'Bölmələr',
      organizations: 'Təşkilatlar',
      statuses: 'Statuslar',
      rag: 'RAG',
      measures: 'Tədbirlər',
      overdue: 'Müddəti keçmiş',
      compliance: 'Hesabatlar',
      indicators: 'Göstəricilər',
      breakdowns: 'Bölgülər',
      assignments: 'Tapşırıqlar',
    },
    onTimeWord: 'vaxtında',
    lateWord: 'gecikmiş',
    total: 'Cəmi',
    none: 'Yoxdur.',
    notReported: 'hesabat yoxdur',
    notSubmitted: 'təqdim edilməyib',
    ragNames: { [RagStatus.GREEN]: 'Yaşıl', [RagStatus.AMBER]: 'Sarı', [RagStatus.RED]: 'Qırmızı' },
    statusNames: {
      [ImplementationStatus.NOT_STARTED]: 'Başlanmayıb',
      [ImplementationStatus.IN_PROGRESS]: 'İcra olunur',
      [ImplementationStatus.COMPLETED]: 'İcra edilib',
      [ImplementationStatus.DELAYED]: 'Gecikir',
      [ImplementationStatus.CANCELLED]: 'Ləğv edilib',
      NOT_REPORTED: 'Hesabat yoxdur',
    },
    roleNames: { [AssignmentRole.LEAD]: 'Məsul icraçı', [AssignmentRole.PARTNER]: 'Tərəfdaş' },
    reportStatusNames: {
      [ReportStatus.DRAFT]: 'Qaralama',
      [ReportStatus.SUBMITTED]: 'Təqdim edilib',
      [ReportStatus.RETURNED]: 'Geri qaytarılıb',
      [ReportStatus.ACCEPTED]: 'Qəbul edilib',
    },
    unitNames: {
      [IndicatorUnit.COUNT]: 'say',
      [IndicatorUnit.PERCENT]: '%',
      [IndicatorUnit.AMOUNT]: 'məbləğ',
      [IndicatorUnit.BOOLEAN]: 'bəli/xeyr',
    },
    suppressedMark: 'x',
    suppressedNote: (threshold) =>
      `x — məxfilik məqsədilə gizlədilib: 1–${threshold} aralığında say, yaxud onu bərpa etməyə imkan verən xana.`,
    narrativeWithheldNote: 'Kiçik saylar olan cümlələr məxfilik məqsədilə ictimai hesabata daxil edilməyib.',
    onlyAcceptedNote: 'Yalnız qəbul edilmiş hesabatlar nəzərə alınır.',
    dimensions: { sex: 'cinsə', citizenship: 'vətəndaşlığa', age: 'yaşa', victim_status: 'statusa', exploitation: 'istismar formasına' },
    options: {
      'sex:female': ['qadın', 'qadın'],
      'sex:male': ['kişi', 'kişi'],
      'citizenship:national': ['vətəndaş', 'vətəndaş'],
      'citizenship:foreign': ['əcnəbi', 'əcnəbi'],
      'age:child': ['uşaq', 'uşaq'],
      'age:adult': ['yetkin', 'yetkin'],
      'victim_status:victim': ['qurban', 'qurban'],
      'victim_status:potential_victim': ['potensial qurban', 'potensial qurban'],
    },
    yes: 'bəli',
    no: 'xeyr',
  },
  EN: {
    kindTitle: {
      [ReportKind.PLAN_COMPLETION]: 'Plan completion report',
      [ReportKind.AGENCY_SCORECARD]: 'Agency scorecard',
      [ReportKind.ANNUAL_REPORT]: 'Annual report on the implementation of the National Action Plan',
    },
    metadata: {
      plan: 'Plan',
      period: 'Reporting period',
      organization: 'Organisation',
      dataAsOf: 'Data as of',
      completion: 'Overall completion',
      suppression: 'Small counts',
      suppressionOn: 'suppressed (public report)',
    },
    headings: {
      overview: 'Overview',
      bySection: 'Completion by section',
      byOrganization: 'Completion by organisation',
      rag: 'Measures by RAG status',
      statusCounts: 'Measures by status',
      overdue: 'Overdue measures',
      compliance: 'Reporting compliance',
      indicators: 'Indicators',
      breakdowns: 'Indicator breakdowns',
      assignments: "The organisation's assignments",
      figures: 'Figures',
      annex: 'Annex: tables',
    },
    columns: {
      code: 'Code',
      section: 'Section',
      measure: 'Measure',
      organization: 'Organisation',
      lead: 'Lead',
      role: 'Role',
      measures: 'Measures',
      assignments: 'Assignments',
      completion: 'Completion',
      expected: 'Expected',
      rag: 'RAG',
      status: 'Status',
      dueDate: 'Due date',
      count: 'Count',
      expectedReports: 'Expected reports',
      onTime: 'On time',
      late: 'Late',
      missing: 'Missing',
      awaitingReview: 'Awaiting review',
      timeliness: 'Timeliness',
      indicator: 'Indicator',
      unit: 'Unit',
      value: 'Value',
      target: 'Target',
      percentOfTarget: '% of target',
      previous: 'Previous period',
      change: 'Change',
      changePercent: 'Change, %',
      cell: 'Breakdown',
      reportStatus: 'Report',
      submittedAt: 'Submitted',
    },
    sheets: {
      sections: 'Sections',
      organizations: 'Organisations',
      statuses: 'Statuses',
      rag: 'RAG',
      measures: 'Measures',
      overdue: 'Overdue',
      compliance: 'Compliance',
      indicators: 'Indicators',
      breakdowns: 'Breakdowns',
      assignments: 'Assignments',
    },
    onTimeWord: 'on time',
    lateWord: 'late',
    total: 'Total',
    none: 'None.',
    notReported: 'not reported',
    notSubmitted: 'not submitted',
    ragNames: { [RagStatus.GREEN]: 'Green', [RagStatus.AMBER]: 'Amber', [RagStatus.RED]: 'Red' },
    statusNames: {
      [ImplementationStatus.NOT_STARTED]: 'Not started',
      [ImplementationStatus.IN_PROGRESS]: 'In progress',
      [ImplementationStatus.COMPLETED]: 'Completed',
      [ImplementationStatus.DELAYED]: 'Delayed',
      [ImplementationStatus.CANCELLED]: 'Cancelled',
      NOT_REPORTED: 'Not reported',
    },
    roleNames: { [AssignmentRole.LEAD]: 'Lead', [AssignmentRole.PARTNER]: 'Partner' },
    reportStatusNames: {
      [ReportStatus.DRAFT]: 'Draft',
      [ReportStatus.SUBMITTED]: 'Submitted',
      [ReportStatus.RETURNED]: 'Returned',
      [ReportStatus.ACCEPTED]: 'Accepted',
    },
    unitNames: {
      [IndicatorUnit.COUNT]: 'count',
      [IndicatorUnit.PERCENT]: '%',
      [IndicatorUnit.AMOUNT]: 'amount',
      [IndicatorUnit.BOOLEAN]: 'yes/no',
    },
    suppressedMark: 'x',
    suppressedNote: (threshold) =>
      `x — suppressed for privacy: a count from 1 to ${threshold}, or a cell from which one could be worked out.`,
    narrativeWithheldNote: 'Sentences with small counts are left out of the public report for privacy.',
    onlyAcceptedNote: 'Only accepted reports are counted.',
    dimensions: { sex: 'sex', citizenship: 'citizenship', age: 'age', victim_status: 'status', exploitation: 'form of exploitation' },
    options: {
      'sex:female': ['woman', 'women'],
      'sex:male': ['man', 'men'],
      'citizenship:national': ['national', 'nationals'],
      'citizenship:foreign': ['foreigner', 'foreigners'],
      'age:child': ['child', 'children'],
      'age:adult': ['adult', 'adults'],
      'victim_status:victim': ['victim', 'victims'],
      'victim_status:potential_victim': ['potential victim', 'potential victims'],
    },
    yes: 'yes',
    no: 'no',
  },
};
