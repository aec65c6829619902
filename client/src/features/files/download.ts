/** What became of a download: the file (already handed to the browser), or why not. */
export type DownloadOutcome =
  | { status: 'saved'; filename: string; blob: Blob }
  | { status: 'not-found' }
  | { status: 'unauthenticated' }
  | { status: 'failed'; httpStatus: number };

/**
 * The file name from a Content-Disposition header: `filename*` (RFC 5987, UTF-8, Polish letters
 * kept) first, then the plain `filename`; null when there is none.
 */
export function filenameFromContentDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /(?:^|;)\s*filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    const [, charsetGroup = '', valueGroup = ''] = extended;
    const charset = charsetGroup.trim().toLowerCase();
    const value = valueGroup.trim().replace(/^"(.*)"$/, '$1');
    try {
      const name =
        charset === 'utf-8' || charset === '' ? decodeURIComponent(value) : decodeLatin1(value);
      if (name) return safeName(name);
    } catch {
      // A malformed encoded name: the plain one below still serves.
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return safeName((quoted[1] ?? '').replace(/\\(.)/g, '$1'));
  const token = /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(header);
  return token ? safeName(token[1] ?? '') : null;
}

function decodeLatin1(value: string): string {
  return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Only the last path segment, so a name can never point into another folder. */
function safeName(name: string): string | null {
  const base = name.split(/[/\\]/).pop()?.trim() ?? '';
  return base && base !== '.' && base !== '..' ? base : null;
}

/** Hands a blob to the browser as a download, through a Blob URL and an `<a download>` click. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL only after the click returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * Fetches a protected file with the session's credentials and saves it under the name the server
 * gives. 401 and 404 come back as outcomes, so callers can send the user to log in or say the file
 * is not there (a file of someone else is "not found", exactly like a missing one).
 */
export async function downloadFile(
  url: string,
  token: string | null,
  options: { signal?: AbortSignal; save?: boolean } = {},
): Promise<DownloadOutcome> {
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: 'no-store',
    signal: options.signal,
  });
  if (response.status === 401) return { status: 'unauthenticated' };
  if (response.status === 404) return { status: 'not-found' };
  if (!response.ok) return { status: 'failed', httpStatus: response.status };
  const blob = await response.blob();
  const filename =
    filenameFromContentDisposition(response.headers.get('content-disposition')) ??
    fallbackName(url);
  if (options.save !== false) saveBlob(blob, filename);
  return { status: 'saved', filename, blob };
}

function fallbackName(url: string): string {
  const last = new URL(url, 'http://localhost').pathname.split('/').filter(Boolean).pop();
  return last ?? 'download';
}

/** The path of an attachment link, so it is fetched from this site whatever host the link names. */
export function filePath(url: string): string {
  return new URL(url, window.location.href).pathname;
}
