import { createHash, randomUUID } from 'node:crypto';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Actor } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import { createRateLimiter, retryAfterSeconds } from '../../core/rate-limit.js';
import type { ActorScope } from '../../core/scope.js';
import { requireList } from '../../core/validation.js';
import { MAX_ATTACHMENTS } from '../message/message.types.js';
import type { PrintoutKind } from '../printout/printout.kind.js';
import { StoredFile } from './file.entity.js';
import { recordsDownload } from './file.policy.js';
import {
  attachableFileIds,
  deleteOrphanBatch,
  findDownloadableFile,
  forgetRemovedKeys,
  lockUploadQuota,
  queuedRemovalKeys,
  recordDownload,
  type SqlRunner,
  unattachedUploadBytes,
} from './file.queries.js';
import { extensionForType, type Sniffed, sniffContentType, storedName } from './file.sniff.js';
import type { FileStorage } from './file.storage.js';

/** An upload refused: the HTTP status, and the JSON answer `{ error, ...details }`. */
export class UploadRejected extends Error {
  constructor(
    readonly status: 400 | 408 | 413 | 415 | 429 | 503,
    message: string,
    /** Machine-readable fields of the answer: `code`, and what the code needs (`retryAfter`, …). */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
  }

  get body(): Record<string, string | number> {
    return { error: this.message, ...this.details };
  }

  get headers(): Record<string, string> {
    return typeof this.details.retryAfter === 'number'
      ? { 'Retry-After': String(this.details.retryAfter) }
      : {};
  }
}

/** Limits on what one user may upload. */
export interface UploadPolicy {
  maxBytes: number;
  /** Bytes one user may hold in uploads not attached to any message. */
  quotaBytes: number;
  /** Uploads one user may start per minute, across every instance when Redis is there. */
  perMinute: number;
  /** An upload not attached within this long can no longer be, and the orphan sweep removes it. */
  orphanHours: number;
}

/** What the quota leaves for an upload about to be read. */
export interface UploadAllowance {
  bytesLeft: number;
}

/**
 * The sweep takes only uploads this much older than the age at which attaching them stops, so a
 * message being sent never loses an attachment it was given a moment before.
 */
export const SWEEP_MARGIN_SECONDS = 5 * 60;
const SWEEP_BATCH = 500;
/** Bounds one sweep's work; a backlog is worked off by the next runs. */
const SWEEP_MAX_BATCHES = 20;

export const SHUTTING_DOWN = 'The server is restarting; send the file again in a moment.';

const SNIFF_BYTES = 4096;

/** An upload being received, which stopUploads() may cut off. */
export interface UploadInProgress {
  /** Stops receiving: the partial file is removed and the client answered with the rejection. */
  cut(rejection: UploadRejected): void;
  /** Settles once nothing of the upload is left running (its storage write done or cleaned up). */
  settled(): Promise<void>;
}

export class FileService {
  private acceptingUploads = true;
  private readonly uploads = new Set<UploadInProgress>();

  private readonly uploadRate: RateLimiterAbstract;

  constructor(
    readonly storage: FileStorage,
    private readonly policy: UploadPolicy,
    redis?: Redis,
  ) {
    this.uploadRate = createRateLimiter(
      { name: 'uploads', points: policy.perMinute, windowSeconds: 60 },
      redis,
    );
  }

  /** Registers an upload for stopUploads(); false once uploads are stopped (answer 503). */
  admitUpload(upload: UploadInProgress): boolean {
    if (!this.acceptingUploads) return false;
    this.uploads.add(upload);
    void upload.settled().finally(() => this.uploads.delete(upload));
    return true;
  }

  /**
   * For a graceful stop: new uploads are refused (503) from now on, uploads in progress are cut
   * off with a 503; resolves once their partial files are removed and their descriptors closed.
   */
  async stopUploads(): Promise<void> {
    this.acceptingUploads = false;
    const inProgress = [...this.uploads];
    for (const upload of inProgress) upload.cut(new UploadRejected(503, SHUTTING_DOWN));
    await Promise.all(inProgress.map((upload) => upload.settled()));
  }

  get uploadsStopped(): boolean {
    return !this.acceptingUploads;
  }

  /**
   * Checked before an upload's body is read: 429 past the user's uploads per minute (every attempt
   * counts), 413 when their unattached uploads already fill the quota.
   */
  async admitUploader(em: EntityManager, actor: Actor): Promise<UploadAllowance> {
    try {
      await this.uploadRate.consume(actor.userId);
    } catch (rejection) {
      const retryAfter = retryAfterSeconds(rejection);
      if (retryAfter === null) throw rejection;
      throw new UploadRejected(
        429,
        `Too many uploads: at most ${this.policy.perMinute} a minute. Try again in ${retryAfter} s.`,
        {
          code: 'TOO_MANY_REQUESTS',
          retryAfter,
        },
      );
    }
    const used = await unattachedUploadBytes(em, actor.userId);
    if (used >= this.policy.quotaBytes) throw this.quotaExceeded(used);
    return { bytesLeft: this.policy.quotaBytes - used };
  }

