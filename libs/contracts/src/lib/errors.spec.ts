import { isApiErrorCode } from './errors';
import { evidenceUploadPath, generatedReportDownloadPath } from './files';

describe('contracts', () => {
  it('recognises the API error codes', () => {
    expect(isApiErrorCode('CONFLICT')).toBe(true);
    expect(isApiErrorCode('OOPS')).toBe(false);
    expect(isApiErrorCode(42)).toBe(false);
  });

  it('builds the file endpoints with encoded ids', () => {
    expect(generatedReportDownloadPath('a/b')).toBe('/files/reports/a%2Fb');
    expect(evidenceUploadPath('r1')).toBe('/files/evidence/r1');
  });
});
