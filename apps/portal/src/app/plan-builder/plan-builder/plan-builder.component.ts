import { SelectionModel } from '@angular/cdk/collections';
import type { ComponentType } from '@angular/cdk/portal';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { type BuilderMeasureFragment, PlanStructureDocument, UnassignMeasureDocument } from '@nap/contracts';
import { azIncludes } from '@nap/domain';
import { firstValueFrom, map } from 'rxjs';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppDatePipe, AppNamePipe, AppNumberPipe } from '../../core/i18n/format.pipes';
import { LanguageService } from '../../core/i18n/language.service';
import { PlanContextStore } from '../../core/plan-context/plan-context.store';
import { PlanPeriodPickerComponent } from '../../core/plan-context/plan-period-picker.component';
import { createListState } from '../../shared/data/list-state';
import { DimensionLabelPipe } from '../../shared/reporting/dimension-label.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../shared/ui/confirm-dialog.component';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { OrganizationsStore } from '../../review/data-access/organizations.store';
import { AssignDialogComponent, type AssignDialogData } from '../dialogs/assign-dialog.component';
import { IndicatorDialogComponent, type IndicatorDialogData } from '../dialogs/indicator-dialog.component';
import { MeasureDialogComponent, type MeasureDialogData } from '../dialogs/measure-dialog.component';
import { SectionDialogComponent, type SectionDialogData } from '../dialogs/section-dialog.component';
import { BreakpointObserver } from '@angular/cdk/layout';
import { ScrollRegionDirective } from '../../shared/ui/scroll-region.directive';

type Measure = BuilderMeasureFragment;
interface SectionNode {
  id: string;
  code: string;
  titleAz: string;
  titleEn: string;
  depth: number;
  measureCount: number;
}

