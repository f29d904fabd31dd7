/**
 * The API is read-only: any operation other than a query is refused before it
 * runs, whatever the schema says.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { OperationDefinitionNode, ValidationContext } from 'graphql';

/** Refuses mutations and subscriptions. */
export function useReadOnly(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => ({
        OperationDefinition(node: OperationDefinitionNode) {
          if (node.operation !== 'query') {
            context.reportError(createGraphQLError('The Samkart API is read-only: only queries are allowed.', { nodes: [node], extensions: { code: 'READ_ONLY' } }));
          }
        },
      }));
    },
  };
}
