import JSZip from 'jszip';
import { DeflatedEntry, crc32, zip } from './zip';

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

  it('an entry deflated piece by piece reads back whole, with its CRC continued across the pieces', async () => {
    const pieces = Array.from({ length: 40 }, (_, i) => Buffer.from(`<w:p>Bölmə ${i}: ${'ə ğ ı İ ö ü ç ş '.repeat(200)}</w:p>`, 'utf8'));
    const whole = Buffer.concat(pieces);
    expect(crc32(pieces[1], crc32(pieces[0]))).toBe(crc32(Buffer.concat(pieces.slice(0, 2))));
    const entry = new DeflatedEntry('word/document.xml');
    for (const piece of pieces.slice(0, -1)) entry.add(piece);
    const deflated = entry.end(pieces.at(-1));
    expect(deflated).toMatchObject({ size: whole.length, crc: crc32(whole) });
    const read = await JSZip.loadAsync(zip([deflated, { name: 'b.txt', data: Buffer.from('b') }], new Date('2026-10-15T08:00:00Z')), { checkCRC32: true });
    expect(await read.file('word/document.xml')?.async('nodebuffer')).toEqual(whole);
    expect(await read.file('b.txt')?.async('string')).toBe('b');
  });

  it('gives the same bytes for the same entries', () => {
    const entries = [{ name: 'a.xml', data: Buffer.from('<a>ə</a>') }];
    const when = new Date('2026-10-15T08:00:00Z');
    expect(zip(entries, when).equals(zip(entries, when))).toBe(true);
  });
});
