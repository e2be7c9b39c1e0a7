import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** Where generated files live; the API only ever sees keys. */
export interface ReportStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes as a stream and their size; throws when the file is gone. */
  open(key: string): Promise<{ stream: Readable; sizeBytes: number }>;
  remove(key: string): Promise<void>;
}

export const REPORT_STORAGE = Symbol('REPORT_STORAGE');

/** Files under `<dataDir>/reports/`, written to a temporary name and renamed, so a reader never sees half a file. */
export class DiskReportStorage implements ReportStorage {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    if (!/^[\w-]+(\.[a-z]+)?$/.test(key)) throw new Error(`Invalid storage key "${key}"`);
    return join(this.root, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(this.root, { recursive: true });
    const temporary = `${path}.${process.pid}.part`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  }

  async open(key: string): Promise<{ stream: Readable; sizeBytes: number }> {
    const path = this.path(key);
    const { size } = await stat(path);
    return { stream: createReadStream(path), sizeBytes: size };
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
