/**
 * The HTTP server: GraphQL and /health from yoga, the built explorer from
 * client/dist (with index.html for app routes), on HOST:PORT. GraphQL answers
 * are cached per graph version, within a byte budget, unless turned off
 * (plugins/use-response-cache.ts). A request must arrive whole, headers and
 * body, within `requestTimeoutMs` (default 30 s; Node's own is 300 s), so a
 * client that trickles its body cannot hold a connection for minutes. The
 * explorer's source maps are served only when asked for (`sourceMaps`).
 * Writes live under /api/ (server/admin), behind the admin token, never in GraphQL.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { snapshotsOf } from '../graph/query/index.ts';
import type { GraphStore } from '../graph/store/index.ts';
import { createServer, type ServerOptions } from './create-server.ts';
import { createAdminRouter, type AdminRoute } from './admin/index.ts';
import { serveExplorer } from './static.ts';

/** Where `npm run build` puts the explorer. */
export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../client/dist', import.meta.url));

/** How long a client has to send a whole request, headers and body. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export interface HttpOptions extends ServerOptions {
  store: GraphStore;
  port?: number;
  host?: string;
  clientDir?: string;
  /** Time for a whole request to arrive, in ms (default 30 s); a slower one gets 408 and its connection is closed. */
  requestTimeoutMs?: number;
  /** Serve the explorer's `.map` files (default: no; they hold the whole source). */
  sourceMaps?: boolean;
  /** The admin token (SAMKART_ADMIN_TOKEN); without it every write under /api/ is refused. */
  adminToken?: string | null;
  /** The write API's routes under /api/ (uploads, corrections); see server/admin. */
  adminRoutes?: readonly AdminRoute[];
  /** Called after each successful write under /api/ (npm start saves the embedded graph with it). */
  onWrite?: () => void;
}

/** Starts listening; resolves with the URL and a close function. The response cache is on unless `responseCache: false`. */
export async function listen(options: HttpOptions): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const yoga = createServer({ ...options, responseCache: options.responseCache ?? true });
  const clientDir = options.clientDir ?? DEFAULT_CLIENT_DIR;
  // Read from disk at each request, so a rebuild of the explorer while this runs is served at the next reload (static.ts).
  const assets = serveExplorer(clientDir, { sourceMaps: options.sourceMaps });
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  // After a write, the next graph version's read model (snapshot, aggregation, layouts) is built at once.
  const snapshots = snapshotsOf(options.store);
  const afterWrite = () => {
    void snapshots.refresh().catch(() => {});
    options.onWrite?.();
  };
  const api = createAdminRouter({ token: options.adminToken ?? null, routes: options.adminRoutes ?? [], log: options.log, afterWrite });
  const server = createHttpServer(
    {
      requestTimeout,
      headersTimeout: requestTimeout,
      // Node checks those timeouts every 30 s by default, which would let a 30 s limit run to 60 s.
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(requestTimeout / 4))),
    },
    (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/api' || path.startsWith('/api/')) {
        void api(req, res);
        return;
      }
      if (path === '/graphql' || path.startsWith('/graphql/') || path === '/health' || path.startsWith('/__yoga/')) {
        void yoga(req, res);
        return;
      }
      const notFound = () => {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found\n');
      };
      assets(req, res, notFound).catch(() => {
        // Whatever the disk did, the server keeps running: this request alone fails.
        if (!res.headersSent) notFound();
        else res.destroy();
      });
    },
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
