/**
 * Default places: the seeds folder and the embedded store's snapshot.
 */
import { fileURLToPath } from 'node:url';

/** The project's own seed documents. */
export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** Where `npm run load` writes the embedded graph and `npm start` reads it (git-ignored), unless SAMKART_SNAPSHOT (server/config.ts) says otherwise. */
export const DEFAULT_SNAPSHOT = fileURLToPath(new URL('../../.data/graph.json', import.meta.url));
