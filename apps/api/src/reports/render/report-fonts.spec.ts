import { join } from 'path';
import { renderPdf } from './pdf-renderer';
import { REPORT_FONT_FILES, reportFontPath, resolveFontsDirectory, setFontsDirectory } from './report-fonts';
import { sampleReport } from './testing/sample-report';

describe('report fonts', () => {
  afterEach(() => setFontsDirectory(null));

  it('finds the committed fonts from source', () => {
    expect(resolveFontsDirectory()).toBe(join(__dirname, '..', '..', 'assets', 'fonts'));
    expect(reportFontPath('bold')).toBe(join(resolveFontsDirectory(), REPORT_FONT_FILES.bold));
  });

  it('uses a configured directory', () => {
    setFontsDirectory('/usr/share/fonts/truetype/dejavu');
    expect(reportFontPath('regular')).toBe('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
  });

  it('fails clearly when the fonts are missing', async () => {
    setFontsDirectory('/nonexistent/fonts');
    expect(() => resolveFontsDirectory()).toThrow('DejaVuSans.ttf not found in /nonexistent/fonts');
    await expect(renderPdf(sampleReport('EN'))).rejects.toThrow('not found');
  });
});
