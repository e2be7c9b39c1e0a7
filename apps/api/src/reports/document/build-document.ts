import { ImplementationStatus, ReportKind, formatDate, formatNumber, formatPercent } from '@nap/domain';
import type { IndicatorFigures, SectionFigures } from '../../completion/completion.service';
import type { ReportBarChart, ReportBlock, ReportCell, ReportDocument, ReportLanguage, ReportTable } from '../render';
import { LABELS, type ReportLabels } from './labels';
import type { ReportData } from './report-data';
import { azPeriodName, cellName, indicatorSentence, withoutSmallCountSentences } from './words';

/**
 * Turns the figures of a plan into a language-neutral ReportDocument (reports/render lays it
 * out as PDF, XLSX, CSV or DOCX). Every label comes from labels.ts in the report's language;
 * numbers stay numbers until the renderer formats them with @nap/domain's formatters.
 */
export function buildReportDocument(data: ReportData): ReportDocument {
  switch (data.request.kind) {
    case ReportKind.PLAN_COMPLETION:
      return planCompletionDocument(data);
    case ReportKind.AGENCY_SCORECARD:
      return agencyScorecardDocument(data);
    case ReportKind.ANNUAL_REPORT:
      return annualReportDocument(data);
    default:
      throw new Error(`Unknown report kind ${String(data.request.kind)}`);
  }
}

interface Context {
  data: ReportData;
  language: ReportLanguage;
  az: boolean;
  labels: ReportLabels;
}

function context(data: ReportData): Context {
  const language = data.request.language;
  return { data, language, az: language === 'AZ', labels: LABELS[language] };
}

/** Natural order of codes ("1.2" before "1.10"), as the completion service sorts them; kept here so the report worker does not load the service. */
const CODE_ORDER = new Intl.Collator('en', { numeric: true });
const compareCodes = (a: string, b: string): number => CODE_ORDER.compare(a, b);

const pick = (c: Context, az: string, en: string): string => (c.az ? az : en);

function metadata(c: Context): ReportDocument['metadata'] {
  const { data, labels } = c;
  const items = [
    { label: labels.metadata.plan, value: `${pick(c, data.plan.titleAz, data.plan.titleEn)} (${data.plan.code})` },
    {
      label: labels.metadata.period,
      value: `${data.period.label}: ${formatDate(data.period.startDate, c.language)} – ${formatDate(data.period.endDate, c.language)}`,
    },
  ];
  if (data.organization) {
    items.push({ label: labels.metadata.organization, value: pick(c, data.organization.nameAz, data.organization.nameEn) });
  }
  items.push(
    { label: labels.metadata.completion, value: formatPercent(data.completion.percent, c.language, 2) },
    { label: labels.metadata.dataAsOf, value: formatDate(data.dataAsOf.toISOString().slice(0, 10), c.language) },
  );
  if (data.request.public) items.push({ label: labels.metadata.suppression, value: labels.metadata.suppressionOn });
  return items;
}

/** The organisation a scorecard is about, in the report's language ('' for the plan-wide kinds). */
function organizationName(c: Context): string {
  const organization = c.data.organization;
  return organization ? pick(c, organization.nameAz, organization.nameEn) : '';
}

/** The kind of report, and for a scorecard whose it is: "Təşkilatın icra kartı — Daxili İşlər Nazirliyi". */
function title(c: Context): string {
  const kind = c.labels.kindTitle[c.data.request.kind];
  const name = c.data.request.kind === ReportKind.AGENCY_SCORECARD ? organizationName(c) : '';
  return name ? `${kind} — ${name}` : kind;
}

function document(c: Context, subtitle: string, blocks: ReportBlock[]): ReportDocument {
  return {
    language: c.language,
    title: title(c),
    subtitle,
    metadata: metadata(c),
    blocks,
    generatedAt: c.data.dataAsOf,
  };
}

const heading = (level: 1 | 2 | 3, text: string): ReportBlock => ({ kind: 'heading', level, text });
const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });

