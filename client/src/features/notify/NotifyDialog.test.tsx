import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { type Client, CombinedError, Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { I18nProvider } from '../../i18n';
import { SessionProvider } from '../../session';
import { formatBytes } from '../../ui/format';
import { sizeLimitOf, UploadError, uploadFile } from '../../ui/upload';
import { NotifyDialog } from './NotifyDialog';

/** A stand-in XMLHttpRequest: records what is sent, answers when told to. */
class FakeXhr {
  static last: FakeXhr | null = null;
  headers: Record<string, string> = {};
  method = '';
  url = '';
  body: FormData | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  upload: {
    onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
  } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

beforeEach(() => {
  FakeXhr.last = null;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  localStorage.setItem('ledgerpost.token', 'secret-token');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('uploads', () => {
  it('posts the file as multipart field "file" with the bearer token and reports progress', async () => {
    const progress: number[] = [];
    const promise = uploadFile(new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }), {
      token: 'secret-token',
      onProgress: (loaded) => progress.push(loaded),
    });
    const xhr = FakeXhr.last!;
    expect([xhr.method, xhr.url, xhr.headers.Authorization]).toEqual([
      'POST',
      '/uploads',
      'Bearer secret-token',
    ]);
    expect((xhr.body!.get('file') as File).name).toBe('a.pdf');
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 4, total: 8 });
    xhr.respond(201, { id: 'f1', filename: 'a.pdf', size: 8, contentType: 'application/pdf' });
    await expect(promise).resolves.toMatchObject({ id: 'f1' });
    expect(progress).toEqual([4]);
  });

  it('rejects with the status and the server words', async () => {
    const promise = uploadFile(new File(['x'], 'big.pdf'), { token: 'secret-token' });
    FakeXhr.last!.respond(413, { error: 'The file is larger than 25 MB.' });
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).status).toBe(413);
    expect(sizeLimitOf((error as UploadError).message)).toBe('25 MB');
  });

  it('writes sizes in the language’s format', () => {
    expect(formatBytes(1536, 'pl')).toBe('1,5 KB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(10, 'pl')).toBe('10 B');
  });
});

const three = [
  { id: 'c1', name: 'Alfa Sp. z o.o.' },
  { id: 'c2', name: 'Beta S.A.' },
  { id: 'c3', name: 'Gamma s.c.' },
];

