import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline, Readable, Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import busboy from 'busboy';
import type { Actor } from '../../core/context.js';
import type { Logger } from '../../core/logger.js';
import {
  type FileService,
  SHUTTING_DOWN,
  sizeLimitText,
  type UploadAllowance,
  type UploadInProgress,
  UploadRejected,
} from './file.service.js';

export interface UploadLimits {
  maxBytes: number;
  /** 0: no minimum rate. */
  minBytesPerSecond: number;
  rateWindowMs: number;
}

const MALFORMED = 'The multipart body is malformed.';

/** Room for the multipart framing around a file of the largest size. */
const FRAMING_BYTES = 1024 * 1024;

/**
 * Receives `POST /uploads` (multipart, field "file") into storage and answers it.
 *
 * The request, a byte guard and the multipart parser form one pipeline, and the file part, its
 * inspection and the storage write another, so a client that goes away, a failing disk or
 * database, or a rejection destroys every stage: the partial file is removed and its descriptor
 * closed. Rejections of the file itself (type, size, empty) are answered once the body is read,
 * as browsers may not show an answer that arrives mid-upload; a body that trickles slower than the
 * minimum rate, one larger than any allowed file, a malformed one and uploads cut by a shutdown
 * are answered at once and the connection closed. So are uploads past the user's rate (429) or
 * quota (413), before any of the body is read.
 */
export function receiveUpload(req: IncomingMessage, res: ServerResponse, deps: UploadDeps): void {
  void deps.files.admitUploader(deps.em, deps.actor).then(
    (allowance) => receive(req, res, deps, allowance),
    (error: unknown) => {
      if (error instanceof UploadRejected) return refuse(req, res, error);
      // A stop closed the database while this upload waited for its admission.
      if (deps.files.uploadsStopped) return refuseUpload(req, res, 503, SHUTTING_DOWN);
      deps.logger.error('upload admission failed', { error: String(error) });
      refuseUpload(req, res, 500, 'The upload failed.');
    },
  );
}

interface UploadDeps {
  em: EntityManager;
  actor: Actor;
  files: FileService;
  limits: UploadLimits;
  logger: Logger;
}

type Answer = [status: number, body: unknown, headers?: Record<string, string>];

function receive(
  req: IncomingMessage,
  res: ServerResponse,
  deps: UploadDeps,
  allowance: UploadAllowance,
): void {
  const { files, limits, logger } = deps;
  let answered = false;
  let cutBy: UploadRejected | undefined;
  let part: Readable | undefined;
  let storing: Promise<Answer> | undefined;
  let malformed = false;

  const answer = (
    status: number,
    body: unknown,
    closeConnection = false,
    headers: Record<string, string> = {},
  ) => {
    if (answered) return;
    answered = true;
    if (res.headersSent || res.writableEnded || res.destroyed) return;
    if (closeConnection) res.setHeader('Connection', 'close');
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(body));
  };

  // Settles once the request is over (or cut) and the storage write, if any, has finished or
  // been cleaned up.
  let settle!: () => void;
  const whenSettled = new Promise<void>((resolve) => (settle = resolve));
  const finish = () => void (storing ?? Promise.resolve()).then(() => settle());

  const upload: UploadInProgress = {
    cut(rejection) {
      // Once the whole body is in, the upload only has its last write and row to finish.
      if (cutBy || answered || req.complete) return;
      cutBy = rejection;
      intake.discard();
      part?.destroy(rejection);
      answer(rejection.status, rejection.body, true, rejection.headers);
      // The request drains until the answer is out and the connection closed; destroying it then
      // unwinds its pipeline.
      if (req.socket.destroyed) req.destroy();
      else req.socket.once('close', () => req.destroy());
      finish();
    },
    settled: () => whenSettled,
  };

  if (!files.admitUpload(upload)) {
    refuseUpload(req, res, 503, SHUTTING_DOWN);
    return;
  }

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: limits.maxBytes + 1, fields: 10 },
    });
  } catch {
    settle();
    refuseUpload(req, res, 400, MALFORMED);
    return;
  }

  parser.on('file', (field, stream, info) => {
    if (field !== 'file' || storing || cutBy) {
      stream.resume();
      return;
    }
    part = drainedWhenDestroyed(stream);
    storing = files.store(deps.em, deps.actor, info.filename ?? 'file', part, allowance).then(
      (file): Answer => [
        201,
        { id: file.id, filename: file.filename, size: file.size, contentType: file.contentType },
      ],
      (error: unknown): Answer => {
        if (error instanceof UploadRejected) return [error.status, error.body, error.headers];
        if (cutBy) return [cutBy.status, cutBy.body, cutBy.headers];
        if (malformed) return [400, { error: MALFORMED }];
        // The client went away: nobody to answer, the partial file is already gone.
        if (req.destroyed && !req.complete) return [400, { error: 'The upload was cut off.' }];
        logger.error('upload failed', { error: String(error) });
        return [500, { error: 'The upload failed.' }];
      },
    );
  });
  parser.on('error', () => {
    malformed = true;
    // Mid-body there is no point reading on; at the end of the body the answer follows 'close'.
    if (!req.complete) upload.cut(new UploadRejected(400, MALFORMED));
  });
  parser.on('close', () => {
    if (cutBy) return;
    if (!storing)
      return answer(400, {
        error: malformed ? MALFORMED : 'Send the file in the multipart field "file".',
      });
    void storing.then(([status, body, headers]) => answer(status, body, false, headers));
  });

  const intake = new Intake(parser, limits, (rejection) => upload.cut(rejection));
  pipeline(req, intake, finish);
}

