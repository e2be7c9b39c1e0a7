import type {
  ImplementationStatus,
  IndicatorDetailFragment,
  MeasureDetailFragment,
  ProgressReportDetailFragment,
  ReportStatus,
} from '@nap/contracts';

export type ProgressReportDetail = ProgressReportDetailFragment;
export type MeasureDetail = MeasureDetailFragment;
export type IndicatorDetail = IndicatorDetailFragment;
export type ReportHistoryEntry = ProgressReportDetail['history'][number];
export type ReportEvidence = ProgressReportDetail['evidence'][number];

export const IMPLEMENTATION_STATUSES: readonly ImplementationStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'COMPLETED',
  'DELAYED',
  'CANCELLED',
];
export const REPORT_STATUSES: readonly ReportStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];
export const CURRENCIES = ['AZN', 'USD', 'EUR'] as const;

/** The fields of a report as submitted, as the API stores them in a SUBMIT history entry. */
export interface ReportSnapshot {
  implementationStatus?: ImplementationStatus;
  percentComplete?: number;
  narrativeAz?: string | null;
  narrativeEn?: string | null;
  challenges?: string | null;
  nextSteps?: string | null;
  expenditure?: { amount: number; currency: string; source: string | null } | null;
  indicatorValues?: { indicatorId: string; value: number | null; breakdown: { options: string[]; value: number }[] }[];
  evidence?: { id: string; kind: string; title: string; fileName: string | null; sha256: string | null }[];
}

/** The report's own fields in snapshot form, so the current version and an earlier one compare alike. */
export function snapshotOf(report: ProgressReportDetail): ReportSnapshot {
  return {
    implementationStatus: report.implementationStatus,
    percentComplete: report.percentComplete,
    narrativeAz: report.narrativeAz,
    narrativeEn: report.narrativeEn,
    challenges: report.challenges,
    nextSteps: report.nextSteps,
    expenditure:
      report.expenditureAmount === null
        ? null
        : {
            amount: report.expenditureAmount,
            currency: report.expenditureCurrency ?? '',
            source: report.expenditureSource,
          },
    indicatorValues: report.indicatorValues.map((v) => ({
      indicatorId: v.indicatorId,
      value: v.value,
      breakdown: v.breakdown,
    })),
    evidence: report.evidence.map((e) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      fileName: e.fileName ?? null,
      sha256: e.sha256 ?? null,
    })),
  };
}

/** "sex:female" → translation key parts; unknown dimensions fall back to the raw code. */
export function cellLabelKey(cell: string): { dimension: string; option: string } {
  const colon = cell.indexOf(':');
  return colon > 0
    ? { dimension: cell.slice(0, colon), option: cell.slice(colon + 1) }
    : { dimension: cell, option: '' };
}
