import { graphql } from './gql';
import type { MeQuery } from './gql/graphql';

/** The logged-in user, their office and (for a client) their companies: what every page starts from. */
export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      language
      office { id name verification smtpConfigured canSendEmail }
      companies { id name }
    }
  }
`);

export type Viewer = NonNullable<MeQuery['me']>;

export function startPage(viewer: Viewer): string {
  if (viewer.role === 'CLIENT') return '/messages';
  if (viewer.role === 'PLATFORM_ADMIN') return '/graphiql';
  return '/companies';
}
