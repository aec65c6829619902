import type { ApolloServerPlugin } from '@apollo/server';
import type { Actor } from '../../core/context.js';
import { ErrorCode } from '../../core/errors.js';
import type { ApiTokenService } from './api-token.service.js';

/**
 * Applies an API token's scopes and rate to HTTP operations before anything runs: FORBIDDEN (403)
 * or TOO_MANY_REQUESTS (429). The socket makes the same check in app.ts's onSubscribe.
 */
export function apiTokenPlugin(
  tokens: ApiTokenService,
): ApolloServerPlugin<{ actor: Actor | null }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, contextValue, response }) {
          const refusal = await tokens.operationRefusal(
            contextValue.actor,
            document,
            operationName,
          );
          if (!refusal) return;
          if (refusal.extensions.code === ErrorCode.Forbidden) response.http.status = 403;
          throw refusal;
        },
      };
    },
  };
}
