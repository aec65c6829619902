import { createElement, type ReactNode } from 'react';

/** What the server lets a message's HTML carry (server email.html.ts); anything else is text. */
const ALLOWED = new Set([
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
]);

function safeHref(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const children = Array.from(node.childNodes, toReact);
  const tag = node.tagName.toLowerCase();
  if (!ALLOWED.has(tag)) return children;
  if (tag === 'br') return createElement('br', { key });
  if (tag === 'a')
    return createElement(
      'a',
      {
        key,
        href: safeHref(node.getAttribute('href')),
        target: '_blank',
        rel: 'noopener noreferrer',
      },
      ...children,
    );
  return createElement(tag, { key }, ...children);
}

/**
 * A message's HTML (already sanitized by the server) drawn as React elements: the allowed tags
 * and web or mail links only, never as markup, so nothing in it can run.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return (
    <div className={className} data-testid="rich-text">
      {Array.from(document.body.childNodes, toReact)}
    </div>
  );
}
