import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  id: number;
  receivedAt: string;
  /** The SMTP envelope: who the server was told to deliver to. */
  envelopeTo: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

export interface MailCatcher {
  port: number;
  messages: CapturedMail[];
  stop(): Promise<void>;
}

/**
 * A real SMTP server that keeps what it receives in memory (the latest 500): the development
 * office's SMTP points at it, and /dev/mail lists what it caught. Accepts any login.
 */
export async function startMailCatcher(port: number, host = '127.0.0.1'): Promise<MailCatcher> {
  const messages: CapturedMail[] = [];
  let next = 1;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'dev' }),
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            id: next++,
            receivedAt: new Date().toISOString(),
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: mail.from?.text ?? '',
            to: Array.isArray(mail.to)
              ? mail.to.map((t) => t.text).join(', ')
              : (mail.to?.text ?? ''),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            messageId: mail.messageId ?? '',
          });
          if (messages.length > 500) messages.shift();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
