import { constants, deflateRawSync } from 'node:zlib';

/**
 * A ZIP archive (the container of DOCX) written with Node's native deflate. JSZip deflates in
 * JavaScript, which for the ten megabytes of XML of a national plan's annual report costs
 * seconds; this takes tens of milliseconds. Entries keep the order given; every entry carries
 * the same timestamp, so equal input gives equal bytes.
 */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** An entry compressed as it is written (DeflatedEntry), for contents too large to hold whole. */
export interface DeflatedZipEntry {
  name: string;
  compressed: Buffer;
  crc: number;
  size: number;
}

/**
 * Deflates an entry piece by piece: each piece is compressed on its own and ends on a byte
 * boundary (sync flush), the last one closes the stream; the pieces' outputs concatenated are
 * one valid deflate stream. Only the compressed bytes are kept.
 */
export class DeflatedEntry {
  private readonly out: Buffer[] = [];
  private crc = 0;
  private size = 0;

  constructor(private readonly name: string) {}

  add(piece: Buffer): void {
    if (piece.length === 0) return;
    this.crc = crc32(piece, this.crc);
    this.size += piece.length;
    this.out.push(deflateRawSync(piece, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }));
  }

  end(last: Buffer = Buffer.alloc(0)): DeflatedZipEntry {
    this.crc = crc32(last, this.crc);
    this.size += last.length;
    this.out.push(deflateRawSync(last, { level: 6 }));
    return { name: this.name, compressed: Buffer.concat(this.out), crc: this.crc, size: this.size };
  }
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 of `data`, continuing from the CRC of what came before it (`previous`). */
export function crc32(data: Uint8Array, previous = 0): number {
  let crc = previous ^ -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export function zip(entries: readonly (ZipEntry | DeflatedZipEntry)[], modified: Date): Buffer {
  const { time, date } = dosDateTime(modified);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = 'compressed' in entry ? entry : null;
    const compressed = deflated ? deflated.compressed : deflateRawSync((entry as ZipEntry).data, { level: 6 });
    const crc = deflated ? deflated.crc : crc32((entry as ZipEntry).data);
    const size = deflated ? deflated.size : (entry as ZipEntry).data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, compressed);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
