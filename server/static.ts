/**
 * The built explorer (client/dist), served from disk as it is at each request,
 * so `npm run build` while the server runs is safe: the next reload gets the
 * new index.html and the new hashed assets, and a file removed or rewritten
 * mid-request never crashes the server. (sirv in production mode lists the
 * folder once at start and streams by the sizes it saw then: after a rebuild
 * it served a stale index.html whose assets were gone, and a deleted file's
 * stream error was unhandled.) index.html is answered for app routes (paths
 * without a file extension) and is never cached by the browser; the hashed
 * files under assets/ are immutable. While a build has emptied the folder,
 * app routes wait briefly for the new index.html, then get 503 with
 * Retry-After.
 */
import { open, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types of the files a Vite build writes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

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
      res.writeHead(200, { 'content-type': TYPES['.html'], 'content-length': html.length, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }

    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return notFound();
    // Opened first and measured from the open file: a build that deletes or replaces it afterwards does not change what is sent.
    const handle = await open(file, 'r').catch(() => null);
    if (!handle) return notFound();
    let size: number;
    let mtime: Date;
    try {
      const s = await handle.stat();
      if (!s.isFile()) {
        await handle.close();
        return notFound();
      }
      size = s.size;
      mtime = s.mtime;
    } catch {
      await handle.close().catch(() => {});
      return notFound();
    }
    const etag = `W/"${size}-${mtime.getTime()}"`;
    const headers: Record<string, string | number> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': size,
      'last-modified': mtime.toUTCString(),
      etag,
      // Vite names what it builds under assets/ by content hash: such a file never changes.
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (req.headers['if-none-match'] === etag) {
      await handle.close();
      res.writeHead(304, { etag, 'cache-control': headers['cache-control'] as string });
      res.end();
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD' || size === 0) {
      await handle.close();
      res.end();
      return;
    }
    // The stream owns the open file and closes it when done or destroyed.
    const stream = handle.createReadStream({ start: 0, end: size - 1, autoClose: true });
    stream.on('error', () => {
      // The headers are out: all that is left is to end the connection, so the browser sees a failed load, not a short file.
      res.destroy();
    });
    res.on('close', () => stream.destroy());
    stream.pipe(res);
  };
}
