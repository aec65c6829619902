import { UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  AppError,
  BadUserInputError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
} from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import type { StaffScope } from '../../core/scope.js';
import { requireText } from '../../core/validation.js';
import type { CompanyService } from '../company/company.service.js';
import { escapeHtml, htmlToText, sanitizeEmailHtml } from '../email/email.html.js';
import { MAX_HTML_LENGTH } from '../email/email.types.js';
import { MAX_BODY_LENGTH } from '../message/message.types.js';
import { MessageTemplate, MessageTemplateKind } from './template.entity.js';
import { compileMessage, PLACEHOLDERS, type RenderedMessage } from './template.placeholders.js';
import { canEditTemplate, whereTemplateVisible } from './template.policy.js';
import { renderCompiledFor } from './template.render.js';
import {
  MAX_MISSING_LISTED,
  MAX_SUBJECT_LENGTH,
  MAX_TEMPLATE_NAME,
  type MessagePreview,
  type MessagePreviewInput,
  type MessageTemplateInput,
} from './template.types.js';
import { requirePeriod } from './template.validation.js';

/** What a send (or a preview) says, as the API takes it. */
export interface MessageSource {
  subject?: string | null;
  html?: string | null;
  body?: string | null;
  templateId?: string | null;
  period?: string | null;
}

/** A send's text checked: as written (the broadcast's), and each company's own message. */
export interface PreparedMessage {
  subject: string | null;
  /** Sanitized; null for a plain-text notification. */
  html: string | null;
  /** The plain text as written (from the HTML when there is one). */
  body: string;
  /** Each company's own message; null when nothing is filled in (the same text for all). */
  perCompany: Map<string, RenderedMessage> | null;
}

/** The placeholder names, as a refusal lists them. */
const KNOWN = PLACEHOLDERS.map((p) => `{{${p.name}}}`).join(' ');

function unknownRefusal(field: string, unknown: string[]): AppError {
  return new AppError(
    ErrorCode.BadUserInput,
    `Unknown placeholders: ${unknown.map((u) => `{{${u}}}`).join(', ')}. Known ones: ${KNOWN}.`,
    { field, reasons: ['UNKNOWN_PLACEHOLDER'], placeholders: unknown },
  );
}

/** A subject: one line of at most MAX_SUBJECT_LENGTH characters; null when blank. */
function optionalSubject(value: string | null | undefined): string | null {
  const subject = value?.trim() ?? '';
  if (!subject) return null;
  if (subject.length > MAX_SUBJECT_LENGTH)
    throw new BadUserInputError(
      `subject must be at most ${MAX_SUBJECT_LENGTH} characters long.`,
      'subject',
    );
  if (/[\r\n]/.test(subject)) throw new BadUserInputError('subject must be one line.', 'subject');
  return subject;
}

/** HTML from the editor, sanitized as an email's, with some text in it. */
function requireHtml(value: string): string {
  if (value.length > MAX_HTML_LENGTH)
    throw new BadUserInputError(`html must be at most ${MAX_HTML_LENGTH} characters long.`, 'html');
  const html = sanitizeEmailHtml(value);
  if (!htmlToText(html)) throw new BadUserInputError('html must contain some text.', 'html');
  return html;
}

/** Plain text as the HTML of an email: escaped, paragraphs and line breaks kept. */
function textAsHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * The office's message templates, and the filling of placeholders for sends and previews: the
 * values of every company come from one statement, the texts are filled in memory.
 */
export class TemplateService {
  constructor(private readonly companies: CompanyService) {}

  /** The office's templates, by name: every staff member uses all of them. */
  list({ em, actor }: StaffScope): Promise<MessageTemplate[]> {
    return em.find(MessageTemplate, whereTemplateVisible(actor), {
      orderBy: { name: 'asc', id: 'asc' },
    });
  }

  /** A template of the actor's office; NOT_FOUND otherwise, as if it did not exist. */
  async get({ em, actor }: StaffScope, id: string): Promise<MessageTemplate> {
    if (!isId(id)) throw new NotFoundError('MessageTemplate', id);
    const template = await em.findOne(MessageTemplate, { id, ...whereTemplateVisible(actor) });
    if (!template) throw new NotFoundError('MessageTemplate', id);
    return template;
  }

  async create(scope: StaffScope, input: MessageTemplateInput): Promise<MessageTemplate> {
    const fields = this.checked(input);
    const template = scope.em.create(MessageTemplate, {
      ...fields,
      office: scope.actor.officeId,
      author: scope.actor.userId,
    });
    await this.save(scope, template);
    return template;
  }

  /** The head changes any template of the office, a caretaker their own (FORBIDDEN otherwise). */
  async update(
    scope: StaffScope,
    id: string,
    input: MessageTemplateInput,
  ): Promise<MessageTemplate> {
    const template = await this.editable(scope, id);
    scope.em.assign(template, this.checked(input));
    await this.save(scope, template);
    return template;
  }

  async delete(scope: StaffScope, id: string): Promise<boolean> {
    const template = await this.editable(scope, id);
    await scope.em.remove(template).flush();
    return true;
  }

  private async editable(scope: StaffScope, id: string): Promise<MessageTemplate> {
    const template = await this.get(scope, id);
    const key = { officeId: template.office.id, authorId: template.author.id };
    if (!canEditTemplate(scope.actor, key))
      throw new ForbiddenError('Only the office head or its author may change this template.');
    return template;
  }

