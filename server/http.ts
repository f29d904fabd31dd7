/**
 * The HTTP server: GraphQL and /health from yoga, the built explorer from
 * client/dist (with index.html for app routes), on HOST:PORT. GraphQL answers
 * are cached per graph version (response-cache.ts) unless turned off.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { GraphStore } from '../graph/store/index.ts';
import { createServer, type ServerOptions } from './create-server.ts';
import { ResponseCache, type ResponseCacheOptions } from './response-cache.ts';

/** Where `npm run build` puts the explorer. */
export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../client/dist', import.meta.url));

export interface HttpOptions extends ServerOptions {
  store: GraphStore;
  port?: number;
  host?: string;
  clientDir?: string;
  /**
   * Cache whole GraphQL responses per graph version (see response-cache.ts).
   * Default: on, unless SAMKART_RESPONSE_CACHE=0.
   */
  responseCache?: boolean | ResponseCacheOptions;
}

/** Starts listening; resolves with the URL and a close function. */
export async function listen(options: HttpOptions): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const yoga = createServer(options);
  const cacheOption = options.responseCache ?? process.env.SAMKART_RESPONSE_CACHE !== '0';
  const cache = cacheOption
    ? new ResponseCache(options.store, (url, init) => Promise.resolve(yoga.fetch(url, init)), typeof cacheOption === 'object' ? cacheOption : {})
    : null;
  const clientDir = options.clientDir ?? DEFAULT_CLIENT_DIR;
  const hasClient = existsSync(`${clientDir}/index.html`);
  const assets = hasClient ? sirv(clientDir, { single: true, etag: true, gzip: false, dev: false }) : null;
  const server = createHttpServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql' || path.startsWith('/graphql/') || path === '/health' || !assets) {
      if (!assets && path === '/') {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`The explorer is not built (no ${clientDir}/index.html). Run \`npm run build\`, or use GraphQL at /graphql.\n`);
        return;
      }
      if (cache && path === '/graphql') {
        cache.handle(req, res, () => void yoga(req, res)).catch((e: Error) => {
          options.log?.(`response cache: ${e.message}`);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Internal error\n');
        });
        return;
      }
      void yoga(req, res);
      return;
    }
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    });
  });
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
