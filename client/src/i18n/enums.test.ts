// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCodes, errorInfo, errorText, reasonCodes } from '../ui/errors';
import { isMessageKey, languages, translate } from '.';

/** Values whose name is also their name on screen, in both languages. */
const SAME_AS_NAME = new Set(['SmtpSecurity.STARTTLS', 'PrintoutKind.UPO']);

const schema = buildSchema(
  fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'),
);
const enums = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__'),
);

describe('the enum table', () => {
  it('finds the enums of the schema', () => {
    expect(enums.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Role', 'TaxForm', 'OfficeVerification', 'ApiScope', 'SmtpSecurity']),
    );
  });

  it('has words for every value of every enum of the schema, in Polish and English, never the raw name', () => {
    const missing: string[] = [];
    for (const type of enums) {
      for (const { name } of type.getValues()) {
        const key = `enum.${type.name}.${name}`;
        if (!isMessageKey(key)) {
          missing.push(key);
          continue;
        }
        for (const lang of languages) {
          const text = translate(lang, key);
          expect(text.trim(), `${lang} ${key}`).not.toBe('');
          if (!SAME_AS_NAME.has(`${type.name}.${name}`))
            expect(text, `${lang} ${key} shows the raw name`).not.toMatch(
              /\b[A-Z]+_[A-Z_]+\b|^[A-Z]{4,}$/,
            );
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('differs between the languages where the words do', () => {
    expect(translate('pl', 'enum.Role.CARETAKER')).toBe('Opiekun');
    expect(translate('en', 'enum.Role.CARETAKER')).toBe('Caretaker');
    expect(translate('pl', 'enum.SmtpSecurity.NONE')).toBe('Bez szyfrowania');
  });
});

describe('the error table', () => {
  const gqlError = (extensions: Record<string, unknown>) =>
    ({
      graphQLErrors: [{ message: 'Company c9d9 was not found.', extensions }],
      networkError: undefined,
      message: '[GraphQL] Company c9d9 was not found.',
    }) as unknown as Parameters<typeof errorInfo>[0];

  it('has a text for every documented error code and reason, in both languages', () => {
    for (const lang of languages) {
      const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
        translate(lang, key, params);
      for (const code of [...errorCodes, 'NETWORK', 'UNKNOWN']) {
        expect(isMessageKey(`error.code.${code}`), `${lang} ${code}`).toBe(true);
        const text = errorText(t, { code, reasons: [] });
        expect(text, `${lang} ${code}`).not.toMatch(/[A-Z]{3,}_|\{/);
      }
      for (const reason of reasonCodes) {
        expect(isMessageKey(`error.reason.${reason}`), `${lang} ${reason}`).toBe(true);
        const text = errorText(t, { code: 'PRECONDITION_FAILED', reasons: [reason] });
        expect(text).not.toContain(reason);
      }
    }
  });

  it('reads the code, never the server message, and words the wait of a rate limit', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate('pl', key, params);
    const notFound = errorText(t, errorInfo(gqlError({ code: 'NOT_FOUND' })));
    expect(notFound).not.toMatch(/c9d9|was not found/);
    expect(notFound).toMatch(/^Nie znaleziono/);
    expect(errorText(t, errorInfo(gqlError({ code: 'TOO_MANY_REQUESTS', retryAfter: 42 })))).toBe(
      'Zbyt wiele prób. Spróbuj ponownie za 42 s.',
    );
    expect(
      errorText(
        t,
        errorInfo(gqlError({ code: 'PRECONDITION_FAILED', reasons: ['OFFICE_NOT_VERIFIED'] })),
      ),
    ).toBe('Tej czynności nie można teraz wykonać. (biuro nie jest zweryfikowane)');
    expect(errorText(t, errorInfo(gqlError({ code: 'SOMETHING_NEW' })))).toBe(
      translate('pl', 'error.code.UNKNOWN'),
    );
  });
});