  /**
   * Streams an upload to storage while hashing, counting and sniffing it; rejects it (and keeps
   * nothing) when it is empty, over the size limit or the quota, or not of an allowed type, or when
   * `source` fails (the request was cut off). Stored under a name whose extension is the sniffed
   * type's (storedName).
   */
  async store(
    em: EntityManager,
    actor: Actor,
    filename: string,
    source: Readable,
    allowance?: UploadAllowance,
  ): Promise<StoredFile> {
    const name = cleanFilename(filename);
    const id = randomUUID();
    const { maxBytes, quotaBytes } = this.policy;
    const bytesLeft = allowance?.bytesLeft ?? quotaBytes;
    const inspection =
      bytesLeft < maxBytes
        ? new Inspection(name, bytesLeft, () =>
            this.quotaExceeded(quotaBytes - bytesLeft, { bytes: bytesLeft, atLeast: true }),
          )
        : new Inspection(
            name,
            maxBytes,
            () => new UploadRejected(413, `The file is larger than ${sizeLimitText(maxBytes)}.`),
          );
    // Errors travel both ways: a failing source fails the storage write, and a rejection or a
    // storage failure destroys the source.
    await this.storage.write(
      id,
      pipeline(source, inspection, () => undefined),
    );
    try {
      // One user's uploads are recorded one at a time, so uploads sent at once cannot together
      // pass the quota that each fits alone.
      return await em.transactional(async (tx) => {
        await lockUploadQuota(tx, actor.userId);
        const used = await unattachedUploadBytes(tx, actor.userId);
        if (used + inspection.size > quotaBytes)
          throw this.quotaExceeded(used, { bytes: inspection.size, atLeast: false });
        return tx.create(StoredFile, {
          id,
          uploader: actor.userId,
          filename: storedName(name, inspection.sniffed!.extension),
          size: inspection.size,
          contentType: inspection.sniffed!.contentType,
          sha256: inspection.hash.digest('hex'),
          storageKey: id,
        });
      });
    } catch (error) {
      await this.storage.remove(id);
      throw error;
    }
  }

  /** Bytes of the user's uploads that no message links to (printouts never count). */
  unattachedBytes(em: EntityManager, userId: string): Promise<number> {
    return unattachedUploadBytes(em, userId);
  }

  /** 413 naming what the quota holds; `file` is the upload that did not fit (read only in part: `atLeast`). */
  private quotaExceeded(
    usedBytes: number,
    file?: { bytes: number; atLeast: boolean },
  ): UploadRejected {
    const { quotaBytes, orphanHours } = this.policy;
    const fit = file
      ? `; this file (${file.atLeast ? 'over ' : ''}${bytesText(file.bytes)}) does not fit`
      : '';
    return new UploadRejected(
      413,
      `Your uploads not yet attached to a message take ${bytesText(usedBytes)} of your ${bytesText(quotaBytes)}${fit}. ` +
        `Send them with a message first; uploads never attached are deleted after ${orphanHours} h.`,
      { code: 'UPLOAD_QUOTA_EXCEEDED', quotaBytes, usedBytes },
    );
  }

  /** A file the service made itself (a printout): stored and recorded like an upload. */
  async storeGenerated(
    em: EntityManager,
    file: {
      uploaderId: string;
      companyId: string;
      filename: string;
      content: Buffer;
      contentType: string;
      printout?: PrintoutKind;
      period?: string;
    },
  ): Promise<StoredFile> {
    const id = randomUUID();
    await this.storage.write(id, Readable.from([file.content]));
    const name = cleanFilename(file.filename);
    const extension = extensionForType(file.contentType);
    const stored = em.create(StoredFile, {
      id,
      uploader: file.uploaderId,
      company: file.companyId,
      filename: extension ? storedName(name, extension) : name,
      size: file.content.length,
      contentType: file.contentType,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      storageKey: id,
      printout: file.printout,
      period: file.period,
    });
    try {
      await em.flush();
    } catch (error) {
      await this.storage.remove(id);
      throw error;
    }
    return stored;
  }

  /**
   * Attachment ids must name files the actor uploaded; else NOT_FOUND, as for anyone else's. An
   * upload never attached within UPLOAD_ORPHAN_HOURS is NOT_FOUND too: the sweep is about to take it.
   */
  async requireOwnUploads({ em, actor }: ActorScope, ids: string[]): Promise<string[]> {
    const distinct = requireList(ids, 'attachmentIds', MAX_ATTACHMENTS, 0);
    if (!distinct.length) return [];
    const invalid = distinct.find((id) => !isId(id));
    if (invalid !== undefined) throw new NotFoundError('File', invalid);
    const own = await attachableFileIds(em, actor, distinct, this.policy.orphanHours);
    const missing = distinct.find((id) => !own.has(id));
    if (missing !== undefined) throw new NotFoundError('File', missing);
    return distinct;
  }

