import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { jpegHead, pngImage } from '../../../test/images.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { seedBookkeeping } from '../bookkeeping/bookkeeping.demo.js';
import { jobQueueSql } from '../file/file.sweep.js';
import { OfficeVerification } from './office.entity.js';
import { LOGO_MAX_BYTES, readLogoImage } from './office.logo.js';

const SET_LOGO = graphql(`
  mutation LogoSet($uploadId: ID) {
    setOfficeLogo(uploadId: $uploadId) { id logo { id filename contentType size } }
  }
`);
const LOGO = graphql(`
  query LogoOfOffice {
    me { office { logo { id contentType } } }
  }
`);
const LOGO_SMTP = graphql(`
  mutation LogoSetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const LOGO_SEND = graphql(`
  mutation LogoSendEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const LOGO_PROGRESS = graphql(`
  query LogoProgress($id: ID!) {
    broadcast(id: $id) { queuedCount sentCount failedCount }
  }
`);

describe('readLogoImage', () => {
  it('reads a PNG’s type and size from its header', () => {
    expect(readLogoImage(pngImage(120, 40))).toEqual({
      contentType: 'image/png',
      width: 120,
      height: 40,
    });
  });

  it('reads a JPEG’s size from its frame header, past the segments before it', () => {
    expect(readLogoImage(jpegHead(640, 200))).toEqual({
      contentType: 'image/jpeg',
      width: 640,
      height: 200,
    });
  });

  it('refuses SVG, GIF, text, cut-off and empty images', () => {
    const hostile = [
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      pngImage(10, 10).subarray(0, 20),
      jpegHead(10, 10).subarray(0, 12),
      jpegHead(0, 10),
      Buffer.from([
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        0,
        0,
        0,
        13,
        ...Buffer.from('tEXt'),
        ...Buffer.alloc(12),
      ]),
      Buffer.alloc(0),
    ];
    for (const bytes of hostile) expect(readLogoImage(bytes), bytes.toString('latin1')).toBeNull();
  });
});

describe('the office logo in settings and in its emails', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let f: OfficeFixture;
  let other: OfficeFixture;

  const upload = async (token: string, bytes: Buffer, filename: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), filename);
    const response = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, id: ((await response.json()) as { id?: string }).id ?? '' };
  };
  const uploaded = async (token: string, bytes: Buffer, filename: string) => {
    const { status, id } = await upload(token, bytes, filename);
    expect(status).toBe(201);
    return id;
  };

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'tajne-hasło' } });
    app = await startTestApp();
    f = await officeFixture(app, {
      companies: 2,
      verification: OfficeVerification.VERIFIED,
      name: 'Biuro <b>Bilans</b> & Wspólnicy',
    });
    other = await officeFixture(app, { companies: 1 });
    await seedBookkeeping(
      app.orm.em.fork(),
      f.companies.map((c) => c.company),
      2025,
    );
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('sets a PNG uploaded by the head, shows it to the head only, and removes it with null', async () => {
    const id = await uploaded(f.head.token, pngImage(240, 80), 'logo.png');
    const set = ok(await app.gql(SET_LOGO, { uploadId: id }, f.head.token)).setOfficeLogo;
    expect(set).toMatchObject({ id: f.office.id, logo: { id, contentType: 'image/png' } });
    expect(ok(await app.gql(LOGO, {}, f.head.token)).me?.office?.logo?.id).toBe(id);
    expect(ok(await app.gql(LOGO, {}, f.caretaker.token)).me?.office?.logo).toBeNull();
    const removed = ok(await app.gql(SET_LOGO, { uploadId: null }, f.head.token)).setOfficeLogo;
    expect(removed.logo).toBeNull();
  });

  it('refuses another office’s upload, another person’s and a made-up id as NOT_FOUND', async () => {
    const theirs = await uploaded(other.head.token, pngImage(50, 50), 'logo.png');
    const caretakers = await uploaded(f.caretaker.token, pngImage(50, 50), 'logo.png');
    for (const uploadId of [theirs, caretakers, '00000000-0000-4000-8000-000000000000', 'x']) {
      const response = await app.gql(SET_LOGO, { uploadId }, f.head.token);
      expect(codes(response), uploadId).toEqual(['NOT_FOUND']);
    }
    expect(ok(await app.gql(LOGO, {}, f.head.token)).me?.office?.logo).toBeNull();
  });

  it('refuses what is not a PNG or JPEG by its bytes, and images too large', async () => {
    const cases: Array<[Buffer, string, string]> = [
      [
        Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1'),
        'logo.pdf',
        'LOGO_NOT_IMAGE',
      ],
      [Buffer.from('GIF89a\x10\x00\x10\x00\x00\x00\x00;', 'latin1'), 'logo.gif', 'LOGO_NOT_IMAGE'],
      // PNG magic bytes with nothing behind them: passes the upload's sniffing, not the logo's.
      [pngImage(10, 10).subarray(0, 12), 'logo.png', 'LOGO_NOT_IMAGE'],
      [pngImage(5000, 4), 'szeroki.png', 'LOGO_TOO_LARGE'],
      [pngImage(300, 300, { noise: true }), 'ciezki.png', 'LOGO_TOO_LARGE'],
    ];
    for (const [bytes, filename, reason] of cases) {
      if (reason === 'LOGO_TOO_LARGE' && filename === 'ciezki.png')
        expect(bytes.length).toBeGreaterThan(LOGO_MAX_BYTES);
      const id = await uploaded(f.head.token, bytes, filename);
      const response = await app.gql(SET_LOGO, { uploadId: id }, f.head.token);
      expect(codes(response), filename).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.reasons, filename).toEqual([reason]);
    }
    // SVG can carry script: the upload itself is refused, whatever it is called.
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
    );
    for (const filename of ['logo.svg', 'logo.png'])
      expect((await upload(f.head.token, svg, filename)).status).not.toBe(201);
    expect(ok(await app.gql(LOGO, {}, f.head.token)).me?.office?.logo).toBeNull();
  });

  it('keeps a logo from the orphan sweep while it is set', async () => {
    const id = await uploaded(f.head.token, pngImage(120, 40), 'logo.png');
    ok(await app.gql(SET_LOGO, { uploadId: id }, f.head.token));
    const em = app.orm.em.fork();
    await em.execute(
      `update stored_file set created_at = now() - interval '30 days' where id = ?`,
      [id],
    );
    await app.services.files.sweepOrphans(jobQueueSql(app.boss));
    expect(await em.execute('select 1 from stored_file where id = ?', [id])).toHaveLength(1);
    ok(await app.gql(SET_LOGO, { uploadId: null }, f.head.token));
    await app.services.files.sweepOrphans(jobQueueSql(app.boss));
    expect(await em.execute('select 1 from stored_file where id = ?', [id])).toHaveLength(0);
  });

  it('embeds the logo in each company’s email, with its name, NIP and periods in words', async () => {
    const logo = pngImage(300, 100);
    const id = await uploaded(f.head.token, logo, 'logo.png');
    ok(await app.gql(SET_LOGO, { uploadId: id }, f.head.token));
    ok(
      await app.gql(
        LOGO_SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            username: 'biuro',
            password: 'tajne-hasło',
            fromAddress: 'biuro@bilans.test',
          },
        },
        f.head.token,
      ),
    );
    const target = f.companies[1]!; // TAX_BOOK
    const before = smtp.transactions.length;
    const { sendEmail } = ok(
      await app.gql(
        LOGO_SEND,
        {
          input: {
            companyIds: [target.company.id],
            subject: 'Dokumenty za październik',
            html: '<p>Dzień dobry, przesyłamy księgę.</p>',
            printouts: [{ kind: 'TAX_BOOK', period: '2025-10' }],
          },
        },
        f.head.token,
      ),
    );
    const deadline = Date.now() + 20_000;
    while (
      ok(await app.gql(LOGO_PROGRESS, { id: sendEmail.id }, f.head.token)).broadcast!.queuedCount
    ) {
      if (Date.now() > deadline) throw new Error('the email was not sent');
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const [tx] = smtp.transactions.slice(before);
    expect(tx).toBeDefined();
    const attachments = tx!.mail.attachments;
    expect(attachments).toHaveLength(1);
    const [inline] = attachments;
    expect(inline!.contentType).toBe('image/png');
    expect(inline!.related).toBe(true);
    expect(inline!.contentDisposition).toBe('inline');
    expect(Buffer.from(inline!.content).equals(logo)).toBe(true);
    const cid = inline!.contentId!.replace(/^<|>$/g, '');
    // The HTML part names it by content id (quoted-printable in the raw message).
    expect(tx!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')).toContain(`src="cid:${cid}"`);

    const html = String(tx!.mail.html);
    expect(html).toContain('width="168" height="56"');
    expect(html).toContain(target.company.name);
    expect(html).toContain(`NIP ${target.company.nip}`);
    expect(html).toContain('Podatkowa księga przychodów i rozchodów');
    expect(html).toContain('październik 2025');
    expect(html).not.toContain('2025-10');
    expect(html.split('>Zaloguj się i pobierz</a>').length - 1).toBe(1);
    // The office's name is text, not markup, wherever it appears.
    expect(html).not.toContain('<b>Bilans</b>');
    expect(html).toContain('Biuro &lt;b&gt;Bilans&lt;/b&gt; &amp; Wspólnicy');
    const text = String(tx!.mail.text);
    expect(text).toContain(`Dla firmy ${target.company.name}, NIP ${target.company.nip}`);
    expect(text).toContain('Podatkowa księga przychodów i rozchodów, październik 2025');
    expect(text).toMatch(new RegExp(`Zaloguj się i pobierz: ${app.url}/files/[0-9a-f-]{36}`));
    expect(text).toContain(
      `ponieważ biuro Biuro <b>Bilans</b> & Wspólnicy prowadzi księgowość firmy ${target.company.name}`,
    );
  });
});
