/**
 * A cost limit that matches the work. graphql-armor's cost limit counts each
 * field once, whatever the size of its lists, so thirty aliases of the whole
 * coordination network with nested actors and evidence passed at 50,000
 * while holding gigabytes. Here a list field costs its expected rows times
 * the cost of one row: the rows come from the current graph's counts
 * (graph/query listSizes, fetched per graph version by useGraphState), capped
 * by a `limit` argument where the field has one. A query over the limit is
 * refused before it runs, with QUERY_TOO_COSTLY.
 */
import {
  getNamedType,
  getNullableType,
  isListType,
  isLeafType,
  isObjectType,
  isAbstractType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
  type OperationDefinitionNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { cappedByLimit, overviewRows, type ListSizes } from '../../graph/query/index.ts';
import { graphStateOf } from './use-graph-state.ts';

/** Cost of a query: one per field, and a list's rows times the cost of a row. */
export function queryCost(
  schema: GraphQLSchema,
  selections: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  sizes: ListSizes,
  variables: Record<string, unknown> = {},
): number {
  const visiting = new Set<string>();
  const argValue = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) return variables[node.name.value];
    if (node.kind === Kind.LIST) return node.values;
    return undefined;
  };
  /** A field of an input object argument, written inline or passed as a variable. */
  const inputField = (node: ValueNode | undefined, name: string): unknown => {
    if (!node) return undefined;
    if (node.kind === Kind.OBJECT) return argValue(node.fields.find((f) => f.name.value === name)?.value);
    if (node.kind === Kind.VARIABLE) return (variables[node.name.value] as Record<string, unknown> | null | undefined)?.[name];
    return undefined;
  };
  // `budget` is the overview's own limit: it caps the lists below it.
  const costOf = (set: SelectionSetNode, parent: GraphQLNamedType, budget?: unknown): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name === '__typename') continue;
        // Introspection is small and fixed; notebooks and GraphiQL need it.
        if (name === '__schema' || name === '__type') continue;
        const field: GraphQLField<unknown, unknown> | undefined = isObjectType(parent) || isAbstractType(parent) ? (parent as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> }).getFields?.()[name] : undefined;
        if (!field) {
          total += 1;
          continue;
        }
        const type = field.type as GraphQLOutputType;
        const named = getNamedType(type);
        let rows = 1;
        if (isListType(getNullableType(type))) {
          rows = sizes.sizes.get(`${parent.name}.${name}`) ?? sizes.fallback;
          const args = new Map(sel.arguments?.map((a) => [a.name.value, a.value]) ?? []);
          rows = cappedByLimit(rows, argValue(args.get('limit')));
          if (parent.name === 'Overview') rows = overviewRows(rows, budget);
          // coordination(actorIds: [...]): the pairs of those actors, about their share of all pairs times two.
          const ids = argValue(args.get('actorIds'));
          if (Array.isArray(ids) && parent.name === 'Query' && name === 'coordination') {
            const perActor = sizes.sizes.get('Actor.coordinatesWith') ?? 1;
            rows = Math.min(rows, Math.max(1, ids.length * perActor));
          }
        }
        const below = parent.name === 'Query' && name === 'overview' ? inputField(sel.arguments?.find((a) => a.name.value === 'filter')?.value, 'budget') : budget;
        const row = sel.selectionSet && !isLeafType(named) ? 1 + costOf(sel.selectionSet, named, below) : 1;
        total += rows * row;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        total += costOf(sel.selectionSet, on ?? parent);
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        total += costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parent);
        visiting.delete(name);
      }
    }
    return total;
  };
  return costOf(selections, schema.getQueryType()!);
}

const costs = new WeakMap<object, number>();

/** The cost useCostLimit priced this request's query at (by its context), if it priced it. */
export function pricedCost(context: unknown): number | undefined {
  return context && typeof context === 'object' ? costs.get(context) : undefined;
}

/**
 * Refuses queries whose expected work (see queryCost) is over `maxCost`, with
 * QUERY_TOO_COSTLY. It runs just before execution, not as a validation rule:
 * yoga caches validation per query text, but the cost also depends on the
 * variables (`limit: $n`) and on the graph, which change between requests.
 */
export function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      const state = request ? graphStateOf(request) : undefined;
      if (!state) return;
      const fragments = new Map<string, FragmentDefinitionNode>();
      let operation: OperationDefinitionNode | undefined;
      for (const d of args.document.definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
        else if (d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName)) operation ??= d;
      }
      if (!operation || operation.operation !== 'query') return;
      const cost = Math.round(queryCost(args.schema, operation.selectionSet, fragments, state.sizes, (args.variableValues ?? {}) as Record<string, unknown>));
      if (args.contextValue && typeof args.contextValue === 'object') costs.set(args.contextValue, cost);
      if (cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError(
            `This query would cost about ${cost.toLocaleString('en')} (the limit is ${maxCost.toLocaleString('en')}): its lists hold that many rows in the current graph. ` +
              'Ask for fewer fields, fewer aliases, or fewer rows with `limit` or a filter (e.g. `actorIds` or `minWeight` on coordination).',
            { nodes: [operation], extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { spec: true, status: 400 } } },
          ),
        ],
      });
    },
  };
}