/** "Planın 52 tədbiri üzrə vəziyyət: icra edilib — 44, …. Ümumi icra səviyyəsi: 96,81 %." */
function overview(c: Context): string {
  const { completion } = c.data;
  const counts = completion.byStatus
    .filter((s) => s.count > 0)
    .map((s) => `${c.labels.statusNames[s.status].toLocaleLowerCase(c.az ? 'az' : 'en')} — ${formatNumber(s.count, c.language)}`)
    .join(', ');
  const total = formatNumber(completion.measureCount, c.language);
  const percent = formatPercent(completion.percent, c.language, 2);
  return c.az
    ? `Planın ${total} tədbiri üzrə vəziyyət: ${counts}. Ümumi icra səviyyəsi: ${percent}.`
    : `Status of the plan's ${total} measures: ${counts}. Overall completion: ${percent}.`;
}

function flattenSections(sections: readonly SectionFigures[], depth = 0): { section: SectionFigures; depth: number }[] {
  return sections.flatMap((section) => [{ section, depth }, ...flattenSections(section.children, depth + 1)]);
}

function sectionBlocks(c: Context): ReportBlock[] {
  const rows = flattenSections(c.data.completion.bySection);
  const chart: ReportBarChart = {
    kind: 'barChart',
    title: c.labels.headings.bySection,
    unit: 'percent',
    bars: rows
      .filter(({ section }) => section.percent !== null)
      .map(({ section, depth }) => ({
        label: `${'  '.repeat(depth)}${section.code}. ${pick(c, section.titleAz, section.titleEn)}`,
        value: section.percent as number,
        color: 'NEUTRAL' as const,
      })),
  };
  const table: ReportTable = {
    kind: 'table',
    id: c.labels.sheets.sections,
    title: c.labels.headings.bySection,
    columns: [
      { key: 'code', header: c.labels.columns.code, type: 'text', width: 8 },
      { key: 'section', header: c.labels.columns.section, type: 'text', width: 50 },
      { key: 'measures', header: c.labels.columns.measures, type: 'integer' },
      { key: 'completion', header: c.labels.columns.completion, type: 'percent' },
    ],
    rows: rows.map(({ section }) => ({
      code: section.code,
      section: pick(c, section.titleAz, section.titleEn),
      measures: section.measureCount,
      completion: section.percent,
    })),
    note: c.labels.onlyAcceptedNote,
  };
  return [heading(2, c.labels.headings.bySection), chart, table];
}

function organizationBlocks(c: Context): ReportBlock[] {
  const organizations = [...c.data.completion.byOrganization];
  return [
    heading(2, c.labels.headings.byOrganization),
    {
      kind: 'barChart',
      title: c.labels.headings.byOrganization,
      unit: 'percent',
      bars: organizations
        .filter((o) => o.percent !== null)
        .map((o) => ({ label: `${o.code} — ${pick(c, o.nameAz, o.nameEn)}`, value: o.percent as number, color: 'NEUTRAL' as const })),
    },
    {
      kind: 'table',
      id: c.labels.sheets.organizations,
      title: c.labels.headings.byOrganization,
      columns: [
        { key: 'code', header: c.labels.columns.code, type: 'text', width: 10 },
        { key: 'organization', header: c.labels.columns.organization, type: 'text', width: 50 },
        { key: 'assignments', header: c.labels.columns.assignments, type: 'integer' },
        { key: 'completion', header: c.labels.columns.completion, type: 'percent' },
      ],
      rows: organizations.map((o) => ({
        code: o.code,
        organization: pick(c, o.nameAz, o.nameEn),
        assignments: o.assignmentCount,
        completion: o.percent,
      })),
    },
  ];
}

