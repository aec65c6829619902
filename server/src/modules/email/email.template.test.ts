import { describe, expect, it } from 'vitest';
import { sanitizeEmailHtml } from './email.html.js';
import {
  DOWNLOAD_LABEL,
  type EmailContent,
  logoDisplaySize,
  reasonLine,
  renderEmail,
} from './email.template.js';
import { composeEmail } from './email.worker.js';

const content: EmailContent = {
  officeName: 'Biuro Rachunkowe Bilans',
  companyName: 'Piekarnia Złoty Kłos sp. z o.o.',
  companyNip: '5252248481',
  subject: 'Dokumenty za październik',
  bodyHtml: sanitizeEmailHtml('<p>Dzień dobry,</p><p>przesyłamy <strong>rozliczenie</strong>.</p>'),
  documents: [
    { label: 'Księga handlowa', period: 'październik 2026', url: 'https://biuro.test/files/a1' },
    { label: 'Rejestry VAT', period: 'październik 2026', url: 'https://biuro.test/files/b2' },
    { label: 'Deklaracje', period: 'rok 2026', url: 'https://biuro.test/files/c3' },
  ],
};

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the office’s email to a company', () => {
  it('names the office, the company and its NIP, and says why it is sent', () => {
    const { html, text } = renderEmail(content);
    expect(html).toContain('Biuro Rachunkowe Bilans');
    expect(html).toContain('Piekarnia Złoty Kłos sp. z o.o.');
    expect(html).toContain('NIP 5252248481');
    expect(html).toContain(
      'Otrzymujesz tę wiadomość, ponieważ biuro Biuro Rachunkowe Bilans prowadzi księgowość firmy Piekarnia Złoty Kłos sp. z o.o. (NIP 5252248481).',
    );
    expect(html).toContain('<title>Dokumenty za październik</title>');
    expect(html).toContain('<strong>rozliczenie</strong>');
    expect(text).toContain('Dla firmy Piekarnia Złoty Kłos sp. z o.o., NIP 5252248481');
    expect(text).toContain('przesyłamy rozliczenie');
    expect(
      text
        .trimEnd()
        .endsWith(reasonLine(content.officeName, content.companyName, content.companyNip)),
    ).toBe(true);
  });

  it('has one "Zaloguj się i pobierz" button per document, each with its link and period in words', () => {
    const { html, text } = renderEmail(content);
    expect(count(html, `>${DOWNLOAD_LABEL}</a>`)).toBe(3);
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>Zaloguj się i pobierz<\/a>/g)].map(
      (m) => m[1],
    );
    expect(links).toEqual(content.documents.map((d) => d.url));
    expect(count(html, 'październik 2026')).toBe(2);
    expect(html).toContain('rok 2026');
    expect(html).not.toMatch(/2026-10/);
    for (const document of content.documents)
      expect(text).toContain(
        `- ${document.label}, ${document.period}\n  ${DOWNLOAD_LABEL}: ${document.url}`,
      );
  });

  it('has no documents section without documents', () => {
    const { html, text } = renderEmail({ ...content, documents: [] });
    expect(html).not.toContain(DOWNLOAD_LABEL);
    expect(html).not.toContain('Dokumenty do pobrania');
    expect(text).not.toContain('Dokumenty do pobrania');
  });

  it('escapes hostile names, NIPs, subjects, labels and links', () => {
    const hostile = '<img src=x onerror=alert(1)>"&\'';
    const { html } = renderEmail({
      ...content,
      officeName: `Biuro ${hostile}`,
      companyName: `Firma </td></table><script>alert(2)</script>`,
      companyNip: '<b>1</b>',
      subject: '</title><script>alert(3)</script>',
      documents: [
        { label: hostile, period: hostile, url: 'https://biuro.test/files/x" onclick="alert(4)' },
      ],
    });
    // Written out as text, never as markup or attributes.
    expect(html).not.toMatch(/<script|<img src=x|" onclick="|<b>1<\/b>/);
    expect(html).toContain('Biuro &lt;img src=x onerror=alert(1)&gt;&quot;&amp;&#39;');
    expect(html).toContain('Firma &lt;/td&gt;&lt;/table&gt;&lt;script&gt;');
    expect(html).toContain('href="https://biuro.test/files/x&quot; onclick=&quot;alert(4)"');
    // The layout's own tables are all closed: the name did not end one early.
    expect(count(html, '<table')).toBe(count(html, '</table>'));
  });

  it('shows the logo by its content id at a size fitting the header', () => {
    expect(renderEmail(content).html).not.toContain('<img');
    const size = logoDisplaySize(800, 400);
    expect(size).toEqual({ width: 112, height: 56 });
    expect(logoDisplaySize(1000, 100)).toEqual({ width: 200, height: 20 });
    expect(logoDisplaySize(40, 40)).toEqual({ width: 40, height: 40 });
    const { html } = renderEmail({ ...content, logo: { cid: 'logo-1@ledgerpost', ...size } });
    expect(html).toContain(
      '<img src="cid:logo-1@ledgerpost" width="112" height="56" alt="Biuro Rachunkowe Bilans"',
    );
  });

  it('is a 600 px table layout with inline styles and a viewport for phones', () => {
    const { html } = renderEmail(content);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('max-width:600px');
    expect(html).toContain('role="presentation"');
    // Buttons: 14 + 20 + 14 px tall, text not smaller than 16 px.
    expect(html).toContain('padding:14px 24px;');
    expect(html).toContain('font-size:16px;line-height:20px;');
  });

  it('is what the worker sends, from a claimed delivery', () => {
    const email = composeEmail(
      {
        html: content.bodyHtml,
        office_name: content.officeName,
        company_name: content.companyName,
        company_nip: content.companyNip,
        subject: content.subject,
      },
      content.documents,
    );
    expect(email).toEqual(renderEmail({ ...content, logo: null }));
  });
});
