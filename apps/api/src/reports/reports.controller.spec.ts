import { contentDisposition } from './reports.controller';

describe('contentDisposition', () => {
  it('keeps Azerbaijani letters in filename* (RFC 5987) with an ASCII fallback', () => {
    expect(contentDisposition('İllik hesabat NAP 2016.pdf')).toBe(
      `attachment; filename="Illik hesabat NAP 2016.pdf"; filename*=UTF-8''%C4%B0llik%20hesabat%20NAP%202016.pdf`,
    );
    expect(contentDisposition('Əmək, şəhər, ağac, çöl, üzüm, ılıq.csv')).toMatch(/^attachment; filename="Emek, seher, agac, col, uzum, iliq.csv"; /);
  });

  it("percent-encodes the characters RFC 5987 does not allow bare: ' ( ) * !", () => {
    const header = contentDisposition("Agency's (public)*!.csv");
    expect(header.split("UTF-8''")[1]).toBe('Agency%27s%20%28public%29%2A%21.csv');
    expect(header).toContain('filename="Agency\'s (public)*!.csv"');
  });

  it('never lets a quote or backslash break out of the fallback', () => {
    expect(contentDisposition('a"b\\c.pdf')).toContain('filename="a_b_c.pdf"');
  });
});
