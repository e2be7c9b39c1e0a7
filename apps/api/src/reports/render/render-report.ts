import type { RenderFormat } from './render-formats';
import type { ReportDocument } from './report-document';

export { RENDER_FORMATS, contentTypeFor, fileExtensionFor } from './render-formats';
export type { RenderFormat } from './render-formats';

/**
 * Each renderer is loaded when its format is first asked for: a report worker that makes
 * PDFs never loads exceljs or docx (and the bundle keeps each in a chunk of its own).
 */
const RENDERERS: Record<RenderFormat, () => Promise<(report: ReportDocument) => Promise<Buffer>>> = {
  PDF: async () => (await import('./pdf-renderer')).renderPdf,
  XLSX: async () => (await import('./xlsx-renderer')).renderXlsx,
  CSV: async () => (await import('./csv-renderer')).renderCsv,
  DOCX: async () => (await import('./docx-renderer')).renderDocx,
};

/** The renderer of a format, loading its module on first use. */
export function loadRenderer(format: RenderFormat): Promise<(report: ReportDocument) => Promise<Buffer>> {
  const load = RENDERERS[format];
  // The format may come from outside the type system (a stored row, a query string).
  if (!load) return Promise.reject(new Error(`Unknown report format: ${String(format)}`));
  return load();
}

export async function renderReport(report: ReportDocument, format: RenderFormat): Promise<Buffer> {
  const render = await loadRenderer(format);
  return render(report);
}
