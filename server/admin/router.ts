/**
 * The router for /api/: matches the AdminRoutes, checks the admin token,
 * reads bodies within their limits, and answers JSON errors with a stable
 * `code` and a plain message. Answers are never cached (`cache-control:
 * no-store`): they depend on the token and on the moment.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { adminAuth } from './auth.ts';
import { AdminError, type AdminResponse, type AdminRoute } from './types.ts';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface AdminRouterOptions {
  /** The configured admin token; null or empty: writes are off. */
  token: string | null;
  routes: readonly AdminRoute[];
  log?: (message: string) => void;
  /** Called after every admin request that succeeded: the graph may have changed, so the read model is rebuilt now, not on the next visit. */
  afterWrite?: () => void;
}

interface Compiled {
  route: AdminRoute;
  regex: RegExp;
  names: string[];
}

function compile(route: AdminRoute): Compiled {
  if (!route.path.startsWith('/api/')) throw new Error(`admin route ${route.method} ${route.path} must start with /api/`);
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}/?$`), names };
}

function send(res: ServerResponse, response: AdminResponse): void {
  const status = response.status ?? 200;
  const headers: Record<string, string> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...(response.headers ?? {}) };
  if ('json' in response) {
    res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(response.json));
  } else {
    res.writeHead(status, { ...headers, 'content-type': response.contentType });
    res.end(response.body);
  }
}

function error(status: number, code: string, message: string, headers?: Record<string, string>): AdminResponse {
  return { status, json: { error: { code, message } }, headers };
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new AdminError(413, 'TOO_LARGE', `The request body is ${declared} bytes; the limit is ${limit}.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new AdminError(413, 'TOO_LARGE', `The request body is over the limit of ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A handler for requests under /api/; the session route (`GET /api/session`) is always there. */
export function createAdminRouter(options: AdminRouterOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const token = options.token || null;
  const check = adminAuth(token);
  const session: AdminRoute = {
    method: 'GET',
    path: '/api/session',
    access: 'public',
    handle: (request) => ({ json: { writesEnabled: token !== null, authenticated: request.admin } }),
  };
  const compiled = [session, ...options.routes].map(compile);
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    let pathMatched = false;
    for (const { route, regex, names } of compiled) {
      const match = regex.exec(url.pathname);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const status = check(req.headers);
      if (route.access === 'admin' && status !== 'ok') {
        req.resume();
        if (status === 'disabled') return send(res, error(403, 'WRITES_DISABLED', 'Writes are off: the server was started without SAMKART_ADMIN_TOKEN.'));
        const challenge = { 'www-authenticate': 'Bearer realm="samkart"' };
        if (status === 'missing') return send(res, error(401, 'TOKEN_MISSING', 'This needs the admin token, as "Authorization: Bearer <token>".', challenge));
        options.log?.(`refused ${method} ${url.pathname}: wrong admin token`);
        return send(res, error(401, 'TOKEN_WRONG', 'The admin token is wrong.', challenge));
      }
      try {
        const params: Record<string, string> = {};
        names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
        const body = method === 'GET' || method === 'DELETE' ? Buffer.alloc(0) : await readBody(req, route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
        const response = await route.handle({ params, url, body, raw: req, admin: status === 'ok' });
        if (route.access === 'admin' && (response.status ?? 200) < 400) options.afterWrite?.();
        return send(res, response);
      } catch (e) {
        if (e instanceof AdminError) {
          if (e.status === 413) req.resume();
          return send(res, error(e.status, e.code, e.message));
        }
        if (e instanceof URIError) return send(res, error(400, 'BAD_PATH', 'The path is not valid percent-encoding.'));
        options.log?.(`${method} ${url.pathname} failed: ${(e as Error).stack ?? e}`);
        return send(res, error(500, 'INTERNAL', 'Something went wrong on the server; the graph is unchanged.'));
      }
    }
    req.resume();
    if (pathMatched) return send(res, error(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${url.pathname}.`));
    return send(res, error(404, 'NOT_FOUND', `No such API: ${url.pathname}.`));
  };
}
