import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface SmtpTransaction {
  mailFrom: string;
  rcptTo: string[];
  mail: ParsedMail;
  raw: string;
}

export interface TestSmtpOptions {
  /** While it returns true, DATA is held unanswered (a slow server), until it turns false. */
  hold?: () => boolean;
  /** Accepted logins; when set, authentication is required. */
  users?: Record<string, string>;
  /** Called on DATA before answering; may wait (a slow server) or throw (a refusal). */
  onData?: (transaction: { rcptTo: string[]; index: number }) => Promise<void> | void;
  port?: number;
}

/**
 * A real SMTP server on a free local port, recording every transaction (envelope and parsed
 * message) and every login attempt.
 */
export async function startTestSmtp(options: TestSmtpOptions = {}) {
  const transactions: SmtpTransaction[] = [];
  const logins: Array<{ username: string; ok: boolean }> = [];
  /** Messages whose sender hung up before the server answered DATA: never accepted. */
  const aborted: string[][] = [];
  const closedSessions = new Set<string>();
  let connections = 0;
  let dataCount = 0;
  const serverOptions: SMTPServerOptions = {
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: !options.users,
    logger: false,
    onConnect: (_session, callback) => {
      connections += 1;
      callback();
    },
    onClose: (session) => {
      closedSessions.add(session.id);
    },
    onAuth: (auth, _session, callback) => {
      const ok = !!options.users && options.users[auth.username ?? ''] === auth.password;
      logins.push({ username: auth.username ?? '', ok });
      if (!ok) return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      callback(null, { user: auth.username });
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const index = dataCount++;
        const rcptTo = session.envelope.rcptTo.map((r) => r.address);
        Promise.resolve(options.onData?.({ rcptTo, index }))
          .then(async () => {
            while (options.hold?.() && !closedSessions.has(session.id)) await new Promise((resolve) => setTimeout(resolve, 20));
            if (closedSessions.has(session.id)) {
              aborted.push(rcptTo);
              return callback(new Error('connection closed'));
            }
            const raw = Buffer.concat(chunks).toString('utf8');
            transactions.push({
              mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              rcptTo,
              mail: await simpleParser(raw),
              raw,
            });
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
  return {
    port,
    transactions,
    logins,
    aborted,
    get connections() {
      return connections;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestSmtp = Awaited<ReturnType<typeof startTestSmtp>>;
