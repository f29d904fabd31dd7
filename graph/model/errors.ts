/**
 * Typed errors. Callers and tests test the class, not the message; the
 * server maps each class to a GraphQL error code and masks everything else.
 */

/** Base class of every error Samkart raises on purpose. */
export class GraphError extends Error {
  /** Stable machine-readable code, used as the GraphQL error code. */
  readonly code: string = 'GRAPH_ERROR';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An id that was required does not exist. */
export class NotFoundError extends GraphError {
  override readonly code = 'NOT_FOUND';
}

/** Input that cannot be used: bad arguments, bad files, bad batches. */
export class InvalidInputError extends GraphError {
  override readonly code = 'BAD_USER_INPUT';
}

/** The store does not answer (Neo4j down or unreachable). */
export class StoreUnavailableError extends GraphError {
  override readonly code = 'STORE_UNAVAILABLE';
}