  /** Flushes; a name the office already has (even in a twin request) is BAD_USER_INPUT. */
  private async save({ em }: StaffScope, template: MessageTemplate): Promise<void> {
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        em.clear();
        throw new BadUserInputError(
          `The office already has a template named "${template.name}".`,
          'name',
          ['NAME_TAKEN'],
        );
      }
      throw error;
    }
  }

  /** A template's fields checked and cleaned: sanitized HTML, known placeholders only. */
  private checked(input: MessageTemplateInput) {
    const name = requireText(input.name, 'name', MAX_TEMPLATE_NAME);
    const subject = optionalSubject(input.subject);
    if (input.kind === MessageTemplateKind.EMAIL && !subject)
      throw new BadUserInputError('An email template needs a subject.', 'subject');
    const html = requireHtml(input.html);
    const unknownInSubject = compileMessage({ subject, html: null }).unknown;
    if (unknownInSubject.length) throw unknownRefusal('subject', unknownInSubject);
    const unknownInHtml = compileMessage({ subject: null, html }).unknown;
    if (unknownInHtml.length) throw unknownRefusal('html', unknownInHtml);
    return { name, subject, html, kind: input.kind };
  }

  /**
   * A send's text from its input: a template (of the send's kind) and/or subject, html or body;
   * explicit subject and html take precedence over the template's, html over body. An email's
   * plain body becomes its HTML. Each company's own message is rendered when placeholders are used;
   * placeholders without a value for some companies, and no fallback, refuse the send
   * (BAD_USER_INPUT, MISSING_PLACEHOLDER_VALUES) naming them, before anything is written.
   */
  async prepare(
    scope: StaffScope,
    input: MessageSource,
    kind: MessageTemplateKind,
    companies: ReadonlyArray<{ id: string; name: string }>,
  ): Promise<PreparedMessage> {
    const { compiled, period, text } = await this.source(scope, input, kind);
    if (kind === MessageTemplateKind.EMAIL && !text.subject)
      throw new BadUserInputError('An email needs a subject (or a template with one).', 'subject');
    if (!compiled.names.size) return { ...text, perCompany: null };
    const rendered = await renderCompiledFor(
      scope.em,
      scope.actor.officeId,
      compiled,
      companies.map((c) => ({ companyId: c.id })),
      period,
    );
    const missing = companies.flatMap((company, i) => {
      const placeholders = rendered[i]?.missing ?? [];
      return placeholders.length
        ? [{ companyId: company.id, companyName: company.name, placeholders }]
        : [];
    });
    if (missing.length) {
      const listed = missing.slice(0, MAX_MISSING_LISTED);
      const names = listed.map((m) => `${m.companyName} (${m.placeholders.join(', ')})`);
      const more = missing.length > listed.length ? `, … (${missing.length} in all)` : '';
      throw new AppError(
        ErrorCode.BadUserInput,
        `Placeholders without a value and without a fallback for ${missing.length} of the companies: ${names.join('; ')}${more}. Add a fallback ({{name|text}}), a period, or leave those companies out; nothing was sent.`,
        {
          field: 'companyIds',
          reasons: ['MISSING_PLACEHOLDER_VALUES'],
          missing: listed,
          missingCount: missing.length,
        },
      );
    }
    return {
      ...text,
      perCompany: new Map(companies.map((c, i) => [c.id, rendered[i] as RenderedMessage])),
    };
  }

  /** The message as one company would get it, with the placeholders it has no value for. */
  async preview(scope: StaffScope, input: MessagePreviewInput): Promise<MessagePreview> {
    const [company] = await this.companies.requireAllVisible(scope, [input.companyId]);
    if (!company) throw new NotFoundError('Company', input.companyId);
    const { compiled, period } = await this.source(scope, input, null);
    const [rendered] = await renderCompiledFor(
      scope.em,
      scope.actor.officeId,
      compiled,
      [{ companyId: company.id }],
      period,
    );
    if (!rendered) throw new NotFoundError('Company', input.companyId);
    return rendered;
  }

  /** The input's text resolved (template, overrides), checked and cut into placeholders. */
  private async source(scope: StaffScope, input: MessageSource, kind: MessageTemplateKind | null) {
    const template = input.templateId ? await this.get(scope, input.templateId) : null;
    if (template && kind && template.kind !== kind)
      throw new BadUserInputError(
        `This is a ${template.kind} template; the send needs a ${kind} one.`,
        'templateId',
        ['TEMPLATE_KIND_MISMATCH'],
      );
    const subject = optionalSubject(input.subject ?? template?.subject);
    const htmlInput = input.html ?? template?.html ?? null;
    let html: string | null = null;
    let body: string;
    if (htmlInput !== null) {
      html = requireHtml(htmlInput);
      body = htmlToText(html);
    } else if (input.body !== null && input.body !== undefined) {
      body = requireText(input.body, 'body', MAX_BODY_LENGTH);
      // An email is HTML: its plain text becomes paragraphs.
      if (kind === MessageTemplateKind.EMAIL || template?.kind === MessageTemplateKind.EMAIL)
        html = textAsHtml(body);
    } else {
      throw new BadUserInputError('One of body, html or templateId is required.', 'body', [
        'CONTENT_REQUIRED',
      ]);
    }
    const period = input.period ? requirePeriod(input.period) : null;
    const compiled = compileMessage({ subject, html, body });
    const unknownInSubject = compileMessage({ subject, html: null }).unknown;
    if (unknownInSubject.length) throw unknownRefusal('subject', unknownInSubject);
    if (compiled.unknown.length)
      throw unknownRefusal(html === null ? 'body' : 'html', compiled.unknown);
    return { compiled, period, text: { subject, html, body } };
  }
}
