import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, visit } from 'graphql';
import { AppError, ErrorCode } from './errors.js';

/** NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const unacceptable = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const problem = 'must not contain NUL characters or unpaired surrogates';

/**
 * The one rule for text coming in through the API: no NUL character (PostgreSQL cannot store it)
 * and no unpaired UTF-16 surrogate (not a character: it cannot be encoded as UTF-8).
 */
export function isAcceptableText(value: string): boolean {
  return !unacceptable.test(value);
}

/**
 * Checks every string an operation brings, in its literals and anywhere in its variables, before
 * it runs: one check at the boundary covers every text argument of every operation, whatever it
 * is bound to. Variables are walked with a stack of their own, so a deeply nested JSON body
 * cannot exhaust the call stack. Returns the first offence as BAD_USER_INPUT naming where it is
 * (`input.html`, `entries[3].description`: the variable's name, then the path inside it).
 */
export function textInputError(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): AppError | null {
  let literal = false;
  visit(document, {
    StringValue(node) {
      if (isAcceptableText(node.value)) return undefined;
      literal = true;
      return BREAK;
    },
  });
  if (literal) return new AppError(ErrorCode.BadUserInput, `Text ${problem}.`);
  const pending: Array<[path: string, value: unknown]> = Object.entries(variables ?? {});
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [path, value] = next;
    if (typeof value === 'string') {
      if (!isAcceptableText(value))
        return new AppError(ErrorCode.BadUserInput, `${path} ${problem}.`, { field: path });
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) pending.push([`${path}[${index}]`, item]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) pending.push([`${path}.${key}`, item]);
    }
  }
  return null;
}

/** The check for operations over HTTP (the WebSocket calls textInputError when it subscribes): refused as a 400. */
export const textInputPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const error = textInputError(document, request.variables);
        if (error)
          throw new AppError(ErrorCode.BadUserInput, error.message, {
            ...error.extensions,
            http: { status: 400 },
          });
      },
    };
  },
};
