import type { AddressInfo, Socket } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface SmtpTransaction {
  mailFrom: string;
  rcptTo: string[];
  mail: ParsedMail;
  raw: string;
}

/** One message's DATA, as a fault decision sees it. */
export interface DataContext {
  rcptTo: string[];
  /** Position among every DATA the server has seen, from 0. */
  index: number;
  /** DATA commands for this recipient so far, this one included (1 on the first try). */
  attempt: number;
}

/** Every DATA the server saw, whatever became of it. */
export interface ReceivedData {
  rcptTo: string[];
  /** The Message-ID header, when the message arrived far enough to have one. */
  messageId: string | undefined;
  outcome: 'accepted' | 'unacknowledged' | 'refused' | 'cut';
}

/** What the server does with one message instead of taking it at once. */
export type DataFault =
  /** Answers DATA with this code: 451 (try again later), 421 (closing), 550 (rejected). Not accepted. */
  | { answer: number; message?: string }
  /** Hangs up while the message is still arriving, answering nothing: never accepted. */
  | { drop: 'mid-data' }
  /**
   * Takes the message, then hangs up before answering: accepted, though the client cannot know.
   * Listed in `unacknowledged` as well as in `transactions`.
   */
  | { drop: 'after-accept' };

/** Misbehaviour that tests switch on and off while the server runs (`smtp.faults`). */
export interface SmtpFaults {
  /** Answered instead of the greeting, then the server hangs up (421: busy, come back later). */
  greeting?: { code: number; message?: string };
  /** Logins refused with 535 whatever the credentials: every one (true), or the first that many. */
  rejectLogins?: boolean | number;
  /** Each DATA is held this long before it is answered (a busy or greylisting server). */
  tarpitMs?: number;
  /** Decides per message; nothing (undefined) takes it normally. */
  data?: (message: DataContext) => DataFault | undefined;
}

