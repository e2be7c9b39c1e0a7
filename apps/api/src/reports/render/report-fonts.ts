import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

/** TrueType fonts with all Azerbaijani letters; see apps/api/src/assets/fonts/README.md. */
export const REPORT_FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
} as const;

export type ReportFontStyle = keyof typeof REPORT_FONT_FILES;

let configuredDirectory: string | null = null;

/** Overrides where the fonts are read from (e.g. from configuration); `null` restores the search. */
export function setFontsDirectory(dir: string | null): void {
  configuredDirectory = dir === null ? null : resolve(dir);
}

/**
 * The bundle (dist/apps/api/main.js) has the build's copy of src/assets next to it; from source
 * (ts-jest, ts-node) the fonts are two folders up; the cwd entries cover other runners.
 */
function candidateDirectories(): string[] {
  return [
    join(__dirname, 'assets', 'fonts'),
    join(__dirname, '..', '..', 'assets', 'fonts'),
    join(process.cwd(), 'apps', 'api', 'src', 'assets', 'fonts'),
    join(process.cwd(), 'src', 'assets', 'fonts'),
  ];
}

export function resolveFontsDirectory(): string {
  const candidates = configuredDirectory !== null ? [configuredDirectory] : candidateDirectories();
  const found = candidates.find((dir) => existsSync(join(dir, REPORT_FONT_FILES.regular)));
  if (!found) {
    throw new Error(
      `Report font ${REPORT_FONT_FILES.regular} not found in ${candidates.join(', ')}; see setFontsDirectory().`,
    );
  }
  return found;
}

/** Absolute path of a report font; pdfkit caches a font per path within one document. */
export function reportFontPath(style: ReportFontStyle): string {
  return join(resolveFontsDirectory(), REPORT_FONT_FILES[style]);
}

const fontBytes = new Map<string, Buffer>();

/** The bytes of a report font, read once per thread (the report worker reads them when it starts). */
export function reportFontBytes(style: ReportFontStyle): Buffer {
  const path = reportFontPath(style);
  let bytes = fontBytes.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    fontBytes.set(path, bytes);
  }
  return bytes;
}

export function preloadReportFonts(): void {
  for (const style of Object.keys(REPORT_FONT_FILES) as ReportFontStyle[]) reportFontBytes(style);
}
