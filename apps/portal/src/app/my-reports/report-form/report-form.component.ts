import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, FormRecord, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  AddEvidenceLinkDocument,
  type ImplementationStatus,
  ProgressReportDocument,
  RemoveEvidenceDocument,
  type ReportFormContextQuery,
  ReportFormContextDocument,
  SaveProgressReportDocument,
  SubmitProgressReportDocument,
} from '@nap/contracts';
import { debounceTime, filter, firstValueFrom } from 'rxjs';
import { FormDraftStore } from '../../core/drafts/form-draft.store';
import { ApiError } from '../../core/graphql/api-error';
import { GraphqlService } from '../../core/graphql/graphql.service';
import { AppDatePipe, AppNamePipe } from '../../core/i18n/format.pipes';
import { EvidenceListComponent } from '../../shared/reporting/evidence-list.component';
import { FileTransferService } from '../../shared/reporting/evidence-files.service';
import { ReportHistoryComponent } from '../../shared/reporting/report-history.component';
import {
  CURRENCIES,
  IMPLEMENTATION_STATUSES,
  type ProgressReportDetail,
  type ReportEvidence,
} from '../../shared/reporting/report-types';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
  type ConfirmDialogResult,
} from '../../shared/ui/confirm-dialog.component';
import { ErrorPanelComponent } from '../../shared/ui/error-panel.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { PageHeaderComponent } from '../../shared/ui/page-header.component';
import { SkeletonComponent } from '../../shared/ui/skeleton.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';
import { type ConflictChoice, ConflictDialogComponent } from './conflict-dialog.component';
import { IndicatorGridComponent, type IndicatorGroup } from './indicator-grid.component';
import {
  formValueFrom,
  hasSumMismatch,
  type IndicatorFormValue,
  reapplyChanges,
  type ReportFormValue,
  toSaveInput,
} from './report-form.model';

type Context = ReportFormContextQuery['myAssignments'][number];
type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error' | 'conflict';

const AUTOSAVE_DELAY_MS = 1500;

interface StoredDraft {
  value: ReportFormValue;
  /** Version of the server report the draft was typed on (null: no report yet). */
  baseVersion: number | null;
}

