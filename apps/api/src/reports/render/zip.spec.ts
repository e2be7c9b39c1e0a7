import JSZip from 'jszip';
import { crc32, zip } from './zip';

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('writes an archive that JSZip reads back with checked CRCs, UTF-8 names and texts intact', async () => {
    const text = 'Əlavə göstərici: ğ ı İ ö ü ç ş '.repeat(5000);
    const bytes = zip(
      [
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'word/document.xml', data: Buffer.from(text, 'utf8') },
        { name: 'qovluq/fayl-ə.txt', data: Buffer.alloc(0) },
      ],
      new Date('2026-10-15T08:00:00Z'),
    );
    expect(bytes.length).toBeLessThan(text.length / 10);
    const read = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(['[Content_Types].xml', 'word/document.xml', 'qovluq/fayl-ə.txt']);
    expect(await read.file('word/document.xml')?.async('string')).toBe(text);
    expect(await read.file('qovluq/fayl-ə.txt')?.async('string')).toBe('');
    expect(read.file('word/document.xml')?.date.toISOString()).toBe('2026-10-15T08:00:00.000Z');
  });

  it('gives the same bytes for the same entries', () => {
    const entries = [{ name: 'a.xml', data: Buffer.from('<a>ə</a>') }];
    const when = new Date('2026-10-15T08:00:00Z');
    expect(zip(entries, when).equals(zip(entries, when))).toBe(true);
  });
});
