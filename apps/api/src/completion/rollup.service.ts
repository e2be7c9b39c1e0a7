import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReportAction } from '@nap/domain';
import { applyComplianceItemChange, lockRollups, refreshRollup, type RollupExecutor } from './rollup';

/** The keys of a progress report that a change of its state recomputes from. */
export interface ReportKeys {
  assignmentId: string;
  periodId: string;
  measureId: string;
  organizationId: string;
}

/** The period and every period of its plan that starts after it ends. */
async function periodAndLater(run: RollupExecutor, periodId: string): Promise<string[]> {
  const [row] = await run(
    `SELECT array_agg(p.id) AS ids FROM reporting_period p JOIN reporting_period r ON r.plan_id = p.plan_id
     WHERE r.id = $1 AND (p.id = r.id OR p.start_date > r.end_date)`,
    [periodId],
  );
  return row['ids'] as string[];
}

const executor =
  (manager: EntityManager): RollupExecutor =>
  (sql, params) =>
    manager.query(sql, params as unknown[]) as Promise<Record<string, unknown>[]>;

/**
 * Keeps the rollups of rollup.sql.ts equal to the raw data, inside the transaction of each
 * change (always through that transaction's EntityManager): each method locks the slices it
 * is about to recompute, then recomputes them from the raw tables as this transaction sees
 * them. The locks (transaction-scoped advisory locks, see `lockRollups`) make two changes of
 * the same slice recompute one after the other, the second seeing the first's rows; a period
 * opened in a plan waits for, and is waited for by, every other change of that plan.
 *
 * What moves which figure:
 * - submit, return: compliance of the organisation in that period, moved by the one report's
 *   change (the organisation's slice lock shared: submissions of one organisation do not
 *   wait for each other, a recomputation of its slice waits for them);
 * - accept, reopen: also the assignment's latest progress (every period of the plan), the
 *   measure's combined indicator values of that period, and compliance of later periods
 *   (an accepted COMPLETED or CANCELLED report ends what is expected afterwards);
 * - assign, unassign, a measure's start or due date: compliance of the organisations assigned;
 * - a new period: every assignment's progress and every organisation's compliance in it.
 * Weights, titles, sections, targets and period status are read live by the queries; a draft
 * saved changes nothing accepted or submitted.
 */
@Injectable()
export class RollupService {
  async reportChanged(
    manager: EntityManager,
    planId: string,
    report: ReportKeys & { id: string; status: string },
    action: Exclude<ReportAction, 'SAVE'>,
    before: { status: string; submittedAt: Date | null },
  ): Promise<void> {
    const run = executor(manager);
    if (action === 'SUBMIT' || action === 'RETURN') {
      // One item of the organisation's period changes: move its row by the difference.
      await lockRollups(run, planId, { compliance: [report.organizationId] }, { sharedSlices: true });
      const moved = (status: string) => (report.status === status ? 1 : 0) - (before.status === status ? 1 : 0);
      await applyComplianceItemChange(run, {
        reportId: report.id,
        firstSubmission: action === 'SUBMIT' && before.submittedAt === null,
        awaitingReview: moved('SUBMITTED'),
        accepted: moved('ACCEPTED'),
      });
      return;
    }
    // Accepting or reopening: the assignment's progress, the measure's indicator values, and
    // compliance from this period on (it may close or reopen what later periods expect).
    await lockRollups(run, planId, { progress: [report.assignmentId], compliance: [report.organizationId], indicators: [report.measureId] });
    await refreshRollup(run, 'progress', { planIds: [planId], keyIds: [report.assignmentId] });
    await refreshRollup(run, 'indicators', { planIds: [planId], periodIds: [report.periodId], keyIds: [report.measureId] });
    const periodIds = await periodAndLater(run, report.periodId);
    await refreshRollup(run, 'compliance', { planIds: [planId], periodIds, keyIds: [report.organizationId] });
  }

  /** An organisation was assigned to a measure, or unassigned: its compliance in every period of the plan. */
  async assignmentChanged(manager: EntityManager, measureId: string, organizationId: string): Promise<void> {
    const [measure] = (await manager.query('SELECT plan_id FROM measure WHERE id = $1', [measureId])) as { plan_id: string }[];
    await this.complianceChanged(manager, measure.plan_id, [organizationId]);
  }

  /** A measure was updated: only its dates move a rolled-up figure (compliance of its organisations). */
  async measureChanged(
    manager: EntityManager,
    before: { id: string; planId: string; startDate: string; dueDate: string },
    after: { startDate: string; dueDate: string },
  ): Promise<void> {
    if (before.startDate === after.startDate && before.dueDate === after.dueDate) return;
    const rows = (await manager.query('SELECT DISTINCT organization_id FROM assignment WHERE measure_id = $1', [before.id])) as { organization_id: string }[];
    await this.complianceChanged(manager, before.planId, rows.map((row) => row.organization_id));
  }

  /** A period was opened: every assignment's progress and every organisation's compliance in it. */
  async periodOpened(manager: EntityManager, period: { id: string; planId: string }): Promise<void> {
    const run = executor(manager);
    await lockRollups(run, period.planId, {}, { wholePlan: true });
    // A new period has no accepted indicator value yet: nothing to combine.
    await refreshRollup(run, 'progress', { planIds: [period.planId], periodIds: [period.id] });
    await refreshRollup(run, 'compliance', { planIds: [period.planId], periodIds: [period.id] });
  }

  private async complianceChanged(manager: EntityManager, planId: string, organizationIds: readonly string[]): Promise<void> {
    if (organizationIds.length === 0) return;
    const run = executor(manager);
    await lockRollups(run, planId, { compliance: organizationIds });
    await refreshRollup(run, 'compliance', { planIds: [planId], keyIds: organizationIds });
  }
}
