// The CSRF rule for requests that a browser authenticates by itself (the session cookie): a write must prove
// it was sent by a page of this site. Browsers put `Origin` on every cross-origin request and on every
// same-origin request that is not GET/HEAD, and a page cannot forge it; `Sec-Fetch-Site` is the same fact
// for the few agents that omit `Origin`. The content type is checked too because `text/plain` and
// urlencoded bodies are what a plain HTML form on another site can send without asking (no preflight); the
// API never takes either. Bearer-token calls never reach this: a token is not sent by the browser on its own.

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Body types an HTML form on any site can send without a CORS preflight, other than multipart uploads. */
const FORM_ONLY_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded']);

export interface WriteRequestFacts {
  method: string;
  /** The `Origin` header, or null when absent. */
  origin: string | null;
  /** The `Sec-Fetch-Site` header, or null when absent. */
  secFetchSite: string | null;
  /** The `Content-Type` header, or null when absent. */
  contentType: string | null;
}

export type SameOriginVerdict = { ok: true } | { ok: false; message: string };

const REFUSAL = 'Cookie-signed API writes must come from a Bitext Desk page';

export function checkSameOriginWrite(facts: WriteRequestFacts, allowedOrigins: readonly string[]): SameOriginVerdict {
  if (SAFE_METHODS.has(facts.method.toUpperCase())) return { ok: true };
  const mediaType = (facts.contentType ?? '').split(';')[0].trim().toLowerCase();
  if (FORM_ONLY_TYPES.has(mediaType)) {
    return {
      ok: false,
      message: `${REFUSAL}: send JSON (Content-Type: application/json) or multipart/form-data, not ${mediaType}. Scripts should use an API token (Authorization: Bearer <token>).`,
    };
  }
  if (facts.origin !== null) {
    const origin = normalizeOrigin(facts.origin);
    if (origin && allowedOrigins.some((allowed) => normalizeOrigin(allowed) === origin)) return { ok: true };
    return {
      ok: false,
      message: `${REFUSAL}; this one came from ${JSON.stringify(facts.origin.slice(0, 200))}. Scripts should use an API token (Authorization: Bearer <token>).`,
    };
  }
  if (facts.secFetchSite?.toLowerCase() === 'same-origin') return { ok: true };
  return { ok: false, message: `${REFUSAL} (no Origin header was sent). Scripts should use an API token (Authorization: Bearer <token>).` };
}

/** `scheme://host[:port]` in WHATWG form, or null for `null`, garbage and anything that is not http(s). */
export function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}
