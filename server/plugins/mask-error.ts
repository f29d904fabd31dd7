/**
 * Error masking: deliberate errors (GraphError subclasses, GraphQL errors we
 * raise ourselves) pass with their code; anything else becomes a plain
 * "Unexpected error." with no message details and no stack trace.
 */
import { createGraphQLError, maskError as yogaMaskError, type YogaServerOptions } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { GraphError } from '../../graph/model/index.ts';

type MaskError = NonNullable<Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']>;

/** Maps typed errors to GraphQL error codes and masks everything else. */
export const maskError: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof GraphError) {
    const path = error instanceof GraphQLError ? error.path : undefined;
    return createGraphQLError(original.message, { path, extensions: { code: original.code } });
  }
  if (error instanceof GraphQLError && !error.originalError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof GraphQLError && error.originalError.extensions?.code) return error.originalError;
  return yogaMaskError(error, message, isDev);
};
