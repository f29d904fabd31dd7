/**
 * createServer({ store }) → the yoga app: the schema from schema.graphql,
 * thin resolvers over a per-request GraphReader, and the safety plugins
 * (depth, cost and alias limits, timeout, read-only, masked errors, CORS).
 */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { GraphReader } from '../graph/query/index.ts';
import type { GraphStore } from '../graph/store/index.ts';
import { maskError, useHealth, useReadOnly, useTimeout } from './plugins/index.ts';
import { resolvers, type Context } from './resolvers/index.ts';

/** The schema's SDL, as shipped in server/schema.graphql. */
export const typeDefs = /* GraphQL */ readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export interface ServerOptions {
  store: GraphStore;
  /** Origins allowed to call the API from a browser (notebooks elsewhere). Empty: same origin only. */
  corsOrigins?: string[];
  /** Time limit per request, in ms. */
  timeoutMs?: number;
  /** Limits against abusive queries. */
  limits?: { maxDepth?: number; maxAliases?: number; maxCost?: number; maxTokens?: number };
  /** Log function for server messages. */
  log?: (message: string) => void;
}

/** The executable schema. */
export function createSchema() {
  return makeExecutableSchema<Context>({ typeDefs, resolvers });
}

/** The yoga app for a store; use `yoga.fetch` in tests and `yoga` as a Node request handler. */
export function createServer(options: ServerOptions): YogaServerInstance<object, Context> {
  const limits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000, maxTokens: 4_000, ...options.limits };
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: 20 },
    // Introspection is on for notebooks and GraphiQL, so hiding suggestions would protect nothing.
    blockFieldSuggestion: { enabled: false },
  });
  const origins = options.corsOrigins ?? [];
  return createYoga<object, Context>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    // Yoga's own /health answers 200 without asking the store; ours (useHealth) does ask.
    healthCheckEndpoint: '/__yoga/ready',
    graphiql: { title: 'Samkart GraphQL', defaultQuery: DEFAULT_QUERY },
    landingPage: false,
    cors: origins.length ? { origin: origins, methods: ['GET', 'POST', 'OPTIONS'], credentials: false } : false,
    maskedErrors: { maskError, isDev: false },
    context: () => ({ reader: new GraphReader(options.store) }),
    plugins: [useHealth(options.store), useReadOnly(), ...armor.protect().plugins, useTimeout(options.timeoutMs ?? 10_000)],
    logging: options.log ? { debug: () => {}, info: () => {}, warn: (...a) => options.log!(a.join(' ')), error: (...a) => options.log!(a.join(' ')) } : false,
  });
}

const DEFAULT_QUERY = /* GraphQL */ `# Samkart: who is responsible for what in services for vulnerable children and youth.
# Try: the documents, then a measure with its responsible bodies and evidence.
{
  documents { id title fileName year }
  measures(limit: 3) {
    number title status statusText
    responsible { name abbreviation }
    evidence { quote }
  }
}
`;
