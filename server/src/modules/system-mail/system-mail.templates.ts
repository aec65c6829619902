import { escapeHtml } from '../email/email.html.js';

export const PRODUCT_NAME = 'Ledgerpost';

/** The languages of system mail; the recipient's, Polish when it is not known. */
export type MailLanguage = 'pl' | 'en';

/** A stored or given language as one of ours: anything but English is Polish. */
export function mailLanguage(language: string | null | undefined): MailLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'pl';
}

/** What one email says, before it is written out as plain text and as HTML. */
interface MailContent {
  subject: string;
  /** Paragraphs of plain text; values are escaped for the HTML part. */
  paragraphs: string[];
  /** The one thing to click, shown as a link in HTML and as its address in the text. */
  action?: { label: string; url: string };
  /** Small print under the action (why the email came, what to do if it was not expected). */
  notes?: string[];
  /** Links in the small print (a preferences page), each as its label and address. */
  footerLinks?: Array<{ label: string; url: string }>;
  /** Extra headers of the email (List-Unsubscribe). */
  headers?: Record<string, string>;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * A template: its values (`V`), which of them are secrets (a link with a token in it: sealed in the
 * `system_mail` row, never logged), and its content in each language.
 */
interface SystemMailTemplate<V> {
  secret: ReadonlyArray<keyof V & string>;
  content: Record<MailLanguage, (vars: V) => MailContent>;
}

const staffRoles = {
  pl: { CARETAKER: 'opiekun klientów', OFFICE_HEAD: 'kierownik biura' },
  en: { CARETAKER: 'client caretaker', OFFICE_HEAD: 'office head' },
} as const;

/** A time as the recipient reads it: Polish time, in their language's format. */
export function formatTime(iso: string, language: MailLanguage): string {
  return new Intl.DateTimeFormat(language === 'pl' ? 'pl-PL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Warsaw',
  }).format(new Date(iso));
}

/** One office's company in an alert: who wrote to whom, how many new messages, where to read them. */
export interface AlertCompany {
  officeName: string;
  companyName: string;
  count: number;
  link: string;
}

const newMessages = {
  pl: (n: number) => {
    const form = new Intl.PluralRules('pl-PL').select(n);
    return `${n} ${form === 'one' ? 'nową wiadomość' : form === 'few' ? 'nowe wiadomości' : 'nowych wiadomości'}`;
  },
  en: (n: number) => `${n} new ${n === 1 ? 'message' : 'messages'}`,
};

/** The office named in an alert's subject: the one office, or none when several wrote. */
function soleOffice(companies: AlertCompany[]): string | undefined {
  const names = new Set(companies.map((c) => c.officeName));
  return names.size === 1 ? companies[0]?.officeName : undefined;
}

/** RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the link. */
function oneClickHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/**
 * Every system email, by name. To add one: a name, its values, which are secret, and its Polish and
 * English content; `SystemMailService.enqueue` then takes exactly those values.
 */
