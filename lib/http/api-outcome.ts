// The browser's one way to call the REST API and read its answer: every answer is parsed with a zod schema and
// every failure comes back as a typed outcome, never a throw, so the caller can tell a conflict from a refusal
// from a lost connection (decision 031: this replaced a second convention that trusted the body unchecked).

import { z } from 'zod';
import type { Translate } from '@/lib/i18n/translator';

/**
 * A failure the server did not put into words (no connection, an unreadable answer, a proxy's error page, an
 * ended session): the page words it from the catalogs (`api.<code>`) in the reader's language. `message` keeps
 * the English line for logs and for callers that do not translate yet.
 */
export type LocalProblem =
  | { code: 'offline' }
  | { code: 'unreadable' }
  | { code: 'serverFailed'; status: number }
  | { code: 'signedOut' }
  | { code: 'answered'; status: number };

export type Outcome<T> =
  | { ok: true; data: T }
  | { ok: false; kind: 'conflict'; message: string; local?: LocalProblem }
  | { ok: false; kind: 'refused'; status: number; message: string; local?: LocalProblem }
  | { ok: false; kind: 'network'; message: string; local?: LocalProblem };

export type Failure = Exclude<Outcome<unknown>, { ok: true }>;

/** The error body of every API route (lib/server/http/api-handler.ts). */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), currentVersion: z.number().int().optional() }),
});

/** A JSON POST, or a GET when there is no body; never served from the browser's cache. */
export function jsonRequest(body?: unknown): RequestInit {
  return body === undefined
    ? { cache: 'no-store' }
    : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' };
}

export async function callApi<T>(url: string, schema: z.ZodType<T>, init: RequestInit = jsonRequest()): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    return { ok: false, kind: 'network', message: 'No connection to the server.', local: { code: 'offline' } };
  }
  const json = await readJson(response);
  if (response.ok) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, data: parsed.data };
    return {
      ok: false,
      kind: 'refused',
      status: response.status,
      message: 'The server sent an answer this page does not understand.',
      local: { code: 'unreadable' },
    };
  }
  const error = apiErrorSchema.safeParse(json);
  const status = response.status;
  if (status === 409 && error.success && error.data.error.code === 'VERSION_CONFLICT') {
    return { ok: false, kind: 'conflict', message: error.data.error.message };
  }
  // A 5xx with our error body says what happened (an unreachable article site, a busy server); anything else
  // (a proxy's error page) gets the generic line.
  if (status >= 500) {
    if (error.success && error.data.error.code !== 'INTERNAL') return { ok: false, kind: 'network', message: error.data.error.message };
    return { ok: false, kind: 'network', message: `Not saved: the server failed (${status}).`, local: { code: 'serverFailed', status } };
  }
  if (status === 401) {
    const message = 'Your session has ended. Sign in again in another tab, then retry.';
    return { ok: false, kind: 'refused', status, message, local: { code: 'signedOut' } };
  }
  if (error.success) return { ok: false, kind: 'refused', status, message: error.data.error.message };
  return { ok: false, kind: 'refused', status, message: `The server answered ${status}.`, local: { code: 'answered', status } };
}

/**
 * The answer's JSON, or null when it is not JSON. An answer sent as `application/gzip` is gzip-compressed JSON
 * (`?format=compact&encoding=gzip`, decision 051 addendum): inflated here with the browser's DecompressionStream.
 */
async function readJson(response: Response): Promise<unknown> {
  try {
    if (response.headers.get('content-type') === 'application/gzip' && response.body) {
      return (await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json()) as unknown;
    }
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

/** What to show for a failure: the server's own (already localized) message, or the page's wording of a local problem. */
export function failureText(failure: Failure, t: Translate<'api'>): string {
  const local = failure.local;
  if (!local) return failure.message;
  return local.code === 'serverFailed' || local.code === 'answered' ? t(local.code, { status: local.status }) : t(local.code);
}
