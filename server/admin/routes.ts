/**
 * Every route under /api/, as `npm start` serves them: uploads and removals,
 * original files and where a quote sits in them, and corrections. One list,
 * so the server and the test servers (server/start-server.ts) serve the same API.
 */
import { correctionRoutes } from './corrections.ts';
import { documentRoutes } from './documents.ts';
import { fileRoutes } from './files.ts';
import type { AdminDeps, AdminRoute } from './types.ts';

export function apiRoutes(deps: AdminDeps): AdminRoute[] {
  return [...documentRoutes(deps), ...fileRoutes(deps), ...correctionRoutes(deps)];
}
