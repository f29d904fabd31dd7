/**
 * The corrections API (issue 16): the explorer's "Rett opp", "Legg til
 * kobling", review and history panels write here, never through GraphQL.
 *
 *   GET  /api/corrections            every correction with what became of it (public: GraphQL shows them too)
 *   POST /api/corrections            a new correction (JSON: the operation's fields, why, author) — admin
 *   POST /api/corrections/:n/undo    appends an undo of correction n (JSON: why, author) — admin
 *   GET  /api/review                 the review list and duplicate suggestions — admin
 *   GET  /api/corrections/rejected   every fact the corrections hide, with its evidence (public: nothing is lost)
 *
 * Each write is checked against the graph first (a quote must be found word
 * for word, ids must exist), appended to the corrections file and replayed,
 * one at a time; the graph's version changes, so readers refetch.
 */
import {
  checkCorrections,
  makeCorrection,
  readCorrectionsFile,
  rejectedFacts,
  reviewList,
  withQuotedDocument,
  type Correction,
  type CorrectionMeta,
  type CorrectionOp,
} from '../../graph/corrections/index.ts';
import { correctionsPath } from '../../graph/corrections/index.ts';
import { GraphError } from '../../graph/model/index.ts';
import { AdminError, type AdminDeps, type AdminRequest, type AdminRoute } from './types.ts';

/** The author of a correction made in the explorer when the editor gives no name. */
export const EXPLORER_AUTHOR = 'redaktør (utforskeren)';

function body(r: AdminRequest): Record<string, unknown> {
  if (!r.body.length) return {};
  try {
    const v = JSON.parse(r.body.toString('utf8')) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new AdminError(400, 'BAD_JSON', 'The body must be a JSON object.');
}

function meta(fields: Record<string, unknown>): CorrectionMeta {
  const why = typeof fields.why === 'string' ? fields.why.trim() : '';
  if (!why) throw new AdminError(400, 'WHY_MISSING', 'Say why: every correction needs a reason.');
  const author = typeof fields.author === 'string' && fields.author.trim() ? fields.author.trim().slice(0, 100) : EXPLORER_AUTHOR;
  return { author, at: new Date().toISOString(), why: why.slice(0, 2000) };
}

/** Typed errors from the graph become 400/404 answers with the reason as written. */
function asAdminError(e: unknown): never {
  if (e instanceof AdminError) throw e;
  if (e instanceof GraphError) {
    if (e.code === 'STORE_UNAVAILABLE') throw new AdminError(503, 'STORE_UNAVAILABLE', e.message);
    throw new AdminError(e.code === 'NOT_FOUND' ? 404 : 400, 'INVALID_CORRECTION', e.message);
  }
  throw e;
}

/** The routes, on the file `deps.correctionsFile` (default: corrections.jsonl in .data/). */
export function correctionRoutes(deps: AdminDeps): AdminRoute[] {
  const file = deps.correctionsFile ?? correctionsPath('.data');
  let queue: Promise<unknown> = Promise.resolve();
  /** One write at a time: each is checked against the graph the one before left. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };
  const list = async () => {
    let corrections: Correction[];
    try {
      corrections = readCorrectionsFile(file);
    } catch (e) {
      asAdminError(e);
    }
    const plan = await checkCorrections(deps.store, corrections);
    const outcome = new Map(plan.outcomes.map((o) => [o.n, o]));
    return corrections.map((c) => ({ ...c, status: outcome.get(c.n)?.status ?? 'applied', problem: outcome.get(c.n)?.problem ?? null, touched: outcome.get(c.n)?.touched ?? [] }));
  };
  const write = (input: CorrectionOp & CorrectionMeta) =>
    serial(async () => {
      try {
        const { correction, replay } = await makeCorrection(deps.store, file, input);
        deps.log(`correction ${correction.n} (${correction.op}) by ${correction.author}: ${replay.ok ? 'replayed' : `NOT replayed: ${replay.error}`}`);
        if (!replay.ok) throw new AdminError(500, 'REPLAY_FAILED', `The correction was saved, but could not be applied: ${replay.error}`);
        return { status: 201, json: { correction, replay: { applied: replay.applied, undone: replay.undone, missing: replay.missing, invalid: replay.invalid } } };
      } catch (e) {
        asAdminError(e);
      }
    });
  return [
    { method: 'GET', path: '/api/corrections', access: 'public', handle: async () => ({ json: { corrections: await list() } }) },
    {
      method: 'POST',
      path: '/api/corrections',
      access: 'admin',
      maxBodyBytes: 64 * 1024,
      handle: (r) => {
        const fields = body(r);
        if (fields.op === 'undo') throw new AdminError(400, 'USE_UNDO', 'Undo with POST /api/corrections/:n/undo.');
        const m = meta(fields);
        return serial(async () => {
          try {
            return await withQuotedDocument(deps.store, fields);
          } catch (e) {
            asAdminError(e);
          }
        }).then((op) => write({ ...op, ...m } as unknown as CorrectionOp & CorrectionMeta));
      },
    },
    {
      method: 'POST',
      path: '/api/corrections/:n/undo',
      access: 'admin',
      maxBodyBytes: 16 * 1024,
      handle: (r) => {
        const n = Number(r.params.n);
        if (!Number.isInteger(n) || n < 1) throw new AdminError(400, 'BAD_NUMBER', `"${r.params.n}" is not the number of a correction.`);
        return write({ op: 'undo', undoes: n, ...meta(body(r)) });
      },
    },
    {
      method: 'GET',
      path: '/api/corrections/rejected',
      access: 'public',
      handle: async () => {
        try {
          return { json: { rejected: await rejectedFacts(deps.store) } };
        } catch (e) {
          asAdminError(e);
        }
      },
    },
    {
      method: 'GET',
      path: '/api/review',
      access: 'admin',
      handle: async () => {
        try {
          return { json: await reviewList(deps.store) };
        } catch (e) {
          asAdminError(e);
        }
      },
    },
  ];
}
