import { escapeHtml, htmlToText } from './email.html.js';

/** One printout the email links to: opening the link asks the client to log in first. */
export interface EmailDocument {
  /** What it is: "Podatkowa księga przychodów i rozchodów". */
  label: string;
  /** Its period in words: "październik 2026", "rok 2026". */
  period: string;
  url: string;
}

/** The office's logo, embedded in the email as a related part (cid:) at the size it is shown. */
export interface EmailLogo {
  cid: string;
  width: number;
  height: number;
}

/** What an office's email to one of its companies says. */
export interface EmailContent {
  officeName: string;
  companyName: string;
  companyNip: string;
  subject: string;
  /** The message as written in the editor, sanitized (sanitizeEmailHtml). */
  bodyHtml: string;
  documents: EmailDocument[];
  logo?: EmailLogo | null;
}

/** The button's label: what the client does with each document. */
export const DOWNLOAD_LABEL = 'Zaloguj się i pobierz';

/** The footer saying why this company's address gets the office's email. */
export function reasonLine(officeName: string, companyName: string, nip: string): string {
  return `Otrzymujesz tę wiadomość, ponieważ biuro ${officeName} prowadzi księgowość firmy ${companyName} (NIP ${nip}).`;
}

/** A logo of `width`×`height` shown at most 200×56 px, its proportions kept. */
export function logoDisplaySize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, 200 / width, 56 / height);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

const FONT = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif;";
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const ACCENT = '#1d4ed8';

/**
 * A bulletproof button: a table cell with the colour (Outlook ignores padding on links) and a link
 * filling it, 48 px tall (14 + 20 + 14), full width on narrow screens.
 */
function button(url: string, label: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" class="lp-button" style="border-collapse:separate;"><tr><td align="center" bgcolor="${ACCENT}" style="border-radius:6px;background:${ACCENT};"><a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer" style="display:inline-block;padding:14px 24px;${FONT}font-size:16px;line-height:20px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(label)}</a></td></tr></table>`;
}

function documentRow(document: EmailDocument): string {
  return `<tr><td style="padding:0 0 12px 0;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #e3e8ef;border-radius:6px;"><tr><td style="padding:16px;${FONT}">
<p style="margin:0;font-size:16px;line-height:22px;font-weight:bold;color:${INK};">${escapeHtml(document.label)}</p>
<p style="margin:2px 0 12px 0;font-size:14px;line-height:20px;color:${MUTED};">${escapeHtml(document.period)}</p>
${button(document.url, DOWNLOAD_LABEL)}
</td></tr></table></td></tr>`;
}

function header(content: EmailContent): string {
  const office = escapeHtml(content.officeName);
  const logo = content.logo
    ? `<img src="cid:${escapeHtml(content.logo.cid)}" width="${content.logo.width}" height="${content.logo.height}" alt="${office}" style="display:block;border:0;outline:none;max-width:100%;height:auto;margin:0 0 12px 0;">`
    : '';
  return `${logo}<p style="margin:0;${FONT}font-size:20px;line-height:26px;font-weight:bold;color:${INK};">${office}</p>`;
}

/**
 * The office's email to one company as HTML and its plain-text twin. The HTML is the layout mail
 * clients render alike: nested tables, inline styles, a 600 px column that narrows with the screen
 * (one media query only widens the buttons), the office's name and logo, the company's name and
 * NIP, the message, one "Zaloguj się i pobierz" button per document and the reason it is sent.
 * Every value but the sanitized message is escaped.
 */
export function renderEmail(content: EmailContent): { html: string; text: string } {
  const company = escapeHtml(content.companyName);
  const nip = escapeHtml(content.companyNip);
  const documents = content.documents.length
    ? `<tr><td class="lp-pad" style="padding:8px 32px 16px 32px;">
<p style="margin:0 0 12px 0;${FONT}font-size:17px;line-height:24px;font-weight:bold;color:${INK};">Dokumenty do pobrania</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${content.documents.map(documentRow).join('')}</table>
<p style="margin:4px 0 0 0;${FONT}font-size:13px;line-height:19px;color:${MUTED};">Dokumenty otworzysz po zalogowaniu do konta firmy ${company}: link nie pokaże ich nikomu innemu.</p>
</td></tr>`
    : '';
  const preheader =
    content.documents.length > 0
      ? `${content.officeName}: dokumenty dla firmy ${content.companyName}`
      : `${content.officeName}: wiadomość dla firmy ${content.companyName}`;
  const html = `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${escapeHtml(content.subject)}</title>
<style>
@media only screen and (max-width: 480px) {
  .lp-pad { padding-left: 16px !important; padding-right: 16px !important; }
  .lp-button { width: 100% !important; }
  .lp-button a { display: block !important; }
}
</style>
</head>
<body style="margin:0;padding:0;background:#f1f4f8;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f1f4f8;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border:1px solid #e3e8ef;border-radius:8px;">
<tr><td class="lp-pad" style="padding:28px 32px 16px 32px;border-bottom:1px solid #e3e8ef;">${header(content)}</td></tr>
<tr><td class="lp-pad" style="padding:20px 32px 4px 32px;${FONT}font-size:14px;line-height:20px;color:${MUTED};">Dla firmy <strong style="color:${INK};">${company}</strong><br>NIP ${nip}</td></tr>
<tr><td class="lp-pad" style="padding:12px 32px 8px 32px;${FONT}font-size:16px;line-height:24px;color:${INK};overflow-wrap:anywhere;word-break:break-word;">${content.bodyHtml}</td></tr>
${documents}
<tr><td class="lp-pad" style="padding:16px 32px 24px 32px;border-top:1px solid #e3e8ef;${FONT}font-size:12px;line-height:18px;color:${MUTED};">${escapeHtml(reasonLine(content.officeName, content.companyName, content.companyNip))}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
  return { html, text: renderText(content) };
}

/** The plain-text twin: the same parts in the same order, links written out. */
function renderText(content: EmailContent): string {
  const parts = [
    content.officeName,
    `Dla firmy ${content.companyName}, NIP ${content.companyNip}`,
    htmlToText(content.bodyHtml),
  ];
  if (content.documents.length)
    parts.push(
      [
        'Dokumenty do pobrania (po zalogowaniu):',
        ...content.documents.map((d) => `- ${d.label}, ${d.period}\n  ${DOWNLOAD_LABEL}: ${d.url}`),
      ].join('\n'),
    );
  parts.push(`--\n${reasonLine(content.officeName, content.companyName, content.companyNip)}`);
  return parts.filter((part) => part.trim()).join('\n\n');
}
