import { renderCsv } from './csv-renderer';
import { renderDocx } from './docx-renderer';
import { renderPdf } from './pdf-renderer';
import type { ReportDocument } from './report-document';
import { renderXlsx } from './xlsx-renderer';

/** The values of `ReportFormat` in @nap/domain, whose enum members are accepted as they are. */
export type RenderFormat = 'PDF' | 'XLSX' | 'CSV' | 'DOCX';

export const RENDER_FORMATS: readonly RenderFormat[] = ['PDF', 'XLSX', 'CSV', 'DOCX'];

const RENDERERS: Record<RenderFormat, (report: ReportDocument) => Promise<Buffer>> = {
  PDF: renderPdf,
  XLSX: renderXlsx,
  CSV: renderCsv,
  DOCX: renderDocx,
};

const CONTENT_TYPES: Record<RenderFormat, string> = {
  PDF: 'application/pdf',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const EXTENSIONS: Record<RenderFormat, string> = {
  PDF: 'pdf',
  XLSX: 'xlsx',
  CSV: 'csv',
  DOCX: 'docx',
};

export function renderReport(report: ReportDocument, format: RenderFormat): Promise<Buffer> {
  const render = RENDERERS[format];
  // The format may come from outside the type system (a stored row, a query string).
  if (!render) return Promise.reject(new Error(`Unknown report format: ${String(format)}`));
  return render(report);
}

/** Value for the Content-Type header of a download. */
export function contentTypeFor(format: RenderFormat): string {
  return CONTENT_TYPES[format];
}

/** File name extension without the dot: 'pdf', 'xlsx', 'csv', 'docx'. */
export function fileExtensionFor(format: RenderFormat): string {
  return EXTENSIONS[format];
}
