/**
 * The built explorer (client/dist), served from disk as it is at each request,
 * so `npm run build` while the server runs is safe: the next reload gets the
 * new index.html and the new hashed assets, and a file removed or rewritten
 * mid-request never crashes the server. (sirv in production mode listed the
 * folder once at start and streamed by the sizes it saw then: after a rebuild
 * it served a stale index.html whose assets were gone, and a deleted file's
 * stream error was unhandled; its dev mode reads the disk but drops the
 * immutable caching. The files are served by serve-static, which stats each
 * request.) index.html is answered for app routes (paths
 * without a file extension) and is never cached by the browser; the hashed
 * files under assets/ are immutable. While a build has emptied the folder,
 * app routes wait briefly for the new index.html, then get 503 with
 * Retry-After.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import serveStatic from 'serve-static';

export interface StaticOptions {
  /** Serve `.map` files (default: no; they hold the whole source). */
  sourceMaps?: boolean;
  /** How long an app route waits for index.html while a build has removed it, in ms (default 3 s). */
  rebuildWaitMs?: number;
}

/** What the handler does with a request it does not serve: a 404 of the caller's choice. */
export type NotFound = () => void;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether a path exists (a build empties client/dist but keeps the folder). */
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** A request handler for the built explorer in `dir`. */
export function serveExplorer(dir: string, options: StaticOptions = {}): (req: IncomingMessage, res: ServerResponse, notFound: NotFound) => Promise<void> {
  const root = normalize(dir + sep);
  const rebuildWaitMs = options.rebuildWaitMs ?? 3_000;
  const files = serveStatic(root, {
    index: false,
    fallthrough: true,
    dotfiles: 'ignore',
    // Vite names what it builds under assets/ by content hash: such a file never changes.
    setHeaders: (res, file) => res.setHeader('cache-control', file.startsWith(join(root, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });

  /**
   * index.html, read whole (it is small, and a build rewrites it in place):
   * taken when it ends its document, or reads the same twice; null while a
   * build has it missing or half written for longer than rebuildWaitMs.
   */
  async function indexHtml(): Promise<Buffer | null> {
    const deadline = performance.now() + rebuildWaitMs;
    let before: Buffer | null = null;
    for (;;) {
      const html = await readFile(join(root, 'index.html')).catch(() => null);
      if (html && html.length > 0 && (/<\/html>\s*$/i.test(html.toString('utf8')) || (before && html.equals(before)))) return html;
      if (performance.now() >= deadline) return null;
      before = html;
      await sleep(100);
    }
  }

  return async (req, res, notFound) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    } catch {
      return notFound();
    }
    const ext = extname(path).toLowerCase();
    // Hidden files and source maps (unless asked for) are not served.
    if (path.includes('\0') || /\/\./.test(path) || (ext === '.map' && !options.sourceMaps)) return notFound();

    if (!ext || path === '/index.html') {
      // The app: index.html for every route, fresh from disk.
      if (!(await exists(root))) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(`The explorer is not built (no ${root}index.html). Run \`npm run build\`, or use GraphQL at /graphql.\n`);
        return;
      }
      const html = await indexHtml();
      if (!html) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2', 'cache-control': 'no-store' });
        res.end('The explorer is being built (client/dist has no index.html). Reload in a moment.\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }

    // Every other file: serve-static (send) stats and opens it at each request, so a rebuild is served at once,
    // answers ETag/Last-Modified/Range, and passes a file removed mid-request to its callback instead of throwing.
    files(req, res, (err?: unknown) => {
      if (!err) return notFound();
      // The headers may be out: all that is left is to end the connection, so the browser sees a failed load.
      if (res.headersSent) res.destroy();
      else notFound();
    });
  };
}