export const systemMailTemplates = {
  'invitation-staff': {
    secret: ['link'],
    content: {
      pl: (v) => ({
        subject: `Zaproszenie do biura ${v.officeName} w ${PRODUCT_NAME}`,
        paragraphs: [
          `${v.inviterName} zaprasza Cię do biura ${v.officeName} w ${PRODUCT_NAME} jako ${staffRoles.pl[v.role]}.`,
          `Link jest ważny do ${formatTime(v.expiresAt, 'pl')} i można go użyć tylko raz.`,
        ],
        action: { label: 'Przyjmij zaproszenie', url: v.link },
        notes: ['Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.'],
      }),
      en: (v) => ({
        subject: `Invitation to ${v.officeName} on ${PRODUCT_NAME}`,
        paragraphs: [
          `${v.inviterName} invites you to join ${v.officeName} on ${PRODUCT_NAME} as ${staffRoles.en[v.role]}.`,
          `The link works once, until ${formatTime(v.expiresAt, 'en')}.`,
        ],
        action: { label: 'Accept the invitation', url: v.link },
        notes: ['If you did not expect this invitation, ignore this email.'],
      }),
    },
  } satisfies SystemMailTemplate<{
    officeName: string;
    inviterName: string;
    role: 'CARETAKER' | 'OFFICE_HEAD';
    link: string;
    /** ISO 8601. */
    expiresAt: string;
  }>,
  'invitation-client': {
    secret: ['link'],
    content: {
      pl: (v) => ({
        subject: `${v.officeName} zaprasza do ${PRODUCT_NAME}`,
        paragraphs: [
          `${v.inviterName} z biura ${v.officeName} zaprasza Cię do ${PRODUCT_NAME}, gdzie biuro wysyła wiadomości i dokumenty firmy ${v.companyName}.`,
          `Link jest ważny do ${formatTime(v.expiresAt, 'pl')} i można go użyć tylko raz.`,
        ],
        action: { label: 'Przyjmij zaproszenie', url: v.link },
        notes: ['Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.'],
      }),
      en: (v) => ({
        subject: `${v.officeName} invites you to ${PRODUCT_NAME}`,
        paragraphs: [
          `${v.inviterName} of ${v.officeName} invites you to ${PRODUCT_NAME}, where the office sends messages and documents for ${v.companyName}.`,
          `The link works once, until ${formatTime(v.expiresAt, 'en')}.`,
        ],
        action: { label: 'Accept the invitation', url: v.link },
        notes: ['If you did not expect this invitation, ignore this email.'],
      }),
    },
  } satisfies SystemMailTemplate<{
    officeName: string;
    inviterName: string;
    companyName: string;
    link: string;
    expiresAt: string;
  }>,
  'password-reset': {
    secret: ['link'],
    content: {
      pl: (v) => ({
        subject: `Ustawienie nowego hasła w ${PRODUCT_NAME}`,
        paragraphs: [
          `Dzień dobry ${v.name},`,
          `ktoś (mamy nadzieję, że Ty) poprosił o nowe hasło do konta ${v.email} w ${PRODUCT_NAME}${v.officeName ? ` (biuro ${v.officeName})` : ''}.`,
          `Link jest ważny ${v.validMinutes} minut i można go użyć tylko raz. Po ustawieniu hasła wszystkie inne sesje zostaną wylogowane.`,
        ],
        action: { label: 'Ustaw nowe hasło', url: v.link },
        notes: ['Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło się nie zmieni.'],
      }),
      en: (v) => ({
        subject: `Set a new ${PRODUCT_NAME} password`,
        paragraphs: [
          `Hello ${v.name},`,
          `someone (we hope you) asked for a new password for ${v.email} on ${PRODUCT_NAME}${v.officeName ? ` (${v.officeName})` : ''}.`,
          `The link works once, for ${v.validMinutes} minutes. Setting a password logs out every other session.`,
        ],
        action: { label: 'Set a new password', url: v.link },
        notes: ['If it was not you, ignore this email: your password stays as it is.'],
      }),
    },
  } satisfies SystemMailTemplate<{
    name: string;
    email: string;
    officeName: string | null;
    link: string;
    validMinutes: number;
  }>,
  'password-changed': {
    secret: [],
    content: {
      pl: (v) => ({
        subject: `Hasło do ${PRODUCT_NAME} zostało zmienione`,
        paragraphs: [
          `Dzień dobry ${v.name},`,
          `hasło do konta ${v.email} w ${PRODUCT_NAME}${v.officeName ? ` (biuro ${v.officeName})` : ''} zostało zmienione ${formatTime(v.changedAt, 'pl')}.`,
          'Jeśli to nie Ty, od razu ustaw nowe hasło („Nie pamiętam hasła” na stronie logowania) i powiadom swoje biuro.',
        ],
      }),
      en: (v) => ({
        subject: `Your ${PRODUCT_NAME} password was changed`,
        paragraphs: [
          `Hello ${v.name},`,
          `the password of ${v.email} on ${PRODUCT_NAME}${v.officeName ? ` (${v.officeName})` : ''} was changed on ${formatTime(v.changedAt, 'en')}.`,
          'If it was not you, set a new password at once ("Forgot password" on the login page) and tell your office.',
        ],
      }),
    },
  } satisfies SystemMailTemplate<{
    name: string;
    email: string;
    officeName: string | null;
    changedAt: string;
  }>,
  /**
   * An alert of unread office messages (or the daily digest of them): who wrote to which company and
   * how many, with links to read them after logging in. Never any of the messages' content.
   */
  'new-messages': {
    secret: ['preferencesLink'],
    content: {
      pl: (v) => {
        const office = soleOffice(v.companies);
        return {
          subject: v.digest
            ? `Podsumowanie dnia: nowe wiadomości${office ? ` od biura ${office}` : ''} w ${PRODUCT_NAME}`
            : `Nowe wiadomości${office ? ` od biura ${office}` : ''} w ${PRODUCT_NAME}`,
          paragraphs: [
            `Dzień dobry ${v.name},`,
            ...v.companies.map(
              (c) =>
                `Biuro ${c.officeName} ma dla firmy ${c.companyName} ${newMessages.pl(c.count)}: ${c.link}`,
            ),
            'Treść wiadomości zobaczysz po zalogowaniu.',
          ],
          action: { label: 'Przeczytaj wiadomości', url: v.messagesLink },
          notes: [
            v.digest
              ? 'Dostajesz to podsumowanie raz dziennie, bo tak ustawiono powiadomienia e-mail na Twoim koncie.'
              : 'Dostajesz tę wiadomość, bo masz nieprzeczytane wiadomości od biura.',
          ],
          footerLinks: [{ label: 'Zmień powiadomienia e-mail', url: v.preferencesLink }],
          headers: oneClickHeaders(v.preferencesLink),
        };
      },
      en: (v) => {
        const office = soleOffice(v.companies);
        return {
          subject: v.digest
            ? `Daily summary: new messages${office ? ` from ${office}` : ''} on ${PRODUCT_NAME}`
            : `New messages${office ? ` from ${office}` : ''} on ${PRODUCT_NAME}`,
          paragraphs: [
            `Hello ${v.name},`,
            ...v.companies.map(
              (c) =>
                `${c.officeName} has ${newMessages.en(c.count)} for ${c.companyName}: ${c.link}`,
            ),
            'Log in to read them.',
          ],
          action: { label: 'Read the messages', url: v.messagesLink },
          notes: [
            v.digest
              ? 'You get this summary once a day, as your email notifications are set.'
              : 'You get this email because messages from your office are waiting unread.',
          ],
          footerLinks: [{ label: 'Change email notifications', url: v.preferencesLink }],
          headers: oneClickHeaders(v.preferencesLink),
        };
      },
    },
  } satisfies SystemMailTemplate<{
    name: string;
    /** The daily digest rather than an alert. */
    digest: boolean;
    companies: AlertCompany[];
    /** The client's messages in the web client. */
    messagesLink: string;
    /** The preferences page of the one-click link, its token in it. */
    preferencesLink: string;
  }>,
  'webhook-disabled': {
    secret: [],
    content: {
      pl: (v) => ({
        subject: `Webhook biura ${v.officeName} został wyłączony`,
        paragraphs: [
          `Webhook wysyłający zdarzenia do ${v.host} nie odpowiedział poprawnie ${v.failures} razy z rzędu, więc ${PRODUCT_NAME} przestał go używać ${formatTime(v.disabledAt, 'pl')}.`,
          `Ostatni błąd: ${v.lastError}.`,
          'Sprawdź odbiorcę, a potem utwórz webhook ponownie w ustawieniach biura.',
        ],
        action: { label: 'Otwórz ustawienia webhooków', url: v.link },
      }),
      en: (v) => ({
        subject: `A webhook of ${v.officeName} was disabled`,
        paragraphs: [
          `The webhook sending events to ${v.host} failed ${v.failures} times in a row, so ${PRODUCT_NAME} stopped using it on ${formatTime(v.disabledAt, 'en')}.`,
          `The last error: ${v.lastError}.`,
          "Check the receiver, then create the webhook again in the office's settings.",
        ],
        action: { label: 'Open the webhook settings', url: v.link },
      }),
    },
  } satisfies SystemMailTemplate<{
    officeName: string;
    /** The receiver's host only: a URL's path or query may carry a token. */
    host: string;
    failures: number;
    lastError: string;
    disabledAt: string;
    link: string;
  }>,
};

