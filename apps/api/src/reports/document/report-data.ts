import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssignmentRole, ReportKind } from '@nap/domain';
import {
  CompletionService,
  type AssignmentFigures,
  type IndicatorFigures,
  type PlanCompliance,
  type PlanFigures,
} from '../../completion/completion.service';
import { notFound } from '../../common/errors';
import type { ReportLanguage } from '../render';

export interface ReportRequest {
  kind: ReportKind;
  planId: string;
  periodId: string;
  organizationId: string | null;
  language: ReportLanguage;
  /** Public output: small counts suppressed everywhere. */
  public: boolean;
  suppressionThreshold: number;
}

export interface Named {
  id: string;
  code: string;
  nameAz: string;
  nameEn: string;
}

export interface Narrative {
  measureId: string;
  role: AssignmentRole;
  organizationCode: string;
  narrativeAz: string | null;
  narrativeEn: string | null;
}

/** Everything a report shows, read in a fixed number of queries whatever the plan's size. */
export interface ReportData {
  request: ReportRequest;
  plan: { id: string; code: string; titleAz: string; titleEn: string };
  period: { id: string; label: string; startDate: string; endDate: string };
  organization: Named | null;
  /**
   * The newest change to the data the report rests on (last acceptance of a report up to the
   * period, last edit of the plan or its measures). It is the report's "generated at": the
   * same accepted data always gives the same document, and for PDF and CSV the same bytes.
   */
  dataAsOf: Date;
  completion: PlanFigures;
  compliance: PlanCompliance;
  indicators: IndicatorFigures[];
  leads: Map<string, Named>;
  narratives: Narrative[];
  assignments: AssignmentFigures[];
}

interface HeaderRow {
  planId: string;
  planCode: string;
  titleAz: string;
  titleEn: string;
  periodId: string;
  label: string;
  startDate: string;
  endDate: string;
  organization: Named | null;
  dataAsOf: Date | null;
}

@Injectable()
export class ReportDataLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly completion: CompletionService,
  ) {}

  async load(request: ReportRequest): Promise<ReportData> {
    const header = await this.header(request);
    const scorecard = request.kind === ReportKind.AGENCY_SCORECARD;
    const scope = {
      planId: request.planId,
      periodId: request.periodId,
      organizationId: scorecard ? request.organizationId : null,
    };
    // One after another: a report is background work and should not take the whole pool.
    const completion = await this.completion.planCompletion(scope);
    const compliance = await this.completion.reportingCompliance(scope);
    const indicators = await this.completion.indicatorSummary(scope, request.public);
    const leads = await this.leads(request.planId);
    const narratives = request.kind === ReportKind.ANNUAL_REPORT ? await this.narratives(request.planId, request.periodId) : [];
    const assignments =
      scorecard && request.organizationId
        ? await this.completion.organizationAssignments(request.planId, request.periodId, request.organizationId)
        : [];
    return {
      request,
      plan: { id: header.planId, code: header.planCode, titleAz: header.titleAz, titleEn: header.titleEn },
      period: { id: header.periodId, label: header.label, startDate: header.startDate, endDate: header.endDate },
      organization: header.organization,
      dataAsOf: header.dataAsOf ?? new Date(`${header.endDate}T00:00:00Z`),
      completion,
      compliance,
      indicators,
      leads,
      narratives,
      assignments,
    };
  }

  private async header(request: ReportRequest): Promise<HeaderRow> {
    const [row] = await this.dataSource.query<HeaderRow[]>(
      `SELECT p.id AS "planId", p.code AS "planCode", p.title_az AS "titleAz", p.title_en AS "titleEn",
         rp.id AS "periodId", rp.label, rp.start_date::text AS "startDate", rp.end_date::text AS "endDate",
         (SELECT json_build_object('id', o.id, 'code', o.code, 'nameAz', o.name_az, 'nameEn', o.name_en)
            FROM organization o WHERE o.id = $3::uuid) AS organization,
         GREATEST(
           p.updated_at,
           (SELECT MAX(m.updated_at) FROM measure m WHERE m.plan_id = p.id),
           (SELECT MAX(pr.accepted_at) FROM progress_report pr JOIN reporting_period q ON q.id = pr.period_id
             WHERE q.plan_id = p.id AND q.end_date <= rp.end_date AND pr.status = 'ACCEPTED')
         ) AS "dataAsOf"
       FROM action_plan p JOIN reporting_period rp ON rp.plan_id = p.id AND rp.id = $2
       WHERE p.id = $1`,
      [request.planId, request.periodId, request.organizationId],
    );
    if (!row) throw notFound('ReportingPeriod', request.periodId);
    return row;
  }

  private async leads(planId: string): Promise<Map<string, Named>> {
    const rows = await this.dataSource.query<(Named & { measureId: string })[]>(
      `SELECT a.measure_id AS "measureId", o.id, o.code, o.name_az AS "nameAz", o.name_en AS "nameEn"
       FROM assignment a JOIN measure m ON m.id = a.measure_id JOIN organization o ON o.id = a.organization_id
       WHERE m.plan_id = $1 AND a.role = 'LEAD'`,
      [planId],
    );
    return new Map(rows.map(({ measureId, ...lead }) => [measureId, lead]));
  }

  /** The accepted narratives of the period: the lead's first, then the partners' by organisation code. */
  private narratives(planId: string, periodId: string): Promise<Narrative[]> {
    return this.dataSource.query<Narrative[]>(
      `SELECT pr.measure_id AS "measureId", a.role, o.code AS "organizationCode",
         pr.narrative_az AS "narrativeAz", pr.narrative_en AS "narrativeEn"
       FROM progress_report pr
       JOIN assignment a ON a.id = pr.assignment_id
       JOIN organization o ON o.id = pr.organization_id
       JOIN measure m ON m.id = pr.measure_id
       WHERE m.plan_id = $1 AND pr.period_id = $2 AND pr.status = 'ACCEPTED'
       ORDER BY pr.measure_id, CASE a.role WHEN 'LEAD' THEN 0 ELSE 1 END, o.code`,
      [planId, periodId],
    );
  }
}