@Component({
  selector: 'app-report-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslocoPipe,
    AppDatePipe,
    AppNamePipe,
    PageHeaderComponent,
    SkeletonComponent,
    ErrorPanelComponent,
    StatusChipComponent,
    IconComponent,
    IndicatorGridComponent,
    EvidenceListComponent,
    ReportHistoryComponent,
  ],
  templateUrl: './report-form.component.html',
  styleUrl: './report-form.component.scss',
})
export class ReportFormComponent implements OnInit {
  private readonly graphql = inject(GraphqlService);
  private readonly drafts = inject(FormDraftStore);
  private readonly files = inject(FileTransferService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  /** Route parameters. */
  readonly periodId = input.required<string>();
  readonly assignmentId = input.required<string>();

  protected readonly statuses = IMPLEMENTATION_STATUSES;
  protected readonly currencies = CURRENCIES;

  protected readonly loading = signal(true);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly context = signal<Context | null>(null);
  protected readonly report = signal<ProgressReportDetail | null>(null);
  protected readonly saveState = signal<SaveState>('idle');
  protected readonly saveError = signal<ApiError | null>(null);
  protected readonly lastSavedAt = signal<string | null>(null);
  protected readonly restoredDraftAt = signal<string | null>(null);
  /** The restored draft has reached the server: the notice stays until dismissed, without "discard". */
  protected readonly restoredSaved = signal(false);
  protected readonly submitting = signal(false);
  protected readonly upload = signal<{ name: string; percent: number } | null>(null);
  protected readonly uploadError = signal<ApiError | null>(null);

  protected readonly form = new FormGroup({
    implementationStatus: new FormControl<ImplementationStatus>('IN_PROGRESS', {
      nonNullable: true,
      validators: Validators.required,
    }),
    percentComplete: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(100),
    ]),
    narrativeAz: new FormControl('', { nonNullable: true, validators: Validators.maxLength(20000) }),
    narrativeEn: new FormControl('', { nonNullable: true, validators: Validators.maxLength(20000) }),
    challenges: new FormControl('', { nonNullable: true, validators: Validators.maxLength(10000) }),
    nextSteps: new FormControl('', { nonNullable: true, validators: Validators.maxLength(10000) }),
    expenditureAmount: new FormControl<number | null>(null, Validators.min(0)),
    expenditureCurrency: new FormControl('AZN', { nonNullable: true }),
    expenditureSource: new FormControl('', { nonNullable: true, validators: Validators.maxLength(500) }),
    indicators: new FormArray<IndicatorGroup>([]),
  });
  protected readonly linkForm = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    url: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^https?:\/\/\S+$/i)],
    }),
  });

  protected readonly measure = computed(() => this.context()?.assignment.measure ?? null);
  protected readonly period = computed(() => this.context()?.period ?? null);
  /** Editable while the API allows SAVE (own organisation, open period, draft or returned). */
  protected readonly editable = computed(() => {
    const report = this.report();
    if (report) return report.allowedActions.includes('SAVE');
    return this.period()?.status === 'OPEN';
  });
  protected readonly canSubmit = computed(() => {
    const report = this.report();
    return report ? report.allowedActions.includes('SUBMIT') : this.editable();
  });
  /** The reviewer's comment on a returned (or reopened) report, shown at the top. */
  protected readonly reviewComment = computed(() => {
    const report = this.report();
    if (!report?.lastComment || (report.status !== 'RETURNED' && report.status !== 'DRAFT')) return null;
    const entry = [...report.history]
      .reverse()
      .find((h) => (h.action === 'RETURN' || h.action === 'REOPEN') && h.comment);
    return {
      text: report.lastComment,
      by: entry?.actorName ?? null,
      at: entry?.at ?? report.returnedAt ?? report.reopenedAt ?? null,
      action: entry?.action ?? 'RETURN',
    };
  });

  private indicatorsValid = signal(true);
  /** The server's version the current edits started from (for reapplying them after a conflict). */
  private baseValue: ReportFormValue | null = null;
  private changesSinceSave = false;
  private saving: Promise<boolean> | null = null;
  private saveAgain = false;

  private get draftKey(): string {
    return `report:${this.periodId()}:${this.assignmentId()}`;
  }

  async ngOnInit(): Promise<void> {
    await this.load();
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.onEdited());
    this.form.valueChanges
      .pipe(
        debounceTime(AUTOSAVE_DELAY_MS),
        filter(() => this.changesSinceSave && this.editable()),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => void this.save());
    this.form.controls.implementationStatus.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((status) => {
        const percent = this.form.controls.percentComplete;
        if (status === 'COMPLETED') percent.setValue(100);
        // Not started is 0 % unless the focal point already wrote a figure.
        else if (status === 'NOT_STARTED' && percent.value === null) percent.setValue(0);
      });
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const data = await this.graphql.query(ReportFormContextDocument, { periodId: this.periodId() });
      const context = data.myAssignments.find((a) => a.assignment.id === this.assignmentId()) ?? null;
      if (!context) throw new ApiError('NOT_FOUND', 'Assignment not found');
      this.context.set(context);
      const report = context.report
        ? (await this.graphql.query(ProgressReportDocument, { id: context.report.id })).progressReport
        : null;
      this.report.set(report);
      this.baseValue = formValueFrom(context.assignment.measure.indicators, report);
      this.resetForm(this.baseValue);
      this.restoreDraft(report);
      this.applyEditable();
    } catch (error) {
      this.loadError.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  private resetForm(value: ReportFormValue): void {
    const indicators = this.form.controls.indicators;
    indicators.clear({ emitEvent: false });
    for (const indicator of value.indicators) indicators.push(this.indicatorGroup(indicator), { emitEvent: false });
    const { indicators: _ignored, ...rest } = value;
    this.form.patchValue(rest, { emitEvent: false });
    this.form.markAsPristine();
    this.changesSinceSave = false;
    this.updateIndicatorValidity();
  }

  private indicatorGroup(value: IndicatorFormValue): IndicatorGroup {
    const cells = new FormRecord<FormControl<number | null>>({});
    for (const [key, cellValue] of Object.entries(value.cells))
      cells.addControl(key, new FormControl<number | null>(cellValue, Validators.min(0)));
    return new FormGroup({
      indicatorId: new FormControl(value.indicatorId, { nonNullable: true }),
      value: new FormControl<number | null>(value.value),
      cells,
      crossCells: new FormControl(value.crossCells, { nonNullable: true }),
    });
  }

  private applyEditable(): void {
    if (this.editable()) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
  }

  /** Anything typed goes to sessionStorage at once: an expired session or a reload loses nothing. */
  private onEdited(): void {
    if (!this.editable()) return;
    this.changesSinceSave = true;
    this.saveState.set('pending');
    this.updateIndicatorValidity();
    this.drafts.save<StoredDraft>(this.draftKey, {
      value: this.form.getRawValue(),
      baseVersion: this.report()?.version ?? null,
    });
  }

  private updateIndicatorValidity(): void {
    this.indicatorsValid.set(!hasSumMismatch(this.measure()?.indicators ?? [], this.form.getRawValue()));
  }

  /** Brings back what was typed before a session expiry or reload, if the server has nothing newer. */
  private restoreDraft(report: ProgressReportDetail | null): void {
    const stored = this.drafts.load<StoredDraft>(this.draftKey);
    if (!stored || !this.editable()) return;
    const serverVersion = report?.version ?? null;
    if (stored.value.baseVersion !== serverVersion) {
      this.drafts.clear(this.draftKey);
      return;
    }
    const restored = stored.value.value;
    this.resetForm(restored);
    this.form.markAsDirty();
    this.changesSinceSave = true;
    this.restoredDraftAt.set(stored.savedAt);
    this.saveState.set('pending');
    queueMicrotask(() => void this.save());
  }

  protected dismissRestored(): void {
    this.restoredDraftAt.set(null);
    this.restoredSaved.set(false);
  }

  protected discardRestoredDraft(): void {
    this.drafts.clear(this.draftKey);
    this.restoredDraftAt.set(null);
    const context = this.context();
    if (context) this.resetForm(formValueFrom(context.assignment.measure.indicators, this.report()));
    this.saveState.set('idle');
  }

  /** Saves the draft (creating it the first time). Serialised: one save at a time. Resolves true when saved. */
  protected async save(): Promise<boolean> {
    if (this.saving) {
      this.saveAgain = true;
      return this.saving;
    }
    const context = this.context();
    if (!context || !this.editable()) return false;
    if (this.form.invalid || !this.indicatorsValid()) {
      this.form.markAllAsTouched();
      this.saveState.set('invalid');
      return false;
    }
    this.saving = this.doSave(context);
    const saved = await this.saving;
    this.saving = null;
    if (this.saveAgain) {
      this.saveAgain = false;
      if (this.changesSinceSave) return this.save();
    }
    return saved;
  }

  private async doSave(context: Context): Promise<boolean> {
    this.saveState.set('saving');
    this.saveError.set(null);
    this.changesSinceSave = false;
    const report = this.report();
    const input = toSaveInput(
      this.form.getRawValue(),
      {
        measureId: context.assignment.measure.id,
        periodId: context.period.id,
        organizationId: context.assignment.organization.id,
      },
      report?.version ?? null,
    );
    try {
      const data = await this.graphql.mutate(SaveProgressReportDocument, { input });
      this.report.set(data.saveProgressReport);
      this.baseValue = formValueFrom(context.assignment.measure.indicators, data.saveProgressReport);
      this.lastSavedAt.set(data.saveProgressReport.updatedAt);
      if (!this.changesSinceSave) {
        this.drafts.clear(this.draftKey);
        if (this.restoredDraftAt()) this.restoredSaved.set(true);
        this.form.markAsPristine();
      } else {
        this.drafts.save<StoredDraft>(this.draftKey, {
          value: this.form.getRawValue(),
          baseVersion: data.saveProgressReport.version,
        });
      }
      this.saveState.set(this.changesSinceSave ? 'pending' : 'saved');
      return true;
    } catch (error) {
      const apiError = ApiError.from(error);
      this.changesSinceSave = true;
      if (apiError.code === 'CONFLICT') {
        this.saveState.set('conflict');
        void this.resolveConflict();
      } else {
        this.saveState.set('error');
        this.saveError.set(apiError);
      }
      return false;
    }
  }

  /** Someone saved a newer version: reload it and either keep what was typed on top, or take theirs. */
  protected async resolveConflict(): Promise<void> {
    const choice = await firstValueFrom(
      this.dialog
        .open<
          ConflictDialogComponent,
          void,
          ConflictChoice
        >(ConflictDialogComponent, { disableClose: true, width: '520px' })
        .afterClosed(),
    );
    const current = this.report();
    if (!current) return;
    try {
      const latest = (await this.graphql.query(ProgressReportDocument, { id: current.id })).progressReport;
      if (choice === 'discard') {
        this.report.set(latest);
        this.baseValue = formValueFrom(this.measure()?.indicators ?? [], latest);
        this.resetForm(this.baseValue);
        this.drafts.clear(this.draftKey);
        this.applyEditable();
        this.saveState.set('idle');
      } else {
        // Apply the fields this user changed on top of the newer version, then save that.
        const indicators = this.measure()?.indicators ?? [];
        const theirs = formValueFrom(indicators, latest);
        const merged = reapplyChanges(this.baseValue ?? theirs, this.form.getRawValue(), theirs);
        this.report.set(latest);
        this.baseValue = theirs;
        this.resetForm(merged);
        this.applyEditable();
        this.changesSinceSave = true;
        if (this.editable()) await this.save();
        else this.saveState.set('idle');
      }
    } catch (error) {
      this.saveState.set('error');
      this.saveError.set(ApiError.from(error));
    }
  }

  protected async submit(): Promise<void> {
    const measure = this.measure();
    const period = this.period();
    if (!measure || !period) return;
    if (this.form.invalid || !this.indicatorsValid()) {
      this.form.markAllAsTouched();
      this.saveState.set('invalid');
      return;
    }
    const data: ConfirmDialogData = {
      title: this.transloco.translate('reportForm.submitTitle'),
      message: this.transloco.translate('reportForm.submitMessage', { code: measure.code, period: period.label }),
      confirmLabel: this.transloco.translate('reportForm.submit'),
    };
    const confirmed = await firstValueFrom(
      this.dialog
        .open<
          ConfirmDialogComponent,
          ConfirmDialogData,
          ConfirmDialogResult
        >(ConfirmDialogComponent, { data, width: '480px' })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.submitting.set(true);
    try {
      if (this.changesSinceSave || !this.report()) {
        if (!(await this.save())) return;
      }
      if (this.saving) await this.saving;
      const report = this.report();
      if (!report) return;
      // One key per confirmed submission: a retry after a lost answer submits only once.
      const result = await this.graphql.mutate(SubmitProgressReportDocument, {
        id: report.id,
        idempotencyKey: crypto.randomUUID(),
      });
      this.report.set(result.submitProgressReport);
      this.drafts.clear(this.draftKey);
      this.applyEditable();
      this.snackBar.open(this.transloco.translate('reportForm.submitted', { code: measure.code }), undefined, {
        duration: 5000,
      });
      await this.router.navigate(['/my-measures']);
    } catch (error) {
      this.saveError.set(ApiError.from(error));
      this.saveState.set('error');
    } finally {
      this.submitting.set(false);
    }
  }

  protected async onFileSelected(event: Event): Promise<void> {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    inputElement.value = '';
    if (!file) return;
    this.uploadError.set(null);
    if (!this.report() && !(await this.save())) return;
    const report = this.report();
    if (!report) return;
    this.upload.set({ name: file.name, percent: 0 });
    this.files.uploadEvidence(report.id, file).subscribe({
      next: (progress) => {
        if (progress.kind === 'progress') this.upload.set({ name: file.name, percent: progress.percent });
      },
      error: (error: unknown) => {
        this.upload.set(null);
        this.uploadError.set(ApiError.from(error));
      },
      complete: () => {
        this.upload.set(null);
        void this.refreshReport();
      },
    });
  }

  protected async addLink(): Promise<void> {
    if (this.linkForm.invalid) {
      this.linkForm.markAllAsTouched();
      return;
    }
    this.uploadError.set(null);
    if (!this.report() && !(await this.save())) return;
    const report = this.report();
    if (!report) return;
    try {
      await this.graphql.mutate(AddEvidenceLinkDocument, {
        input: { reportId: report.id, ...this.linkForm.getRawValue() },
      });
      this.linkForm.reset();
      await this.refreshReport();
    } catch (error) {
      this.uploadError.set(ApiError.from(error));
    }
  }

  protected async removeEvidence(evidence: ReportEvidence): Promise<void> {
    try {
      await this.graphql.mutate(RemoveEvidenceDocument, { id: evidence.id });
      await this.refreshReport();
    } catch (error) {
      this.uploadError.set(ApiError.from(error));
    }
  }

  protected async downloadEvidence(evidence: ReportEvidence): Promise<void> {
    if (!evidence.downloadUrl) return;
    try {
      await this.files.download(evidence.downloadUrl, evidence.fileName ?? evidence.title);
    } catch (error) {
      this.uploadError.set(ApiError.from(error));
    }
  }

  /** Evidence changes bump nothing in the form; refresh the report (and its version) from the server. */
  private async refreshReport(): Promise<void> {
    const report = this.report();
    if (!report) return;
    const latest = (await this.graphql.query(ProgressReportDocument, { id: report.id })).progressReport;
    this.report.set(latest);
  }

  protected indicatorGroups(): IndicatorGroup[] {
    return this.form.controls.indicators.controls;
  }
}