export interface TestSmtpOptions {
  /** While it returns true, DATA is held unanswered (a slow server), until it turns false. */
  hold?: () => boolean;
  /** Accepted logins; when set, authentication is required. */
  users?: Record<string, string>;
  /** Called on DATA before answering; may wait (a slow server) or throw (a refusal). */
  onData?: (transaction: { rcptTo: string[]; index: number }) => Promise<void> | void;
  /** The faults it starts with; `smtp.faults` changes them later. */
  faults?: SmtpFaults;
  port?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A real SMTP server on a free local port, recording every transaction (envelope and parsed
 * message) and every login attempt, and misbehaving on demand: refusing connections, answering
 * 421/451/535, holding each DATA for seconds, or hanging up in the middle of DATA.
 */
export async function startTestSmtp(options: TestSmtpOptions = {}) {
  const faults: SmtpFaults = { ...options.faults };
  const transactions: SmtpTransaction[] = [];
  const logins: Array<{ username: string; ok: boolean }> = [];
  /** Messages whose sender hung up, or that the server hung up on, before DATA was answered: never accepted. */
  const aborted: string[][] = [];
  /** Accepted, then the connection was cut before the answer (the window no client can close). */
  const unacknowledged: SmtpTransaction[] = [];
  const received: ReceivedData[] = [];
  const closedSessions = new Set<string>();
  const dataAttempts = new Map<string, number>();
  let connections = 0;
  let openSessions = 0;
  let peakSessions = 0;
  let dataCount = 0;

  const socketOf = (sessionId: string): Socket | undefined => {
    for (const connection of (
      server as unknown as { connections: Set<{ id: string; _socket: Socket }> }
    ).connections) {
      if (connection.id === sessionId) return connection._socket;
    }
    return undefined;
  };

  const serverOptions: SMTPServerOptions = {
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: !options.users,
    logger: false,
    // A test that stops the server while a client still holds a connection does not wait 30 s.
    closeTimeout: 500,
    onConnect: (_session, callback) => {
      connections += 1;
      openSessions += 1;
      peakSessions = Math.max(peakSessions, openSessions);
      if (faults.greeting)
        return callback(
          Object.assign(
            new Error(faults.greeting.message ?? 'Service not available, try again later'),
            { responseCode: faults.greeting.code },
          ),
        );
      callback();
    },
    onClose: (session) => {
      if (!closedSessions.has(session.id)) openSessions -= 1;
      closedSessions.add(session.id);
    },
    onAuth: (auth, _session, callback) => {
      const refused =
        faults.rejectLogins === true ||
        (typeof faults.rejectLogins === 'number' && logins.length < faults.rejectLogins);
      const ok =
        !refused && !!options.users && options.users[auth.username ?? ''] === auth.password;
      logins.push({ username: auth.username ?? '', ok });
      if (!ok)
        return callback(
          Object.assign(new Error('Invalid username or password'), { responseCode: 535 }),
        );
      callback(null, { user: auth.username });
    },
    onData: (stream, session, callback) => {
      const rcptTo = session.envelope.rcptTo.map((r) => r.address);
      const index = dataCount++;
      const key = rcptTo.join(',');
      const attempt = (dataAttempts.get(key) ?? 0) + 1;
      dataAttempts.set(key, attempt);
      const fault = faults.data?.({ rcptTo, index, attempt });
      const chunks: Buffer[] = [];
      let cut = false;
      const log = (outcome: ReceivedData['outcome']) =>
        received.push({
          rcptTo,
          messageId: /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(
            Buffer.concat(chunks).toString('utf8'),
          )?.[1],
          outcome,
        });
      stream.on('data', (c: Buffer) => {
        chunks.push(c);
        if (fault && 'drop' in fault && fault.drop === 'mid-data' && !cut) {
          // Recorded now: with its socket gone the message may never see its end.
          cut = true;
          log('cut');
          aborted.push(rcptTo);
          socketOf(session.id)?.destroy();
        }
      });
      stream.on('end', () => {
        if (cut) return callback(new Error('connection cut'));
        Promise.resolve(options.onData?.({ rcptTo, index }))
          .then(async () => {
            if (faults.tarpitMs) {
              const until = Date.now() + faults.tarpitMs;
              while (Date.now() < until && !closedSessions.has(session.id))
                await sleep(Math.min(50, until - Date.now()));
            }
            while (options.hold?.() && !closedSessions.has(session.id)) await sleep(20);
            if (closedSessions.has(session.id)) {
              log('cut');
              aborted.push(rcptTo);
              return callback(new Error('connection closed'));
            }
            if (fault && 'answer' in fault) {
              log('refused');
              return callback(
                Object.assign(new Error(fault.message ?? 'Try again later'), {
                  responseCode: fault.answer,
                }),
              );
            }
            const raw = Buffer.concat(chunks).toString('utf8');
            const transaction = {
              mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              rcptTo,
              mail: await simpleParser(raw),
              raw,
            };
            transactions.push(transaction);
            if (fault && 'drop' in fault && fault.drop === 'after-accept') {
              log('unacknowledged');
              unacknowledged.push(transaction);
              socketOf(session.id)?.destroy();
            } else log('accepted');
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  let refusing = false;
  return {
    port,
    transactions,
    logins,
    aborted,
    unacknowledged,
    /** Every DATA in order, with its Message-ID and what the server did with it. */
    received,
    /** Change what the server does from now on. */
    faults,
    get connections() {
      return connections;
    },
    /** The most sessions open at the same time. */
    get peakSessions() {
      return peakSessions;
    },
    /** Accepted messages per recipient address. */
    perRecipient(): Record<string, number> {
      const counts: Record<string, number> = {};
      for (const t of transactions) for (const r of t.rcptTo) counts[r] = (counts[r] ?? 0) + 1;
      return counts;
    },
    /** Stops listening (connections are refused: ECONNREFUSED), or listens on the same port again. */
    async refuseConnections(refuse: boolean) {
      if (refuse === refusing) return;
      refusing = refuse;
      if (refuse) server.server.close();
      else
        await new Promise<void>((resolve) =>
          server.server.listen(port, '127.0.0.1', () => resolve()),
        );
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestSmtp = Awaited<ReturnType<typeof startTestSmtp>>;
