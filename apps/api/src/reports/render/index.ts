export type {
  ColumnType,
  ReportBarChart,
  ReportBarColor,
  ReportBlock,
  ReportCell,
  ReportColumn,
  ReportDocument,
  ReportLanguage,
  ReportTable,
} from './report-document';
export { RENDER_FORMATS, contentTypeFor, fileExtensionFor, renderReport } from './render-report';
export type { RenderFormat } from './render-report';
export { renderCsv } from './csv-renderer';
export { renderDocx } from './docx-renderer';
export { renderPdf } from './pdf-renderer';
export { renderXlsx } from './xlsx-renderer';
export { REPORT_FONT_FILES, resolveFontsDirectory, setFontsDirectory } from './report-fonts';
export { formatCell, formatDate, formatNumber, formatPercent, pageLabel } from './report-format';
