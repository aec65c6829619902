import { createHash, randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, Scope } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import { uuidArray } from '../../core/sql.js';
import { requireList } from '../../core/validation.js';
import { whereCompanyVisible } from '../company/company.policy.js';
import { MAX_ATTACHMENTS } from '../message/message.types.js';
import type { PrintoutKind } from '../printout/printout.kind.js';
import { StoredFile } from './file.entity.js';
import { sniffContentType, type Sniffed } from './file.sniff.js';
import type { FileStorage } from './file.storage.js';

export class UploadRejected extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

const SNIFF_BYTES = 4096;

export class FileService {
  constructor(
    readonly storage: FileStorage,
    private readonly maxBytes: number,
  ) {}

  /**
   * Streams an upload to storage while hashing, counting and sniffing it; rejects it (and keeps
   * nothing) when it is empty, over the size limit or not of an allowed type.
   */
  async store(em: EntityManager, actor: Actor, filename: string, source: Readable): Promise<StoredFile> {
    const name = cleanFilename(filename);
    const id = randomUUID();
    const hash = createHash('sha256');
    const maxBytes = this.maxBytes;
    let size = 0;
    let head = Buffer.alloc(0);
    let sniffed: Sniffed | null = null;
    const sniff = () => {
      sniffed = sniffContentType(head, name);
      if (!sniffed) throw new UploadRejected(415, 'This type of file is not accepted (PDF, images, office documents, XML, CSV or text).');
    };
    // Read through a relay: stopping early destroys the relay, not the request's stream, which is
    // then drained so the rest of the request can still be parsed and answered.
    const relay = new PassThrough();
    source.pipe(relay);
    async function* inspected() {
      for await (const chunk of relay as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) throw new UploadRejected(413, `The file is larger than ${sizeLimitText(maxBytes)}.`);
        hash.update(chunk);
        if (!sniffed) {
          head = Buffer.concat([head, chunk]);
          if (head.length >= SNIFF_BYTES) sniff();
        }
        yield chunk;
      }
      if (size === 0) throw new UploadRejected(400, 'The file is empty.');
      if (!sniffed) sniff();
    }
    try {
      await this.storage.write(id, Readable.from(inspected()));
    } catch (error) {
      source.unpipe(relay);
      source.resume();
      throw error;
    }
    const type = sniffed as unknown as Sniffed;
    const file = em.create(StoredFile, {
      id,
      uploader: actor.userId,
      filename: name,
      size,
      contentType: type.contentType,
      sha256: hash.digest('hex'),
      storageKey: id,
    });
    try {
      await em.flush();
    } catch (error) {
      await this.storage.remove(id);
      throw error;
    }
    return file;
  }

  /** A file the service made itself (a printout): stored and recorded like an upload. */
  async storeGenerated(
    em: EntityManager,
    file: { uploaderId: string; companyId: string; filename: string; content: Buffer; contentType: string; printout?: PrintoutKind; period?: string },
  ): Promise<StoredFile> {
    const id = randomUUID();
    await this.storage.write(id, Readable.from([file.content]));
    const stored = em.create(StoredFile, {
      id,
      uploader: file.uploaderId,
      company: file.companyId,
      filename: cleanFilename(file.filename),
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

  /** Attachment ids must name files the actor uploaded; else NOT_FOUND, as for anyone else's. */
  async requireOwnUploads({ em, actor }: Scope, ids: string[]): Promise<string[]> {
    const distinct = requireList(ids, 'attachmentIds', MAX_ATTACHMENTS, 0);
    if (!distinct.length || !actor) return [];
    const invalid = distinct.find((id) => !isId(id));
    if (invalid !== undefined) throw new NotFoundError('File', invalid);
    const rows: Array<{ id: string }> = await em.execute(
      'select id from stored_file where id = any(?::uuid[]) and uploader_id = ?',
      [uuidArray(distinct), actor.userId],
    );
    const own = new Set(rows.map((r) => r.id));
    const missing = distinct.find((id) => !own.has(id));
    if (missing !== undefined) throw new NotFoundError('File', missing);
    return distinct;
  }

  /**
   * A file the actor may download: their own upload, or one attached to a message of a company
   * they see. Null otherwise, whether or not it exists.
   */
  async findReadable(em: EntityManager, actor: Actor, id: string): Promise<StoredFile | null> {
    if (!isId(id)) return null;
    const knex = em.getKnex();
    const query = knex('stored_file as f')
      .select('f.*')
      .where('f.id', id)
      .andWhere((q) =>
        q.where('f.uploader_id', actor.userId).orWhereExists((sub) => {
          sub
            .select(knex.raw('1'))
            .from('message_attachment as ma')
            .join('message as m', 'm.id', 'ma.message_id')
            .join('company as c', 'c.id', 'm.company_id')
            .whereRaw('ma.file_id = f.id');
          whereCompanyVisible(sub, actor);
        }),
      );
    const [row] = await em.execute(query);
    return row ? em.map(StoredFile, row) : null;
  }
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
  const clean = base.replace(/[\p{Cc}\p{Bidi_Control}"]/gu, '').trim().slice(-200);
  return clean || 'file';
}
