/**
 * Language-neutral model of a generated completion report. The caller translates every
 * label and passes numbers as numbers; the renderers only lay out and format.
 */
export type ReportLanguage = 'AZ' | 'EN';

/**
 * `percent` values are 0–100 (30.1 means 30.1 %); `date` values are 'YYYY-MM-DD' strings.
 * `amount` is a money value in the currency named by the column header. `number` is a figure
 * of mixed kinds (an indicator column holding counts and averages): whole numbers print
 * without decimals, others with up to 2.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'number' | 'percent' | 'date' | 'amount';

/** `width`: optional width hint in characters (XLSX column width; proportional in PDF/DOCX). */
export interface ReportColumn {
  key: string;
  header: string;
  type: ColumnType;
  width?: number;
}

/** A string in a numeric column (e.g. a suppressed small count "<5") is shown as given. */
export type ReportCell = string | number | null;

export interface ReportTable {
  kind: 'table';
  /** Short and unique per document: used as the XLSX sheet name (<= 31 characters). */
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: Record<string, ReportCell>[];
  note?: string;
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | ReportTable
  | {
      kind: 'barChart';
      title: string;
      unit: 'percent' | 'count';
      bars: {
        label: string;
        value: number;
        color?: 'GREEN' | 'AMBER' | 'RED' | 'NEUTRAL';
      }[];
    };

export interface ReportDocument {
  language: ReportLanguage;
  title: string;
  subtitle?: string;
  metadata: { label: string; value: string }[];
  blocks: ReportBlock[];
  /** Also the fixed creation date inside the files, so equal input gives equal output. */
  generatedAt: Date;
}

export type ReportBarChart = Extract<ReportBlock, { kind: 'barChart' }>;
export type ReportBarColor = NonNullable<ReportBarChart['bars'][number]['color']>;
