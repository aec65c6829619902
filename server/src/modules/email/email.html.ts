import { convert } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

/**
 * What the rich-text editor may produce and an email may carry: text formatting, lists, headings,
 * quotes and http(s)/mailto links. Scripts, styles, images, forms, event handlers and other
 * schemes are dropped, their text kept where it is text.
 */
const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'a',
    'h1',
    'h2',
    'h3',
    'blockquote',
    'span',
    'div',
  ],
  // rel and target: set on every link by transformTags below, and kept by the filter after it.
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
  },
};

export function sanitizeEmailHtml(html: string): string {
  return sanitizeHtml(html, policy).trim();
}

/** The plain-text part of an email, from its (sanitized) HTML. */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: 100,
    selectors: [{ selector: 'a', options: { hideLinkHrefIfSameAsText: true } }],
  }).trim();
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
