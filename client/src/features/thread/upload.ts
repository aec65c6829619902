/** What POST /uploads answers with 201. */
export interface UploadedFile {
  id: string;
  filename: string;
  size: number;
  contentType: string;
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Upload {
  promise: Promise<UploadedFile>;
  abort(): void;
}

/**
 * Uploads one file to POST /uploads with the session's credentials. XMLHttpRequest rather than
 * fetch, because it reports upload progress; `onProgress` gets 0..1.
 */
export function uploadFile(file: File, token: string | null, onProgress: (fraction: number) => void): Upload {
  const request = new XMLHttpRequest();
  const promise = new Promise<UploadedFile>((resolve, reject) => {
    request.open('POST', '/uploads');
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as Partial<UploadedFile> & { error?: string };
      if (request.status === 201 && body?.id) {
        onProgress(1);
        resolve(body as UploadedFile);
      } else {
        reject(new UploadError(request.status, body?.error ?? request.statusText));
      }
    };
    request.onerror = () => reject(new UploadError(0, 'network error'));
    request.onabort = () => reject(new UploadError(-1, 'aborted'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
  return { promise, abort: () => request.abort() };
}