describe('NotifyDialog', () => {
  function setup(companies = three, refusal?: unknown) {
    const executeMutation = vi.fn(() =>
      fromValue(
        refusal
          ? { error: refusal }
          : {
              data: {
                sendBulkNotification: {
                  __typename: 'Broadcast',
                  id: 'b1',
                  kind: 'NOTIFICATION',
                  createdAt: '2026-01-01T00:00:00Z',
                  recipientCount: 3,
                },
              },
            },
      ),
    );
    // The office's templates, and a preview of whichever is asked.
    const executeQuery = vi.fn((operation: { variables?: { input?: unknown } }) =>
      fromValue({
        data: operation.variables?.input
          ? {
              previewMessage: {
                subject: null,
                html: '<p>Alfa sp. z o.o.</p>',
                body: 'Alfa sp. z o.o.',
                missing: [],
              },
            }
          : {
              messageTemplates: [
                {
                  id: 't1',
                  name: 'Miesięczny',
                  kind: 'NOTIFICATION',
                  subject: 'Rozliczenie',
                  html: '<p>{{firma}}</p>',
                },
                { id: 't2', name: 'E-mail', kind: 'EMAIL', subject: 'X', html: '<p>x</p>' },
              ],
            },
      }),
    );
    const client = { executeMutation, executeQuery } as unknown as Client;
    const onClose = vi.fn();
    render(
      <I18nProvider initial="pl">
        <SessionProvider>
          <Provider value={client}>
            <NotifyDialog companies={companies} onClose={onClose} />
          </Provider>
        </SessionProvider>
      </I18nProvider>,
    );
    return { executeMutation, onClose };
  }

  it('names the companies it goes to: the first three and "i N innych", opening to all', () => {
    setup([
      ...three,
      { id: 'c4', name: 'Delta' },
      { id: 'c5', name: 'Epsilon' },
      { id: 'c6', name: 'Zeta' },
      { id: 'c7', name: 'Eta' },
      { id: 'c8', name: 'Theta' },
    ]);
    expect(screen.getByTestId('notify-recipients').textContent).toBe(
      'Do: Alfa Sp. z o.o., Beta S.A., Gamma s.c. i 5 innych',
    );
    fireEvent.click(screen.getByTestId('notify-recipient-names-more'));
    expect(screen.getByTestId('notify-recipient-names-shown').textContent).toBe(
      'Alfa Sp. z o.o., Beta S.A., Gamma s.c., Delta, Epsilon, Zeta, Eta, Theta',
    );
    fireEvent.click(screen.getByTestId('notify-recipient-names-less'));
    expect(screen.getByTestId('notify-recipient-names-shown').textContent).toBe(
      'Alfa Sp. z o.o., Beta S.A., Gamma s.c.',
    );
  });

  it('names every company when there are only a few', () => {
    setup(three.slice(0, 2));
    expect(screen.getByTestId('notify-recipients').textContent).toBe(
      'Do: Alfa Sp. z o.o., Beta S.A.',
    );
    expect(screen.queryByTestId('notify-recipient-names-more')).toBeNull();
  });

  it('explains a refused file type in words and will not send until it is removed', async () => {
    setup();
    expect(screen.getByTestId('notify-dialog').textContent).toContain('Powiadomienie do 3 firm');
    fireEvent.change(screen.getByTestId('notify-body'), {
      target: { value: 'Prosimy o dokumenty.' },
    });
    fireEvent.change(screen.getByTestId('notify-file'), {
      target: { files: [new File(['MZ'], 'program.exe')] },
    });
    expect(screen.getByTestId('notify-upload-progress')).toBeTruthy();
    await act(async () =>
      FakeXhr.last!.respond(415, { error: 'This type of file is not accepted.' }),
    );
    expect(screen.getByTestId('notify-upload-error').textContent).toContain(
      'Ten rodzaj pliku nie jest przyjmowany',
    );
    expect((screen.getByTestId('notify-send') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('notify-file-remove'));
    expect((screen.getByTestId('notify-send') as HTMLButtonElement).disabled).toBe(false);
  });

  it('sends the text with the uploaded file to every ticked company and says how many got it', async () => {
    const { executeMutation } = setup();
    fireEvent.change(screen.getByTestId('notify-body'), {
      target: { value: 'Prosimy o dokumenty.' },
    });
    fireEvent.change(screen.getByTestId('notify-file'), {
      target: { files: [new File(['%PDF'], 'lista.pdf')] },
    });
    await act(async () =>
      FakeXhr.last!.respond(201, {
        id: 'up1',
        filename: 'lista.pdf',
        size: 4,
        contentType: 'application/pdf',
      }),
    );
    expect(screen.getByTestId('notify-uploaded').textContent).toContain('lista.pdf');
    await act(async () => fireEvent.click(screen.getByTestId('notify-send')));
    const calls = executeMutation.mock.calls as unknown as Array<[{ variables: unknown }]>;
    expect(calls[0]?.[0].variables).toEqual({
      input: {
        companyIds: ['c1', 'c2', 'c3'],
        body: 'Prosimy o dokumenty.',
        subject: null,
        templateId: null,
        period: null,
        attachmentIds: ['up1'],
      },
    });
    expect(screen.getByTestId('notify-result').textContent).toBe(
      'Powiadomienie wysłano do 3 firm.',
    );
  });

  it('sends a template of its kind without a text of its own, and lists the companies a refusal names', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('missing', {
          extensions: {
            code: 'BAD_USER_INPUT',
            reasons: ['MISSING_PLACEHOLDER_VALUES'],
            missing: [
              { companyId: 'c2', companyName: 'Beta S.A.', placeholders: ['deklaracja.kwota'] },
            ],
            missingCount: 1,
          },
        }),
      ],
    });
    const { executeMutation } = setup(three, refusal);
    const picker = screen.getByTestId('choose-template') as HTMLSelectElement;
    // Only NOTIFICATION templates are offered here.
    expect(Array.from(picker.options, (o) => o.textContent)).toEqual([
      'Bez szablonu',
      'Miesięczny',
    ]);
    fireEvent.change(picker, { target: { value: 't1' } });
    expect((screen.getByTestId('source-subject') as HTMLInputElement).value).toBe('Rozliczenie');
    await act(async () => fireEvent.click(screen.getByTestId('notify-send')));
    const calls = executeMutation.mock.calls as unknown as Array<[{ variables: unknown }]>;
    expect(calls[0]?.[0].variables).toEqual({
      input: {
        companyIds: ['c1', 'c2', 'c3'],
        body: null,
        subject: 'Rozliczenie',
        templateId: 't1',
        period: null,
        attachmentIds: undefined,
      },
    });
    const missing = screen.getByTestId('notify-missing');
    expect(missing.textContent).toContain('Beta S.A.: {{deklaracja.kwota}}');
    expect(missing.textContent).toContain('1 firm');
  });
});
