import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, filenameFromContentDisposition } from './download';

describe('filenameFromContentDisposition', () => {
  it('prefers the UTF-8 name, keeping Polish letters', () => {
    expect(
      filenameFromContentDisposition(
        `attachment; filename="Ksi_ga_przychod_w.pdf"; filename*=UTF-8''Ksi%C4%99ga%20przychod%C3%B3w.pdf`,
      ),
    ).toBe('Księga przychodów.pdf');
  });

  it('falls back to the quoted or plain name', () => {
    expect(filenameFromContentDisposition('attachment; filename="UPO \\"2025\\".pdf"')).toBe(
      'UPO "2025".pdf',
    );
    expect(filenameFromContentDisposition('attachment; filename=report.csv')).toBe('report.csv');
    expect(
      filenameFromContentDisposition(`attachment; filename="plain.pdf"; filename*=UTF-8''%E0%A4%A`),
    ).toBe('plain.pdf');
  });

  it('keeps only the last path segment, and gives null without a name', () => {
    expect(
      filenameFromContentDisposition(`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd`),
    ).toBe('passwd');
    expect(filenameFromContentDisposition('attachment')).toBeNull();
    expect(filenameFromContentDisposition(null)).toBeNull();
  });
});

describe('downloadFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the token and saves the body under the server-given name', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response('%PDF-1.7', {
          status: 200,
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': `attachment; filename="a.pdf"; filename*=UTF-8''Deklaracja%20%C5%BC%C3%B3%C5%82ta.pdf`,
          },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const createObjectURL = vi.fn(() => 'blob:test');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });

    const outcome = await downloadFile('/files/f1', 'tok');

    expect(fetchMock).toHaveBeenCalledWith(
      '/files/f1',
      expect.objectContaining({ headers: { authorization: 'Bearer tok' } }),
    );
    expect(outcome).toMatchObject({ status: 'saved', filename: 'Deklaracja żółta.pdf' });
    expect(clicked).toEqual(['Deklaracja żółta.pdf']);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('reports 401 and 404 without saving anything', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 404 })),
    );
    expect(await downloadFile('/files/x', 'tok')).toEqual({ status: 'not-found' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 401 })),
    );
    expect(await downloadFile('/files/x', 'tok')).toEqual({ status: 'unauthenticated' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 500 })),
    );
    expect(await downloadFile('/files/x', 'tok')).toEqual({ status: 'failed', httpStatus: 500 });
  });
});