export type SystemMailTemplateName = keyof typeof systemMailTemplates;

/** The values a template takes. */
export type SystemMailVars<T extends SystemMailTemplateName> = Parameters<
  (typeof systemMailTemplates)[T]['content']['pl']
>[0];

export function isSystemMailTemplate(name: string): name is SystemMailTemplateName {
  return Object.hasOwn(systemMailTemplates, name);
}

/** The names of a template's secret values. */
export function secretVarsOf(template: SystemMailTemplateName): readonly string[] {
  return systemMailTemplates[template].secret;
}

/** One email in the recipient's language, as plain text and as HTML (every value escaped). */
export function renderSystemMail<T extends SystemMailTemplateName>(
  template: T,
  language: MailLanguage,
  vars: SystemMailVars<T>,
): RenderedMail {
  const content = (
    systemMailTemplates[template].content[language] as (vars: SystemMailVars<T>) => MailContent
  )(vars);
  const signature = language === 'pl' ? `Zespół ${PRODUCT_NAME}` : `The ${PRODUCT_NAME} team`;
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...(content.notes ?? []),
    ...(content.footerLinks ?? []).map((link) => `${link.label}:\n${link.url}`),
    `-- \n${signature}`,
  ].join('\n\n');
  const paragraph = (line: string, style = '') =>
    `<p${style ? ` style="${style}"` : ''}>${escapeHtml(line)}</p>`;
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">',
    ...content.paragraphs.map((line) => paragraph(line)),
    ...(content.action
      ? [
          `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 18px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>`,
          paragraph(content.action.url, 'font-size:12px;color:#52606d;word-break:break-all'),
        ]
      : []),
    ...(content.notes ?? []).map((line) => paragraph(line, 'font-size:13px;color:#52606d')),
    ...(content.footerLinks ?? []).map(
      (link) =>
        `<p style="font-size:13px"><a href="${escapeHtml(link.url)}" style="color:#1d4ed8">${escapeHtml(link.label)}</a></p>`,
    ),
    paragraph(signature, 'color:#52606d'),
    '</body></html>',
  ].join('\n');
  return {
    subject: content.subject,
    text,
    html,
    ...(content.headers ? { headers: content.headers } : {}),
  };
}
