/** A file stored by POST /uploads, to be attached by its id. */
export interface UploadedFile {
  id: string;
  filename: string;
  size: number;
  contentType: string;
}

/** A refused or failed upload: the HTTP status (0 when the connection failed) and the server's words. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/**
 * Uploads one file as multipart field `file` with the session's credentials, reporting progress.
 * XMLHttpRequest, as fetch cannot report upload progress.
 */
export function uploadFile(
  file: File,
  {
    token,
    onProgress,
    signal,
    url = '/uploads',
  }: {
    token: string | null;
    onProgress?: (loaded: number, total: number) => void;
    signal?: AbortSignal;
    url?: string;
  },
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body && typeof body === 'object' && 'id' in body) {
        resolve(body as UploadedFile);
        return;
      }
      const message =
        body && typeof body === 'object' && 'error' in body
          ? String((body as { error: unknown }).error)
          : xhr.statusText;
      reject(new UploadError(xhr.status, message));
    };
    xhr.onerror = () => reject(new UploadError(0, 'The connection failed.'));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** The limit the server named in a 413 answer ("The file is larger than 25 MB."), if any. */
export function sizeLimitOf(message: string): string | null {
  const match = /larger than ([\d.,]+\s*[KMG]?B)/i.exec(message);
  return match?.[1] ?? null;
}