function statusBlocks(c: Context): ReportBlock[] {
  return [
    heading(2, c.labels.headings.statusCounts),
    {
      kind: 'table',
      id: c.labels.sheets.statuses,
      title: c.labels.headings.statusCounts,
      columns: [
        { key: 'status', header: c.labels.columns.status, type: 'text', width: 24 },
        { key: 'count', header: c.labels.columns.count, type: 'integer' },
      ],
      rows: [
        ...c.data.completion.byStatus.map((s) => ({ status: c.labels.statusNames[s.status], count: s.count })),
        ...c.data.completion.byRag.map((r) => ({ status: `RAG: ${c.labels.ragNames[r.rag]}`, count: r.count })),
      ],
    },
  ];
}

function measureRows(c: Context, onlyOverdue: boolean): Record<string, ReportCell>[] {
  return c.data.completion.measures
    .filter((m) => !onlyOverdue || m.overdue)
    .map((m) => {
      const lead = c.data.leads.get(m.measureId);
      return {
        code: m.code,
        measure: pick(c, m.titleAz, m.titleEn),
        lead: lead ? lead.code : '',
        status: c.labels.statusNames[m.implementationStatus ?? 'NOT_REPORTED'],
        completion: m.completion,
        expected: m.expectedProgress,
        rag: m.cancelled ? c.labels.statusNames[ImplementationStatus.CANCELLED] : c.labels.ragNames[m.rag],
        dueDate: m.dueDate,
      };
    });
}

function measureTable(c: Context, id: string, title: string, rows: Record<string, ReportCell>[]): ReportTable {
  return {
    kind: 'table',
    id,
    title,
    columns: [
      { key: 'code', header: c.labels.columns.code, type: 'text', width: 7 },
      { key: 'measure', header: c.labels.columns.measure, type: 'text', width: 48 },
      { key: 'lead', header: c.labels.columns.lead, type: 'text', width: 10 },
      { key: 'status', header: c.labels.columns.status, type: 'text', width: 14 },
      { key: 'completion', header: c.labels.columns.completion, type: 'percent' },
      { key: 'expected', header: c.labels.columns.expected, type: 'percent' },
      { key: 'rag', header: c.labels.columns.rag, type: 'text', width: 9 },
      { key: 'dueDate', header: c.labels.columns.dueDate, type: 'date' },
    ],
    rows,
  };
}

/**
 * Reporting compliance per organisation. The rollup keeps no row for an organisation with
 * nothing expected in the period (e.g. a period after its measures ended, without a
 * submission), so `byOrganization` may be empty: a plan-wide table then still shows its total,
 * and a scorecard always shows its one organisation, with the figures `reportingCompliance`
 * gives for it (its total when filtered by it: zeros when nothing is expected).
 */
function complianceTable(c: Context): ReportTable {
  const { byOrganization, total } = c.data.compliance;
  const row = (name: string, o: typeof total): Record<string, ReportCell> => ({
    organization: name,
    expected: o.expected,
    onTime: o.onTime,
    late: o.late,
    missing: o.missing,
    awaitingReview: o.awaitingReview,
    timeliness: o.timelinessPercent,
  });
  return {
    kind: 'table',
    id: c.labels.sheets.compliance,
    title: c.labels.headings.compliance,
    columns: [
      { key: 'organization', header: c.labels.columns.organization, type: 'text', width: 40 },
      { key: 'expected', header: c.labels.columns.expectedReports, type: 'integer' },
      { key: 'onTime', header: c.labels.columns.onTime, type: 'integer' },
      { key: 'late', header: c.labels.columns.late, type: 'integer' },
      { key: 'missing', header: c.labels.columns.missing, type: 'integer' },
      { key: 'awaitingReview', header: c.labels.columns.awaitingReview, type: 'integer' },
      { key: 'timeliness', header: c.labels.columns.timeliness, type: 'percent' },
    ],
    rows: scorecardOrganization(c)
      ? [row(organizationName(c), ownCompliance(c))]
      : [
          ...byOrganization.map((o) => row(pick(c, o.nameAz ?? '', o.nameEn ?? ''), o)),
          ...(byOrganization.length !== 1 ? [row(c.labels.total, total)] : []),
        ],
  };
}