@Component({
  selector: 'app-plan-builder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ScrollRegionDirective,
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    TranslocoPipe,
    AppDatePipe,
    AppNamePipe,
    AppNumberPipe,
    DimensionLabelPipe,
    PageHeaderComponent,
    PlanPeriodPickerComponent,
    SkeletonComponent,
    ErrorPanelComponent,
    EmptyStateComponent,
    IconComponent,
  ],
  templateUrl: './plan-builder.component.html',
  styleUrl: './plan-builder.component.scss',
})
export class PlanBuilderComponent {
  private readonly graphql = inject(GraphqlService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly context = inject(PlanContextStore);
  private readonly organizationsStore = inject(OrganizationsStore);

  protected readonly stacked = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 1023.98px)')
      .pipe(map((s) => s.matches)),
    { initialValue: false },
  );
  protected readonly columns = ['select', 'code', 'title', 'dates', 'weight', 'lead', 'partners', 'indicators'];
  protected readonly selection = new SelectionModel<string>(true, []);
  private readonly selectionVersion = signal(0);
  protected readonly sectionId = signal<string | null>(null);
  protected readonly selectedMeasureId = signal<string | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);

  protected readonly plan = resource({
    params: () => this.context.plan()?.id,
    loader: ({ params }) => this.graphql.query(PlanStructureDocument, { id: params }).then((d) => d.plan),
  });

  protected readonly sections = computed<SectionNode[]>(() => {
    if (!this.plan.hasValue()) return [];
    const { sections, measures } = this.plan.value();
    const byParent = new Map<string | null, typeof sections>();
    for (const s of sections) byParent.set(s.parentId ?? null, [...(byParent.get(s.parentId ?? null) ?? []), s]);
    const counts = new Map<string, number>();
    for (const m of measures) counts.set(m.sectionId, (counts.get(m.sectionId) ?? 0) + 1);
    const out: SectionNode[] = [];
    const walk = (parentId: string | null, depth: number) => {
      const children = [...(byParent.get(parentId) ?? [])].sort(
        (a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code, undefined, { numeric: true }),
      );
      for (const s of children) {
        out.push({
          id: s.id,
          code: s.code,
          titleAz: s.titleAz,
          titleEn: s.titleEn,
          depth,
          measureCount: counts.get(s.id) ?? 0,
        });
        walk(s.id, depth + 1);
      }
    };
    walk(null, 0);
    return out;
  });

  private readonly measures = computed<Measure[]>(() => {
    if (!this.plan.hasValue()) return [];
    const sectionId = this.sectionId();
    return this.plan.value().measures.filter((m) => !sectionId || m.sectionId === sectionId);
  });

  protected readonly list = createListState<Measure, { search: string; organizationId: string; unassigned: boolean }>({
    items: this.measures,
    initialFilter: { search: '', organizationId: '', unassigned: false },
    initialSort: { active: 'code', direction: 'asc' },
    pageSize: 25,
    matches: (m, f) =>
      (!f.search ||
        azIncludes(m.code, f.search) ||
        azIncludes(m.titleAz, f.search) ||
        azIncludes(m.titleEn, f.search)) &&
      (!f.organizationId || m.assignments.some((a) => a.organization.id === f.organizationId)) &&
      (!f.unassigned || !m.assignments.some((a) => a.role === 'LEAD')),
    sortValue: (m, column) => {
      switch (column) {
        case 'code':
          return m.code;
        case 'title':
          return this.language.pick(m.titleAz, m.titleEn);
        case 'dates':
          return m.dueDate;
        case 'weight':
          return m.weight;
        case 'lead':
          return m.assignments.find((a) => a.role === 'LEAD')?.organization.code ?? null;
        case 'partners':
          return m.assignments.filter((a) => a.role === 'PARTNER').length;
        case 'indicators':
          return m.indicators.length;
        default:
          return null;
      }
    },
  });

  protected readonly selectedMeasure = computed(() =>
    this.plan.hasValue() ? (this.plan.value().measures.find((m) => m.id === this.selectedMeasureId()) ?? null) : null,
  );
  protected readonly selectedCount = computed(() => {
    this.selectionVersion();
    return this.selection.selected.length;
  });
  protected readonly organizations = this.organizationsStore.organizations;
  protected readonly measuresEmpty = computed(() => this.measures().length === 0);

  constructor() {
    void this.organizationsStore.load();
    this.selection.changed.subscribe(() => this.selectionVersion.update((v) => v + 1));
  }

  protected lead(m: Measure) {
    return m.assignments.find((a) => a.role === 'LEAD')?.organization ?? null;
  }
  protected partners(m: Measure) {
    return m.assignments.filter((a) => a.role === 'PARTNER');
  }
  protected isSelected(id: string): boolean {
    this.selectionVersion();
    return this.selection.isSelected(id);
  }
  protected allOnPageSelected(): boolean {
    this.selectionVersion();
    const page = this.list.page();
    return page.length > 0 && page.every((m) => this.selection.isSelected(m.id));
  }
  protected togglePage(): void {
    const page = this.list.page();
    if (this.allOnPageSelected()) this.selection.deselect(...page.map((m) => m.id));
    else this.selection.select(...page.map((m) => m.id));
  }

  private async openDialog<T, D>(component: ComponentType<T>, data: D, width = '640px'): Promise<boolean> {
    const ref = this.dialog.open(component, { data, width, maxWidth: '95vw', autoFocus: 'first-tabbable' });
    const saved = (await firstValueFrom(ref.afterClosed())) === true;
    if (saved) this.plan.reload();
    return saved;
  }

  protected addSection(): void {
    const plan = this.plan.hasValue() ? this.plan.value() : null;
    if (!plan) return;
    void this.openDialog<SectionDialogComponent, SectionDialogData>(SectionDialogComponent, {
      planId: plan.id,
      sections: this.sections(),
      parentId: this.sectionId(),
    });
  }

  protected addMeasure(): void {
    const plan = this.plan.hasValue() ? this.plan.value() : null;
    const sectionId = this.sectionId() ?? this.sections()[0]?.id;
    if (!plan || !sectionId) return;
    void this.openDialog<MeasureDialogComponent, MeasureDialogData>(MeasureDialogComponent, {
      sections: this.sections(),
      sectionId,
      plan,
    });
  }

  protected editMeasure(measure: Measure): void {
    const plan = this.plan.hasValue() ? this.plan.value() : null;
    if (!plan) return;
    void this.openDialog<MeasureDialogComponent, MeasureDialogData>(MeasureDialogComponent, {
      sections: this.sections(),
      sectionId: measure.sectionId,
      plan,
      measure,
    });
  }

  protected addIndicator(measure: Measure): void {
    void this.openDialog<IndicatorDialogComponent, IndicatorDialogData>(IndicatorDialogComponent, {
      measureId: measure.id,
      measureCode: measure.code,
    });
  }

  protected assign(measures: Measure[]): void {
    void this.openDialog<AssignDialogComponent, AssignDialogData>(
      AssignDialogComponent,
      { measures: measures.map((m) => ({ id: m.id, code: m.code })), organizations: this.organizations() },
      '520px',
    ).then((saved) => {
      if (saved && measures.length > 1) this.selection.clear();
    });
  }

  protected assignSelected(): void {
    if (!this.plan.hasValue()) return;
    const ids = new Set(this.selection.selected);
    this.assign(this.plan.value().measures.filter((m) => ids.has(m.id)));
  }

  protected async unassign(measure: Measure, organization: { id: string; code: string }): Promise<void> {
    const data: ConfirmDialogData = {
      title: this.transloco.translate('builder.unassignTitle'),
      message: this.transloco.translate('builder.unassignMessage', {
        code: measure.code,
        organization: organization.code,
      }),
      confirmLabel: this.transloco.translate('builder.unassign'),
      danger: true,
    };
    const ok = await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data, width: '480px' }).afterClosed());
    if (!ok) return;
    this.actionError.set(null);
    try {
      await this.graphql.mutate(UnassignMeasureDocument, { measureId: measure.id, organizationId: organization.id });
      this.snackBar.open(
        this.transloco.translate('builder.unassigned', { code: measure.code, organization: organization.code }),
        undefined,
        { duration: 4000 },
      );
      this.plan.reload();
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    }
  }
}
