/**
 * A GraphQL request must carry a query. yoga answers `{"query": null}` or
 * `{}` with "Must provide query string." but HTTP 200 (for clients that
 * accept plain JSON); a request with no operation is a bad request, so it
 * gets 400, as a query of the wrong type already does.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Refuses requests without a query string with BAD_REQUEST and HTTP 400. */
export function useStrictParams(): Plugin {
  return {
    onParams({ params }) {
      if (typeof params.query !== 'string' || params.query.trim() === '') {
        throw createGraphQLError('Must provide query string.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
      }
    },
  };
}