/** The organisation of an AGENCY_SCORECARD, or null for the plan-wide kinds. */
function scorecardOrganization(c: Context): ReportData['organization'] {
  return c.data.request.kind === ReportKind.AGENCY_SCORECARD ? c.data.organization : null;
}

/** A scorecard's own compliance: its organisation's row, else the (filtered) total, zeros when nothing is expected. */
function ownCompliance(c: Context): ReportData['compliance']['total'] {
  const { byOrganization, total } = c.data.compliance;
  const id = c.data.organization?.id;
  return byOrganization.find((o) => o.organizationId === id) ?? total;
}

function indicatorTable(c: Context, indicators: readonly IndicatorFigures[]): ReportTable {
  const previousLabel = indicators.find((s) => s.previousPeriodLabel !== null)?.previousPeriodLabel;
  return {
    kind: 'table',
    id: c.labels.sheets.indicators,
    title: c.labels.headings.indicators,
    columns: [
      { key: 'measure', header: c.labels.columns.measure, type: 'text', width: 7 },
      { key: 'indicator', header: c.labels.columns.indicator, type: 'text', width: 44 },
      { key: 'unit', header: c.labels.columns.unit, type: 'text', width: 9 },
      { key: 'value', header: `${c.labels.columns.value} (${c.data.period.label})`, type: 'number' },
      { key: 'target', header: c.labels.columns.target, type: 'number' },
      { key: 'percentOfTarget', header: c.labels.columns.percentOfTarget, type: 'percent' },
      { key: 'previous', header: previousLabel ? `${c.labels.columns.value} (${previousLabel})` : c.labels.columns.previous, type: 'number' },
      { key: 'change', header: c.labels.columns.change, type: 'number' },
      { key: 'changePercent', header: c.labels.columns.changePercent, type: 'percent' },
    ],
    rows: indicators.map((s) => ({
      measure: s.measureCode,
      indicator: pick(c, s.indicator.nameAz, s.indicator.nameEn),
      unit: s.indicator.currency ?? c.labels.unitNames[s.indicator.unit],
      value: s.value,
      target: s.target,
      percentOfTarget: s.percentOfTarget,
      previous: s.previousValue,
      change: s.change,
      changePercent: s.changePercent,
    })),
    note: c.labels.onlyAcceptedNote,
  };
}

/** Every disaggregated cell; a suppressed one shows the mark, never a number. */
function breakdownTable(c: Context, indicators: readonly IndicatorFigures[]): ReportTable | null {
  const rows = indicators.flatMap((s) =>
    s.breakdown.map((cell) => ({
      measure: s.measureCode,
      indicator: pick(c, s.indicator.nameAz, s.indicator.nameEn),
      cell: cellName(cell.options, c.language),
      value: cell.suppressed ? c.labels.suppressedMark : cell.value,
    })),
  );
  if (rows.length === 0) return null;
  const suppressed = indicators.some((s) => s.suppressed);
  return {
    kind: 'table',
    id: c.labels.sheets.breakdowns,
    title: c.labels.headings.breakdowns,
    columns: [
      { key: 'measure', header: c.labels.columns.measure, type: 'text', width: 7 },
      { key: 'indicator', header: c.labels.columns.indicator, type: 'text', width: 44 },
      { key: 'cell', header: c.labels.columns.cell, type: 'text', width: 24 },
      { key: 'value', header: c.labels.columns.value, type: 'number' },
    ],
    rows,
    ...(suppressed || c.data.request.public ? { note: c.labels.suppressedNote(c.data.request.suppressionThreshold) } : {}),
  };
}

function indicatorBlocks(c: Context, indicators: readonly IndicatorFigures[]): ReportBlock[] {
  const breakdowns = breakdownTable(c, indicators);
  return [
    heading(2, c.labels.headings.indicators),
    indicatorTable(c, indicators),
    ...(breakdowns ? [heading(2, c.labels.headings.breakdowns), breakdowns] : []),
  ];
}

