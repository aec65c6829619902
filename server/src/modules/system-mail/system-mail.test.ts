import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { freePort } from '../../../test/net.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { until } from '../../../test/wait.js';
import { SystemMail, SystemMailStatus } from './system-mail.entity.js';
import type { SystemMailRequest } from './system-mail.service.js';
import type { SystemMailTemplateName } from './system-mail.templates.js';
import { systemSmtpUrlOf } from './system-mail.worker.js';

const TOKEN = 'tok_5ecret-Reset-Token-0123456789';

async function mailRow(app: TestApp, id: string) {
  return app.orm.em.fork().findOneOrFail(SystemMail, id, { refresh: true });
}

function settled(app: TestApp, id: string) {
  return until(
    () => mailRow(app, id),
    (row) => row.status !== SystemMailStatus.QUEUED,
    20_000,
  );
}

async function enqueue<T extends SystemMailTemplateName>(
  app: TestApp,
  request: SystemMailRequest<T>,
): Promise<string> {
  return app.orm.em
    .fork()
    .transactional((em: EntityManager) => app.services.systemMail.enqueue(em, request));
}

describe('system mail', () => {
  let smtp: TestSmtp;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startTestApp({
      systemSmtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      systemMailFrom: 'Ledgerpost <no-reply@ledgerpost.test>',
      emailRetryLimit: 2,
    });
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('sends an invitation in the recipient’s language, as text and HTML with values escaped', async () => {
    const link = `${app.config.publicUrl}/invitation?token=${TOKEN}`;
    const id = await enqueue(app, {
      to: 'Nowy.Opiekun@Example.pl',
      template: 'invitation-staff',
      language: 'en',
      vars: {
        officeName: 'Biuro <Kowalski> & Syn',
        inviterName: 'Anna Kowalska',
        role: 'CARETAKER',
        link,
        expiresAt: '2026-12-05T10:00:00.000Z',
      },
    });
    const row = await settled(app, id);
    expect(row).toMatchObject({ status: SystemMailStatus.SENT, attempts: 1 });
    expect(row.sentAt).toBeInstanceOf(Date);

    const sent = smtp.transactions.filter((t) => t.rcptTo.includes('nowy.opiekun@example.pl'));
    expect(sent).toHaveLength(1);
    const mail = sent[0]!.mail;
    expect(mail.from?.value).toEqual([{ name: 'Ledgerpost', address: 'no-reply@ledgerpost.test' }]);
    expect(mail.subject).toBe('Invitation to Biuro <Kowalski> & Syn on Ledgerpost');
    expect(mail.messageId).toBe(`<${id}@ledgerpost>`);
    expect(mail.text).toContain('Anna Kowalska invites you to join Biuro <Kowalski> & Syn');
    expect(mail.text).toContain('as client caretaker');
    expect(mail.text).toContain(link);
    expect(typeof mail.html).toBe('string');
    const html = mail.html as string;
    expect(html).toContain('Biuro &lt;Kowalski&gt; &amp; Syn');
    expect(html).not.toContain('<Kowalski>');
    expect(html).toContain(`href="${link}"`);
    expect(html).toContain('lang="en"');
  });

  it('writes Polish when no language is given', async () => {
    const id = await enqueue(app, {
      to: 'klient@example.pl',
      template: 'password-changed',
      vars: {
        name: 'Jan Nowak',
        email: 'klient@example.pl',
        officeName: 'Biuro Rachunkowe Lipa',
        changedAt: '2026-11-28T10:00:00.000Z',
      },
    });
    expect((await settled(app, id)).status).toBe(SystemMailStatus.SENT);
    const mail = smtp.transactions.find((t) => t.mail.messageId === `<${id}@ledgerpost>`)!.mail;
    expect(mail.subject).toBe('Hasło do Ledgerpost zostało zmienione');
    expect(mail.text).toContain('(biuro Biuro Rachunkowe Lipa)');
    expect(mail.text).toContain('28 listopada 2026');
    expect(mail.html).toContain('lang="pl"');
  });

  it('keeps the link with its token out of the row’s values and out of the job', async () => {
    const link = `${app.config.publicUrl}/reset-password?token=${TOKEN}`;
    const id = await enqueue(app, {
      to: 'sekret@example.pl',
      template: 'password-reset',
      language: 'pl',
      vars: { name: 'Ola', email: 'sekret@example.pl', officeName: null, link, validMinutes: 60 },
    });
    const [stored] = await app.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ row: string; job: string }>>(
        `select (select row_to_json(m)::text from system_mail m where m.id = ?) as row,
                (select data::text from pgboss.job where id = ?) as job`,
        [id, id],
      );
    expect(stored!.row).not.toContain(TOKEN);
    expect(stored!.row).toContain('Ola');
    expect(stored!.job).toContain(id);
    expect(stored!.job).not.toContain(TOKEN);
    expect((await settled(app, id)).status).toBe(SystemMailStatus.SENT);
    const mail = smtp.transactions.find((t) => t.mail.messageId === `<${id}@ledgerpost>`)!.mail;
    expect(mail.text).toContain(link);
    expect(mail.subject).toBe('Ustawienie nowego hasła w Ledgerpost');
  });

  it('sends nothing when the caller’s transaction rolls back', async () => {
    let queued: string | undefined;
    await expect(
      app.orm.em.fork().transactional(async (em: EntityManager) => {
        queued = await app.services.systemMail.enqueue(em, {
          to: 'wycofany@example.pl',
          template: 'password-changed',
          vars: {
            name: 'X',
            email: 'wycofany@example.pl',
            officeName: null,
            changedAt: new Date().toISOString(),
          },
        });
        throw new Error('the invitation failed');
      }),
    ).rejects.toThrow('the invitation failed');
    // A mail queued after it is sent: the worker ran past the rolled-back one.
    const after = await enqueue(app, {
      to: 'po@example.pl',
      template: 'password-changed',
      vars: {
        name: 'Y',
        email: 'po@example.pl',
        officeName: null,
        changedAt: new Date().toISOString(),
      },
    });
    expect((await settled(app, after)).status).toBe(SystemMailStatus.SENT);
    expect(await app.orm.em.fork().findOne(SystemMail, queued!)).toBeNull();
    expect(smtp.perRecipient()['wycofany@example.pl']).toBeUndefined();
  });

  it('retries a temporary failure with backoff, then fails with the server’s reason', async () => {
    smtp.faults.data = ({ rcptTo }) =>
      rcptTo.includes('zawsze451@example.pl') ? { answer: 451, message: 'try later' } : undefined;
    try {
      const id = await enqueue(app, {
        to: 'zawsze451@example.pl',
        template: 'password-changed',
        vars: {
          name: 'Z',
          email: 'zawsze451@example.pl',
          officeName: null,
          changedAt: new Date().toISOString(),
        },
      });
      const row = await settled(app, id);
      // EMAIL_RETRY_LIMIT is 2 here: the first try and two retries.
      expect(row).toMatchObject({ status: SystemMailStatus.FAILED, attempts: 3 });
      expect(row.lastError).toMatch(/451/);
      expect(smtp.received.filter((r) => r.rcptTo.includes('zawsze451@example.pl'))).toHaveLength(
        3,
      );
    } finally {
      smtp.faults.data = undefined;
    }
  });

  it('recovers when a retry finds the server working again', async () => {
    let refused = 0;
    smtp.faults.data = ({ rcptTo }) =>
      rcptTo.includes('raz451@example.pl') && refused++ === 0 ? { answer: 451 } : undefined;
    try {
      const id = await enqueue(app, {
        to: 'raz451@example.pl',
        template: 'password-changed',
        vars: {
          name: 'R',
          email: 'raz451@example.pl',
          officeName: null,
          changedAt: new Date().toISOString(),
        },
      });
      const row = await settled(app, id);
      expect(row).toMatchObject({ status: SystemMailStatus.SENT, attempts: 2 });
      expect(row.lastError ?? null).toBeNull();
      expect(smtp.perRecipient()['raz451@example.pl']).toBe(1);
    } finally {
      smtp.faults.data = undefined;
    }
  });

  it('fails at once on a permanent refusal', async () => {
    smtp.faults.data = ({ rcptTo }) =>
      rcptTo.includes('nieistnieje@example.pl')
        ? { answer: 550, message: 'no such user' }
        : undefined;
    try {
      const id = await enqueue(app, {
        to: 'nieistnieje@example.pl',
        template: 'password-changed',
        vars: {
          name: 'N',
          email: 'nieistnieje@example.pl',
          officeName: null,
          changedAt: new Date().toISOString(),
        },
      });
      const row = await settled(app, id);
      expect(row).toMatchObject({ status: SystemMailStatus.FAILED, attempts: 1 });
      expect(row.lastError).toMatch(/550/);
    } finally {
      smtp.faults.data = undefined;
    }
  });
});

