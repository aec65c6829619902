import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  validate,
} from 'graphql';
import type { Config } from '../config.js';
import type { Actor } from './context.js';
import { type AppError, ForbiddenError, UnauthenticatedError } from './errors.js';

/** graphql's "Did you mean …?" endings, which name fields, arguments, types and enum values. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Who may read the schema (INTROSPECTION): introspection queries and the "Did you mean" hints of
 * error messages. Decided per request, since the same document may come from anyone: validation
 * results are cached per document, so this cannot be a validation rule.
 */
export class SchemaVisibility {
  /** Whether a document introspects, per parsed document (Apollo and the socket reuse the AST of a known text). */
  private readonly introspects = new WeakMap<DocumentNode, boolean>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly mode: Config['introspection'],
  ) {}

  visibleTo(actor: Actor | null): boolean {
    return this.mode === 'on' || (this.mode === 'authenticated' && actor !== null);
  }

  /** The error for an introspection this actor may not run; undefined when the operation may go on. */
  refusal(document: DocumentNode, actor: Actor | null): AppError | undefined {
    if (this.visibleTo(actor)) return undefined;
    let introspects = this.introspects.get(document);
    if (introspects === undefined) {
      introspects = validate(this.schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
      this.introspects.set(document, introspects);
    }
    if (!introspects) return undefined;
    return this.mode === 'off'
      ? new ForbiddenError('Introspection is turned off on this server.')
      : new UnauthenticatedError('Log in to read the schema.');
  }

  /** The errors as this actor may see them: without suggestions unless the schema is visible to them. */
  shown<T extends GraphQLFormattedError>(actor: Actor | null, errors: readonly T[]): T[] {
    if (this.visibleTo(actor)) return [...errors];
    return errors.map((error) =>
      error.message.includes('Did you mean')
        ? { ...error, message: error.message.replace(SUGGESTION, '') }
        : error,
    );
  }
}

/** Applies SchemaVisibility to HTTP operations: refuses introspection (400) and strips suggestions. */
export function schemaVisibilityPlugin(
  visibility: SchemaVisibility,
): ApolloServerPlugin<{ actor: Actor | null }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue, response }) {
          const refusal = visibility.refusal(document, contextValue.actor);
          if (!refusal) return;
          response.http.status = 400;
          throw refusal;
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = visibility.shown(
              contextValue.actor ?? null,
              response.body.singleResult.errors,
            );
          }
        },
      };
    },
  };
}