function periodSubtitle(c: Context): string {
  return c.az ? `${pick(c, c.data.plan.titleAz, c.data.plan.titleEn)} — ${azPeriodName(c.data.period.label)}` : `${c.data.plan.titleEn} — ${c.data.period.label}`;
}

function planCompletionDocument(data: ReportData): ReportDocument {
  const c = context(data);
  const overdue = measureRows(c, true);
  return document(c, periodSubtitle(c), [
    heading(1, c.labels.headings.overview),
    paragraph(overview(c)),
    paragraph(c.labels.onlyAcceptedNote),
    ...sectionBlocks(c),
    ...organizationBlocks(c),
    ...statusBlocks(c),
    heading(2, c.labels.headings.rag),
    measureTable(c, c.labels.sheets.measures, c.labels.headings.rag, measureRows(c, false)),
    heading(2, c.labels.headings.overdue),
    overdue.length > 0 ? measureTable(c, c.labels.sheets.overdue, c.labels.headings.overdue, overdue) : paragraph(c.labels.none),
    heading(2, c.labels.headings.compliance),
    complianceTable(c),
    ...indicatorBlocks(c, data.indicators),
  ]);
}

function agencyScorecardDocument(data: ReportData): ReportDocument {
  const c = context(data);
  const own = ownCompliance(c);
  const orgPercent = data.completion.byOrganization.find((o) => o.id === data.organization?.id)?.percent ?? null;
  const name = organizationName(c);
  const summary = c.az
    ? `${name}: ${formatNumber(data.assignments.length, c.language)} tapşırıq, icra səviyyəsi ${formatPercent(orgPercent, c.language, 2)}. ` +
      `Hesabatların vaxtında təqdimi: ${formatPercent(own.timelinessPercent, c.language, 2)} ` +
      `(gözlənilən — ${own.expected}, vaxtında — ${own.onTime}, gecikmiş — ${own.late}, təqdim edilməmiş — ${own.missing}).`
    : `${name}: ${formatNumber(data.assignments.length, c.language)} assignments, completion ${formatPercent(orgPercent, c.language, 2)}. ` +
      `Reports on time: ${formatPercent(own.timelinessPercent, c.language, 2)} ` +
      `(expected ${own.expected}, on time ${own.onTime}, late ${own.late}, missing ${own.missing}).`;
  const assignments: ReportTable = {
    kind: 'table',
    id: c.labels.sheets.assignments,
    title: c.labels.headings.assignments,
    columns: [
      { key: 'code', header: c.labels.columns.code, type: 'text', width: 7 },
      { key: 'measure', header: c.labels.columns.measure, type: 'text', width: 46 },
      { key: 'role', header: c.labels.columns.role, type: 'text', width: 12 },
      { key: 'status', header: c.labels.columns.status, type: 'text', width: 14 },
      { key: 'completion', header: c.labels.columns.completion, type: 'percent' },
      { key: 'report', header: c.labels.columns.reportStatus, type: 'text', width: 14 },
      { key: 'submittedAt', header: c.labels.columns.submittedAt, type: 'date' },
      { key: 'dueDate', header: c.labels.columns.dueDate, type: 'date' },
    ],
    rows: data.assignments.map((a) => ({
      code: a.code,
      measure: pick(c, a.titleAz, a.titleEn),
      role: c.labels.roleNames[a.role],
      status: a.cancelled ? c.labels.statusNames[ImplementationStatus.CANCELLED] : c.labels.statusNames[a.implementationStatus ?? 'NOT_REPORTED'],
      completion: a.completion,
      report: a.reportStatus
        ? `${c.labels.reportStatusNames[a.reportStatus]}${a.submittedAt ? ` (${a.late ? c.labels.lateWord : c.labels.onTimeWord})` : ''}`
        : c.labels.notSubmitted,
      submittedAt: a.submittedAt ? a.submittedAt.toISOString().slice(0, 10) : null,
      dueDate: a.dueDate,
    })),
    note: c.labels.onlyAcceptedNote,
  };
  // The title names the organisation; the subtitle, as in the other kinds, the plan and period.
  return document(c, periodSubtitle(c), [
    heading(1, c.labels.headings.overview),
    paragraph(summary),
    {
      kind: 'barChart',
      title: c.labels.headings.assignments,
      unit: 'percent',
      bars: data.assignments.map((a) => ({ label: a.code, value: a.completion, color: 'NEUTRAL' as const })),
    },
    assignments,
    heading(2, c.labels.headings.compliance),
    complianceTable(c),
    ...indicatorBlocks(c, data.indicators),
  ]);
}