/** Answers without reading the body; the connection closes after the answer. */
export function refuseUpload(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
): void {
  answerAtOnce(req, res, status, { error: message });
}

function refuse(req: IncomingMessage, res: ServerResponse, rejection: UploadRejected): void {
  answerAtOnce(req, res, rejection.status, rejection.body, rejection.headers);
}

function answerAtOnce(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return void req.resume();
  res.setHeader('Connection', 'close');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
  // Read what arrives until the socket closes, so it ends with a FIN rather than a reset.
  req.resume();
}

/**
 * The request body on its way to the parser: counts it against the largest possible upload and
 * the minimum rate, and after a cut swallows the rest instead of parsing it.
 */
class Intake extends Writable {
  private total = 0;
  private inWindow = 0;
  /** This side held the body back (the parser or storage was busy) during the current window. */
  private heldBack = false;
  private discarding = false;
  private waiting: (() => void) | undefined;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly parser: busboy.Busboy,
    private readonly limits: UploadLimits,
    private readonly onCut: (rejection: UploadRejected) => void,
  ) {
    super();
    const { minBytesPerSecond, rateWindowMs } = limits;
    if (minBytesPerSecond > 0) {
      const minimum = (minBytesPerSecond * rateWindowMs) / 1000;
      this.timer = setInterval(() => {
        if (this.inWindow < minimum && !this.heldBack && !this.waiting) {
          this.onCut(
            new UploadRejected(
              408,
              `The upload was too slow (less than ${sizeLimitText(minBytesPerSecond)} per second); try again on a faster connection.`,
            ),
          );
        }
        this.inWindow = 0;
        this.heldBack = false;
      }, rateWindowMs);
      this.timer.unref();
    }
  }

  discard(): void {
    this.discarding = true;
    clearInterval(this.timer);
    this.release();
  }

  private release = () => {
    const resume = this.waiting;
    this.waiting = undefined;
    this.parser.off('drain', this.release);
    resume?.();
  };

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.total += chunk.length;
    this.inWindow += chunk.length;
    if (this.discarding) {
      callback();
      return;
    }
    if (this.total > this.limits.maxBytes + FRAMING_BYTES) {
      this.onCut(
        new UploadRejected(413, `The file is larger than ${sizeLimitText(this.limits.maxBytes)}.`),
      );
      callback();
      return;
    }
    if (this.parser.write(chunk)) {
      callback();
      return;
    }
    this.heldBack = true;
    this.waiting = () => callback();
    this.parser.on('drain', this.release);
  }

  override _final(callback: (error?: Error | null) => void): void {
    clearInterval(this.timer);
    if (this.discarding || this.parser.destroyed) {
      callback();
      return;
    }
    this.parser.once('close', () => callback());
    this.parser.end();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    clearInterval(this.timer);
    this.release();
    // The parser passes the error on to the file part, and so to the storage write.
    if (!this.parser.destroyed) this.parser.destroy(error ?? new Error('The upload was cut off.'));
    callback(error);
  }
}

/**
 * busboy's file part as a stream of its own that passes busboy's errors on. busboy stalls the whole
 * form when one of its file parts is destroyed, so destroying this one (a rejected file) drains the
 * part instead, and the rest of the body is still read and answered.
 */
function drainedWhenDestroyed(part: Readable): Readable {
  const onData = (chunk: Buffer) => {
    if (!view.push(chunk)) part.pause();
  };
  const onEnd = () => view.push(null);
  const onError = (error: Error) => view.destroy(error);
  const view = new Readable({
    read: () => void part.resume(),
    destroy: (error, callback) => {
      part.off('data', onData).off('end', onEnd).off('error', onError);
      part.resume();
      callback(error);
    },
  });
  // busboy may still destroy the part with an error once this view is gone.
  part.on('error', () => undefined);
  part.on('data', onData).once('end', onEnd).once('error', onError);
  return view;
}
