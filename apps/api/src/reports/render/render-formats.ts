/**
 * The output formats and their file metadata, without the renderers: the API thread needs
 * these (downloads, file names) while pdfkit, exceljs and docx load only in the report worker.
 */

/** The values of `ReportFormat` in @nap/domain, whose enum members are accepted as they are. */
export type RenderFormat = 'PDF' | 'XLSX' | 'CSV' | 'DOCX';

export const RENDER_FORMATS: readonly RenderFormat[] = ['PDF', 'XLSX', 'CSV', 'DOCX'];

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

/** Value for the Content-Type header of a download. */
export function contentTypeFor(format: RenderFormat): string {
  return CONTENT_TYPES[format];
}

/** File name extension without the dot: 'pdf', 'xlsx', 'csv', 'docx'. */
export function fileExtensionFor(format: RenderFormat): string {
  return EXTENSIONS[format];
}