/**
 * The national annual report in the shape of the 2016 report: per direction (top-level
 * section) the accepted narratives of the period woven into one text, measure by measure
 * (the lead's words first, repeated sentences once), followed by its figures in words with
 * the change versus the previous year; the tables follow as an annex.
 */
function annualReportDocument(data: ReportData): ReportDocument {
  const c = context(data);
  const threshold = data.request.suppressionThreshold;
  const measuresBySection = new Map<string, typeof data.completion.measures>();
  for (const measure of data.completion.measures) {
    measuresBySection.set(measure.sectionId, [...(measuresBySection.get(measure.sectionId) ?? []), measure]);
  }
  const narrativesByMeasure = new Map<string, string[]>();
  for (const narrative of data.narratives) {
    const text = (c.az ? narrative.narrativeAz : narrative.narrativeEn)?.trim();
    if (!text) continue;
    const list = narrativesByMeasure.get(narrative.measureId) ?? [];
    if (!list.includes(text)) list.push(text);
    narrativesByMeasure.set(narrative.measureId, list);
  }
  const indicatorsByMeasure = new Map<string, IndicatorFigures[]>();
  for (const summary of data.indicators) {
    indicatorsByMeasure.set(summary.indicator.measureId, [...(indicatorsByMeasure.get(summary.indicator.measureId) ?? []), summary]);
  }

  let withheld = 0;
  const blocks: ReportBlock[] = [heading(1, c.labels.headings.overview), paragraph(overview(c))];
  for (const direction of data.completion.bySection) {
    const sections = flattenSections([direction]).map(({ section }) => section.id);
    const measures = sections.flatMap((id) => measuresBySection.get(id) ?? []).sort((a, b) => compareCodes(a.code, b.code));
    blocks.push(heading(1, `${direction.code}. ${pick(c, direction.titleAz, direction.titleEn)}`));
    blocks.push(
      paragraph(
        c.az
          ? `İstiqamət üzrə icra səviyyəsi: ${formatPercent(direction.percent, c.language, 2)}.`
          : `Completion of this direction: ${formatPercent(direction.percent, c.language, 2)}.`,
      ),
    );
    for (const measure of measures) {
      let text = (narrativesByMeasure.get(measure.measureId) ?? []).join(' ');
      if (data.request.public) {
        const cleaned = withoutSmallCountSentences(text, threshold);
        text = cleaned.text;
        withheld += cleaned.removed;
      }
      if (text) blocks.push(paragraph(text));
    }
    const figures = measures.flatMap((m) => indicatorsByMeasure.get(m.measureId) ?? []).filter((s) => s.value !== null);
    if (figures.length > 0) {
      blocks.push(heading(3, c.labels.headings.figures));
      for (const summary of figures) blocks.push(paragraph(indicatorSentence(summary, c.language)));
    }
  }
  if (withheld > 0) blocks.push(paragraph(c.labels.narrativeWithheldNote));
  blocks.push(
    heading(1, c.labels.headings.annex),
    ...sectionBlocks(c),
    heading(2, c.labels.headings.compliance),
    complianceTable(c),
    ...indicatorBlocks(c, data.indicators),
  );
  const subtitle = c.az
    ? `${data.plan.titleAz} — ${azPeriodName(data.period.label)} üzrə`
    : `${data.plan.titleEn} — ${data.period.label}`;
  return document(c, subtitle, blocks);
}