describe('system mail in demo mode', () => {
  it('goes to the mail catcher, listed at /dev/mail', async () => {
    const app = await startTestApp({ demoData: true, devSmtpPort: await freePort() });
    try {
      const id = await enqueue(app, {
        to: 'demo@example.pl',
        template: 'password-changed',
        language: 'en',
        vars: {
          name: 'Demo',
          email: 'demo@example.pl',
          officeName: null,
          changedAt: new Date().toISOString(),
        },
      });
      expect((await settled(app, id)).status).toBe(SystemMailStatus.SENT);
      const list = (await (await fetch(`${app.url}/dev/mail?format=json`)).json()) as Array<{
        envelopeTo: string[];
        subject: string;
        from: string;
      }>;
      expect(list.filter((m) => m.envelopeTo.includes('demo@example.pl'))).toEqual([
        expect.objectContaining({
          subject: 'Your Ledgerpost password was changed',
          from: expect.stringContaining('Ledgerpost'),
        }),
      ]);
    } finally {
      await app.stop();
    }
  });

  it('is sent nowhere without SYSTEM_SMTP_URL outside demo mode, and never to a catcher in production', () => {
    const base = { systemSmtpUrl: undefined, devSmtpPort: 2525 };
    expect(systemSmtpUrlOf({ ...base, demoData: true, env: 'development' }, 40000)).toBe(
      'smtp://127.0.0.1:40000',
    );
    expect(systemSmtpUrlOf({ ...base, demoData: true, env: 'development' })).toBe(
      'smtp://127.0.0.1:2525',
    );
    expect(systemSmtpUrlOf({ ...base, demoData: false, env: 'development' })).toBeUndefined();
    expect(systemSmtpUrlOf({ ...base, demoData: true, env: 'production' })).toBeUndefined();
    expect(
      systemSmtpUrlOf({
        ...base,
        systemSmtpUrl: 'smtps://a:b@mail.example.pl',
        demoData: true,
        env: 'development',
      }),
    ).toBe('smtps://a:b@mail.example.pl');
  });

  it('marks mail FAILED when no mailer is configured, instead of leaving it queued', async () => {
    const app = await startTestApp();
    try {
      const id = await enqueue(app, {
        to: 'nikt@example.pl',
        template: 'password-changed',
        vars: {
          name: 'N',
          email: 'nikt@example.pl',
          officeName: null,
          changedAt: new Date().toISOString(),
        },
      });
      const row = await settled(app, id);
      expect(row).toMatchObject({ status: SystemMailStatus.FAILED });
      expect(row.lastError).toMatch(/SYSTEM_SMTP_URL/);
    } finally {
      await app.stop();
    }
  });
});
