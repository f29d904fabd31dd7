/**
 * The writer half of graphology-gexf on its own: the package's browser entry
 * also loads a parser that needs a global DOMParser at import time, which the
 * headless tests do not have.
 */
declare module 'graphology-gexf/common/writer.js' {
  import type { AbstractGraph } from 'graphology-types';
  export default function write(graph: AbstractGraph, options?: { version?: '1.2' | '1.3'; pretty?: boolean; encoding?: string }): string;
}
