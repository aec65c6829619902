import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';

/**
 * Where file bytes live: on local disk (one machine) or in PostgreSQL (any number of machines).
 * An S3-compatible store would implement the same four calls.
 */
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
    const entries = await fs
      .readdir(this.root, { recursive: true, withFileTypes: true })
      .catch(() => []);
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

/**
 * Each chunk row holds about this much: a 25 MB file is a hundred statements, and no statement
 * carries (or returns) more than a chunk.
 */
export const CHUNK_BYTES = 256 * 1024;

/**
 * File bytes in PostgreSQL (file_blob and its file_chunk rows), for several API machines sharing
 * one database. Every statement is its own short transaction on a pooled connection, so a slow
 * upload holds no connection while it waits for the client.
 */
export class PostgresStorage implements FileStorage {
  constructor(private readonly orm: MikroORM) {}

  private get knex(): Knex {
    return this.orm.em.getKnex();
  }

  async write(key: string, source: Readable): Promise<void> {
    if (!isKey(key)) throw new Error('invalid storage key');
    const sink = new BlobWriter(this.knex, key);
    try {
      await pipeline(source, sink);
    } catch (error) {
      await sink.settled();
      // Should the database be what failed, the start-up sweep removes the incomplete blob later.
      await this.remove(key).catch(() => undefined);
      throw error;
    }
  }

  async open(key: string): Promise<Readable> {
    if (!isKey(key)) throw new Error('invalid storage key');
    const { rows } = await this.knex.raw<{ rows: Array<{ chunk_count: number }> }>(
      'select chunk_count from file_blob where key = ? and complete',
      [key],
    );
    const [blob] = rows;
    if (!blob) throw new Error(`no stored content for ${key}`);
    return new BlobReader(this.knex, key, blob.chunk_count);
  }

  async remove(key: string): Promise<void> {
    if (!isKey(key)) throw new Error('invalid storage key');
    await this.knex.raw('delete from file_blob where key = ?', [key]);
  }

  async sweepPartial(graceMs: number): Promise<number> {
    const { rows } = await this.knex.raw<{ rows: unknown[] }>(
      `delete from file_blob where not complete and updated_at < now() - make_interval(secs => ?) returning key`,
      [graceMs / 1000],
    );
    return rows.length;
  }
}

/** Collects the stream into CHUNK_BYTES pieces and inserts each as it fills. */
class BlobWriter extends Writable {
  private pieces: Buffer[] = [];
  private pending = 0;
  private seq = 0;
  private size = 0;
  /** The statement in progress, so a failed write is cleaned up only after it. */
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly knex: Knex,
    private readonly key: string,
  ) {
    super({ highWaterMark: CHUNK_BYTES });
  }

  private run(sql: string, bindings: readonly Knex.Value[]): Promise<unknown> {
    this.running = this.knex.raw(sql, bindings).then(() => undefined);
    return this.running;
  }

  override _construct(callback: (error?: Error | null) => void): void {
    this.run('insert into file_blob (key) values (?)', [this.key]).then(() => callback(), callback);
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.pieces.push(chunk);
    this.pending += chunk.length;
    this.size += chunk.length;
    if (this.pending < CHUNK_BYTES) callback();
    else this.insertPending().then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.insertPending()
      .then(() =>
        this.run(
          'update file_blob set complete = true, size = ?, chunk_count = ?, updated_at = now() where key = ?',
          [this.size, this.seq, this.key],
        ),
      )
      .then(() => callback(), callback);
  }

  private insertPending(): Promise<unknown> {
    if (!this.pending) return Promise.resolve();
    const [only, ...more] = this.pieces;
    const data = only && !more.length ? only : Buffer.concat(this.pieces, this.pending);
    this.pieces = [];
    this.pending = 0;
    const seq = this.seq++;
    // The blob's updatedAt moves with every chunk: the sweep at start-up leaves live uploads alone.
    return this.run(
      `with piece as (insert into file_chunk (blob_key, seq, data) values (?, ?, ?))
       update file_blob set updated_at = now() where key = ?`,
      [this.key, seq, data, this.key],
    );
  }

  /** Resolves once no statement of this writer is running any more. */
  settled(): Promise<void> {
    return this.running.then(
      () => undefined,
      () => undefined,
    );
  }
}

/** Reads a blob one chunk (one indexed statement) at a time, as fast as the consumer takes them. */
class BlobReader extends Readable {
  private seq = 0;

  constructor(
    private readonly knex: Knex,
    private readonly key: string,
    private readonly chunkCount: number,
  ) {
    super({ highWaterMark: CHUNK_BYTES });
  }

  override _read(): void {
    if (this.seq >= this.chunkCount) {
      this.push(null);
      return;
    }
    const seq = this.seq++;
    this.knex
      .raw<{ rows: Array<{ data: Buffer }> }>(
        'select data from file_chunk where blob_key = ? and seq = ?',
        [this.key, seq],
      )
      .then(({ rows }) => {
        const [chunk] = rows;
        if (!chunk) throw new Error(`chunk ${seq} of ${this.key} is missing`);
        this.push(chunk.data);
      })
      .catch((error: unknown) =>
        this.destroy(error instanceof Error ? error : new Error(String(error))),
      );
  }
}

/** A partial write untouched this long belongs to no live upload (a stalled one is cut long before). */
export function partialGraceMs(config: Pick<Config, 'uploadRateWindowMs'>): number {
  return Math.max(10 * 60_000, 2 * config.uploadRateWindowMs);
}

/** The storage STORAGE names, with partial writes of dead processes swept away. */
export async function openStorage(
  config: Config,
  orm: MikroORM,
  logger: Logger,
): Promise<FileStorage> {
  const storage: FileStorage =
    config.storage === 'postgres' ? new PostgresStorage(orm) : new DiskStorage(config.storageDir);
  const swept = await storage.sweepPartial(partialGraceMs(config));
  if (swept) logger.info('partial uploads removed', { count: swept, storage: config.storage });
  return storage;
}
