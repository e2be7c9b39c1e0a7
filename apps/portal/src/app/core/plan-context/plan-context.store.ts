import { computed, effect, inject, Injectable, signal } from '@angular/core';
import { type PlansOverviewQuery, PlansOverviewDocument } from '@nap/contracts';
import { ApiError } from '../graphql/api-error';
import { GraphqlService } from '../graphql/graphql.service';

export type PlanSummary = PlansOverviewQuery['plans'][number];
export type PeriodSummary = PlanSummary['reportingPeriods'][number];

const STORAGE_KEY = 'nap.planContext';

/**
 * The plan and reporting period every workspace looks at, chosen once and shared: the
 * active plan and its latest open period unless the user picked others (remembered).
 */
@Injectable({ providedIn: 'root' })
export class PlanContextStore {
  private readonly graphql = inject(GraphqlService);

  private readonly plansState = signal<PlanSummary[] | null>(null);
  private readonly chosen = signal<{ planId: string | null; periodId: string | null }>(readStored());
  readonly error = signal<ApiError | null>(null);
  readonly loading = signal(false);

  readonly plans = computed(() => this.plansState() ?? []);
  readonly loaded = computed(() => this.plansState() !== null);
  readonly plan = computed<PlanSummary | null>(() => {
    const plans = this.plans();
    return (
      plans.find((p) => p.id === this.chosen().planId) ?? plans.find((p) => p.status === 'ACTIVE') ?? plans[0] ?? null
    );
  });
  /** Oldest first. */
  readonly periods = computed<PeriodSummary[]>(() =>
    [...(this.plan()?.reportingPeriods ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate)),
  );
  readonly period = computed<PeriodSummary | null>(() => {
    const periods = this.periods();
    const chosen = periods.find((p) => p.id === this.chosen().periodId);
    if (chosen) return chosen;
    const open = periods.filter((p) => p.status === 'OPEN');
    return open[open.length - 1] ?? periods[periods.length - 1] ?? null;
  });
  /** The period before the chosen one (for comparisons), if any. */
  readonly previousPeriod = computed<PeriodSummary | null>(() => {
    const periods = this.periods();
    const index = periods.findIndex((p) => p.id === this.period()?.id);
    return index > 0 ? periods[index - 1] : null;
  });

  constructor() {
    void this.ensureLoaded();
    effect(() => {
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(this.chosen()));
      } catch {
        // Not remembered.
      }
    });
  }

  async ensureLoaded(): Promise<void> {
    if (this.plansState() !== null || this.loading()) return;
    await this.reload();
  }

  async reload(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const data = await this.graphql.query(PlansOverviewDocument, {});
      this.plansState.set(data.plans);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  selectPlan(planId: string): void {
    this.chosen.set({ planId, periodId: null });
  }

  selectPeriod(periodId: string): void {
    this.chosen.update((c) => ({ planId: this.plan()?.id ?? c.planId, periodId }));
  }
}

function readStored(): { planId: string | null; periodId: string | null } {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw) return JSON.parse(raw) as { planId: string | null; periodId: string | null };
  } catch {
    // Ignore.
  }
  return { planId: null, periodId: null };
}