  /**
   * Removes uploads never attached within UPLOAD_ORPHAN_HOURS (and a margin), their bytes too, in
   * either store. Rows go first, each batch in one statement that records their storage keys in
   * file_removal; the bytes follow, and a key leaves file_removal once its bytes are gone, so bytes
   * whose removal failed or was cut off by a stop are removed by a later run. Safe to run on several
   * instances at once: rows locked by a transaction attaching them are skipped.
   */
  async sweepOrphans(sql: SqlRunner): Promise<{ files: number; bytes: number; removed: number }> {
    const ageSeconds = this.policy.orphanHours * 3600 + SWEEP_MARGIN_SECONDS;
    let files = 0;
    let bytes = 0;
    for (let batch = 0; batch < SWEEP_MAX_BATCHES; batch += 1) {
      const deleted = await deleteOrphanBatch(sql, ageSeconds, SWEEP_BATCH);
      files += deleted.files;
      bytes += deleted.bytes;
      if (deleted.files < SWEEP_BATCH) break;
    }
    return { files, bytes, removed: await this.removeQueuedBytes(sql) };
  }

  /** Removes the bytes of every key in file_removal, and the keys whose bytes are gone. */
  private async removeQueuedBytes(sql: SqlRunner): Promise<number> {
    let removed = 0;
    let after = '';
    for (;;) {
      const keys = await queuedRemovalKeys(sql, after, SWEEP_BATCH);
      const done: string[] = [];
      for (const key of keys) {
        // A failure leaves the key for the next run.
        if (
          await this.storage.remove(key).then(
            () => true,
            () => false,
          )
        )
          done.push(key);
      }
      await forgetRemovedKeys(sql, done);
      removed += done.length;
      const last = keys.at(-1);
      if (keys.length < SWEEP_BATCH || last === undefined) return removed;
      after = last;
    }
  }

  /** A small stored file's bytes whole (a logo); throws past `maxBytes` rather than read on. */
  async readAll(storageKey: string, maxBytes: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of await this.storage.open(storageKey)) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new Error(`stored file larger than ${maxBytes} bytes`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  /**
   * A file the actor may download: their own upload, or one attached to a message of a company
   * they see. Null otherwise, whether or not it exists.
   */
  async findReadable(em: EntityManager, actor: Actor, id: string): Promise<StoredFile | null> {
    if (!isId(id)) return null;
    return findDownloadableFile(em, actor, id);
  }

  /** Records the download when it marks the archive's "downloaded" state (recordsDownload). */
  async recordDownload(em: EntityManager, actor: Actor, file: StoredFile): Promise<void> {
    if (recordsDownload(actor)) await recordDownload(em, file.id, actor.userId);
  }
}

/** A size for people: "1.5 MB", "64 KB", "300 bytes". */
export function bytesText(bytes: number): string {
  const round = (value: number) => String(Math.round(value * 10) / 10);
  if (bytes >= 1024 * 1024) return `${round(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The upload limit in the largest whole unit: "25 MB", "64 KB" or bytes. */
export function sizeLimitText(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/** A display name without paths or control characters (C0, C1, bidi), at most 200 characters. */
export function cleanFilename(input: string): string {
  const base = input.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\p{Cc}\p{Bidi_Control}"]/gu, '')
    .trim()
    .slice(-200);
  return clean || 'file';
}

/** Counts, hashes and sniffs the bytes passing through; fails on the first one past the limit. */
class Inspection extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  sniffed: Sniffed | null = null;
  private head = Buffer.alloc(0);

  constructor(
    private readonly name: string,
    private readonly limitBytes: number,
    private readonly overLimit: () => UploadRejected,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limitBytes) {
      callback(this.overLimit());
      return;
    }
    this.hash.update(chunk);
    if (!this.sniffed) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length >= SNIFF_BYTES && !this.sniff()) {
        callback(notAccepted());
        return;
      }
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.size === 0) {
      callback(new UploadRejected(400, 'The file is empty.'));
      return;
    }
    if (!this.sniffed && !this.sniff()) {
      callback(notAccepted());
      return;
    }
    callback();
  }

  private sniff(): boolean {
    this.sniffed = sniffContentType(this.head, this.name);
    this.head = Buffer.alloc(0);
    return this.sniffed !== null;
  }
}

const notAccepted = () =>
  new UploadRejected(
    415,
    'This type of file is not accepted: send PDF, PNG, JPEG, GIF or WEBP images, Word, Excel or OpenDocument files, ZIP, XML, CSV or plain text. Web pages, SVG images, scripts and programs are refused whatever their name.',
    { code: 'UNSUPPORTED_FILE_TYPE' },
  );
