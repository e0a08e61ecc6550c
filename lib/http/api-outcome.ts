// The browser's one way to call the REST API and read its answer: every answer is parsed with a zod schema and
// every failure comes back as a typed outcome, never a throw, so the caller can tell a conflict from a refusal
// from a lost connection (decision 031: this replaced a second convention that trusted the body unchecked).

import { z } from 'zod';

export type Outcome<T> =
  | { ok: true; data: T }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'refused'; status: number; message: string }
  | { ok: false; kind: 'network'; message: string };

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
    return { ok: false, kind: 'network', message: 'No connection to the server.' };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, data: parsed.data };
    return { ok: false, kind: 'refused', status: response.status, message: 'The server sent an answer this page does not understand.' };
  }
  const error = apiErrorSchema.safeParse(json);
  const message = error.success ? error.data.error.message : `The server answered ${response.status}.`;
  if (response.status === 409 && error.success && error.data.error.code === 'VERSION_CONFLICT') {
    return { ok: false, kind: 'conflict', message };
  }
  // A 5xx with our error body says what happened (an unreachable article site, a busy server); anything else
  // (a proxy's error page) gets the generic line.
  if (response.status >= 500) {
    return {
      ok: false,
      kind: 'network',
      message: error.success && error.data.error.code !== 'INTERNAL' ? message : `Not saved: the server failed (${response.status}).`,
    };
  }
  if (response.status === 401)
    return { ok: false, kind: 'refused', status: 401, message: 'Your session has ended. Sign in again in another tab, then retry.' };
  return { ok: false, kind: 'refused', status: response.status, message };
}
