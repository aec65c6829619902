import type { CombinedError } from 'urql';

/** A refused mutation's code and, for BAD_USER_INPUT, the input field it is about. */
export function mutationError(error: CombinedError | undefined): { code?: string; field?: string } {
  const first = error?.graphQLErrors[0];
  return {
    code: first?.extensions?.code as string | undefined,
    field: first?.extensions?.field as string | undefined,
  };
}
