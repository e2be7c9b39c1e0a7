import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppDatePipe, AppNumberPipe } from '../../core/i18n/format.pipes';
import { IconComponent } from '../ui/icon.component';
import type { ReportEvidence } from './report-types';

/** Evidence of a report: files (with size and sha256) and links. */
@Component({
  selector: 'app-evidence-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatTooltipModule, TranslocoPipe, AppDatePipe, AppNumberPipe, IconComponent],
  template: `
    @if (evidence().length === 0) {
      <p class="muted">{{ 'evidence.none' | transloco }}</p>
    } @else {
      <ul class="evidence" data-testid="evidence-list">
        @for (e of evidence(); track e.id) {
          <li class="evidence__item">
            <app-icon [name]="e.kind === 'LINK' ? 'link' : 'attach'" [size]="20" />
            <div class="evidence__text">
              @if (e.kind === 'LINK' && e.url) {
                <a [href]="e.url" target="_blank" rel="noopener noreferrer">{{ e.title }}</a>
              } @else {
                <span class="evidence__title">{{ e.title }}</span>
              }
              <span class="evidence__meta muted">
                @if (e.fileName) {
                  {{ e.fileName }} ·
                }
                @if (e.sizeBytes !== null) {
                  @if (e.sizeBytes < 1024) {
                    {{ e.sizeBytes }} B ·
                  } @else {
                    {{ e.sizeBytes / 1024 | appNumber: '1.0-1' }} KB ·
                  }
                }
                {{ e.createdAt | appDate: true }}
              </span>
              @if (e.sha256) {
                <code class="evidence__sha" [attr.aria-label]="'SHA-256 ' + e.sha256">sha256 {{ e.sha256 }}</code>
              }
            </div>
            @if (e.kind !== 'LINK' && e.downloadUrl) {
              <button
                mat-icon-button
                type="button"
                (click)="download.emit(e)"
                [attr.aria-label]="'evidence.download' | transloco: { name: e.title }"
              >
                <app-icon name="download" />
              </button>
            }
            @if (removable()) {
              <button
                mat-icon-button
                type="button"
                (click)="remove.emit(e)"
                [attr.aria-label]="'evidence.remove' | transloco: { name: e.title }"
              >
                <app-icon name="delete" />
              </button>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .evidence {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .evidence__item {
      display: flex;
      gap: 8px;
      align-items: center;
      padding: 6px 0;
      border-bottom: 1px solid var(--app-border);
    }
    .evidence__text {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
    }
    .evidence__meta {
      font-size: 0.8125rem;
    }
    .evidence__sha {
      font-size: 0.75rem;
      color: var(--app-text-muted);
      overflow-wrap: anywhere;
    }
  `,
})
export class EvidenceListComponent {
  readonly evidence = input.required<readonly ReportEvidence[]>();
  readonly removable = input(false);
  readonly download = output<ReportEvidence>();
  readonly remove = output<ReportEvidence>();
}
