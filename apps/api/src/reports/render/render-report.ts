import { renderCsv } from './csv-renderer';
import { renderDocx } from './docx-renderer';
import { renderPdf } from './pdf-renderer';
import type { RenderFormat } from './render-formats';
import type { ReportDocument } from './report-document';
import { renderXlsx } from './xlsx-renderer';

export { RENDER_FORMATS, contentTypeFor, fileExtensionFor } from './render-formats';
export type { RenderFormat } from './render-formats';

const RENDERERS: Record<RenderFormat, (report: ReportDocument) => Promise<Buffer>> = {
  PDF: renderPdf,
  XLSX: renderXlsx,
  CSV: renderCsv,
  DOCX: renderDocx,
};

export function renderReport(report: ReportDocument, format: RenderFormat): Promise<Buffer> {
  const render = RENDERERS[format];
  // The format may come from outside the type system (a stored row, a query string).
  if (!render) return Promise.reject(new Error(`Unknown report format: ${String(format)}`));
  return render(report);
}
