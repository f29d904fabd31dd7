/**
 * Depth, alias, token and directive limits (graphql-armor), each refusal with
 * its own error code, so a client can tell a limit from a mistake:
 * QUERY_TOO_DEEP, TOO_MANY_ALIASES, TOO_MANY_TOKENS, TOO_MANY_DIRECTIVES
 * (and QUERY_TOO_COSTLY from useCostLimit). armor's own errors carry no code.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

/** armor's message without its misleading "Syntax Error: " prefix, as a coded error. */
function coded(error: GraphQLError, code: string): GraphQLError {
  return createGraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code, http: { spec: true, status: 400 } } });
}

/** A rejection handler that reports the coded error in place of armor's (validation rules), or throws it (the parser). */
function reject(code: string) {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    if (ctx) ctx.reportError(coded(error, code));
    else throw coded(error, code);
  };
}

/** armor's limits with coded errors. */
export function useQueryLimits(limits: QueryLimits): Plugin {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [reject('QUERY_TOO_DEEP')] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reject('TOO_MANY_ALIASES')] },
    maxTokens: { n: limits.maxTokens, onReject: [reject('TOO_MANY_TOKENS')] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [reject('TOO_MANY_DIRECTIVES')] },
    // Cost is priced by list sizes in useCostLimit instead.
    costLimit: { enabled: false },
    // Introspection is on for notebooks and GraphiQL, so hiding suggestions would protect nothing.
    blockFieldSuggestion: { enabled: false },
  });
  const plugins = armor.protect().plugins;
  return {
    onPluginInit({ addPlugin }) {
      for (const p of plugins) addPlugin(p as Plugin);
    },
  };
}
