import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';

/** Where file bytes live. On disk today; an S3-compatible store implements the same four calls. */
export interface FileStorage {
  /**
   * Streams `source` in under `key`. On any failure (the source's included) nothing stays under
   * the key, no descriptor is left open, and the error is rethrown.
   */
  write(key: string, source: Readable): Promise<void>;
  /** The content under `key`, ready to stream; rejects when there is none. */
  open(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
  /** Removes partial writes untouched for `graceMs` (left by a process that died); how many. */
  sweepPartial(graceMs: number): Promise<number>;
}

const PARTIAL_SUFFIX = '.part';

const isKey = (key: string) => /^[0-9a-f-]{36}$/.test(key);

export class DiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!isKey(key)) throw new Error('invalid storage key');
    return path.join(this.root, key.slice(0, 2), key);
  }

  async write(key: string, source: Readable): Promise<void> {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}${PARTIAL_SUFFIX}`;
    const sink = createWriteStream(partial, { flags: 'wx' });
    try {
      await pipeline(source, sink);
      await fs.rename(partial, target);
    } catch (error) {
      // pipeline settles before the destroyed file stream has closed its descriptor.
      await closed(sink);
      await fs.rm(partial, { force: true });
      throw error;
    }
  }

  async open(key: string): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key));
    await once(stream, 'ready');
    return stream;
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  async sweepPartial(graceMs: number): Promise<number> {
    const entries = await fs.readdir(this.root, { recursive: true, withFileTypes: true }).catch(() => []);
    const cutoff = Date.now() - graceMs;
    let removed = 0;
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith(PARTIAL_SUFFIX)) continue;
      const file = path.join(entry.parentPath, entry.name);
      const stat = await fs.stat(file).catch(() => null);
      if (!stat || stat.mtimeMs >= cutoff) continue;
      await fs.rm(file, { force: true });
      removed += 1;
    }
    return removed;
  }
}

function closed(stream: WriteStream): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => stream.once('close', () => resolve()));
}

/** A partial write untouched this long belongs to no live upload (a stalled one is cut long before). */
export function partialGraceMs(config: Pick<Config, 'uploadRateWindowMs'>): number {
  return Math.max(10 * 60_000, 2 * config.uploadRateWindowMs);
}

/** The storage, with partial writes of dead processes swept away. */
export async function openStorage(config: Config, logger: Logger): Promise<FileStorage> {
  const storage = new DiskStorage(config.storageDir);
  const swept = await storage.sweepPartial(partialGraceMs(config));
  if (swept) logger.info('partial uploads removed', { count: swept });
  return storage;
}
