import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

/** The current path and query, following pushState and back/forward. */
export function useLocation() {
  const [location, setLocation] = useState(() => ({
    pathname: window.location.pathname,
    search: window.location.search,
  }));
  useEffect(() => {
    const update = () =>
      setLocation({ pathname: window.location.pathname, search: window.location.search });
    window.addEventListener('popstate', update);
    window.addEventListener('ledgerpost:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('ledgerpost:navigate', update);
    };
  }, []);
  return location;
}

export function navigate(to: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event('ledgerpost:navigate'));
}

/** A pattern's params by name: `{ id: string }` for `/companies/:id`. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & PathParams<Rest>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, never>;

/** `/companies/:id` against a path: the params, or null. */
export function matchPath<P extends string>(pattern: P, pathname: string): PathParams<P> | null {
  const names: string[] = [];
  const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${source}/?$`).exec(pathname);
  if (!match) return null;
  // One group per name, in the pattern's order: the names of PathParams<P>.
  return Object.fromEntries(
    names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
  ) as PathParams<P>;
}

export function Link({
  to,
  onClick,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...props} />;
}
