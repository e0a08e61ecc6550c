import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { userForApiToken } from '@/lib/server/auth/api-tokens';
import { getSession, type SessionUser } from '@/lib/server/auth/session';
import { AppError, toAppError } from '@/lib/server/errors';
import { localizedErrorMessage } from '@/lib/server/i18n/error-message';
import { DEFAULT_LOCALE, LOCALE_COOKIE, pickLocale, type Locale } from '@/lib/i18n/locales';
import { checkSameOriginWrite } from '@/lib/http/same-origin-write';
import { appOrigins } from './app-origins';
import { readBodyBytes } from './read-body-bytes';
import { assertCleanRequest, assertCleanText, decodeUtf8Body } from './text-input';
import { checkRouteAccess, type CheckedAccess, type RouteAccess } from './route-access';

// Every /api/v1 route goes through here: the caller is resolved (Bearer token or session cookie) before the
// handler runs, so an auth check cannot be forgotten; typed errors map to one JSON shape and status. A write
// signed only by the session cookie must also prove it came from one of our pages (CSRF, decision 015).

type Params = Record<string, string>;

export interface ApiContext<P extends Params> {
  req: NextRequest;
  user: SessionUser;
  params: P;
  /** What the route's declared `access` check resolved (empty without one); pass it on to the use case. */
  access: CheckedAccess;
}

/** The error shape of every API answer: a stable `code`, a `message` in the caller's language (decision 030). */
export function errorResponse(error: unknown, locale: Locale = DEFAULT_LOCALE): NextResponse {
  const known = toAppError(error) ?? (error instanceof z.ZodError ? new AppError('INVALID_INPUT', zodMessage(error)) : null);
  if (known) {
    const message = localizedErrorMessage(known, locale);
    const retryAfter = known.details?.retryAfterSeconds;
    const headers = typeof retryAfter === 'number' ? { 'Retry-After': String(retryAfter) } : undefined;
    return NextResponse.json({ error: { code: known.code, message, ...known.details } }, { status: known.status, headers });
  }
  console.error('[api] unexpected error', error);
  const message = localizedErrorMessage({ code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' }, locale);
  return NextResponse.json({ error: { code: 'INTERNAL', message } }, { status: 500 });
}

/** The caller's language for an API answer: the user's choice once known, else the browser's, else English. */
export function apiLocale(req: NextRequest, user: SessionUser | null): Locale {
  return pickLocale({
    user: user?.locale,
    cookie: req.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: req.headers.get('accept-language'),
  });
}

export function zodMessage(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** Refuses a cookie-signed write that a page on another site could have sent (decision 015). */
export function assertSameOriginWrite(req: NextRequest): void {
  const verdict = checkSameOriginWrite(
    {
      method: req.method,
      origin: req.headers.get('origin'),
      secFetchSite: req.headers.get('sec-fetch-site'),
      contentType: req.headers.get('content-type'),
    },
    appOrigins(req.headers, new URL(req.url).protocol),
  );
  if (!verdict.ok) throw new AppError('FORBIDDEN', verdict.message, { reason: 'cross_origin_write' });
}

export async function resolveApiUser(req: NextRequest): Promise<SessionUser> {
  const header = req.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await userForApiToken(match[1]) : null;
    if (!user) throw new AppError('UNAUTHENTICATED', 'The API token is invalid or revoked.');
    return user;
  }
  // Checked before the cookie is even read: a forged write learns nothing about the session.
  assertSameOriginWrite(req);
  const user = await getSession();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in or send an API token (Authorization: Bearer <token>).');
  return user;
}

/** `identify` tells the error path who called, so an error answers in that user's language. */
function respond<P extends Params>(
  run: (req: NextRequest, params: P, identify: (user: SessionUser) => void) => Promise<Response | unknown>,
) {
  return async (req: NextRequest, route: { params: Promise<P> }): Promise<Response> => {
    let caller: SessionUser | null = null;
    try {
      const params = await route.params;
      assertCleanRequest(req, params);
      const result = await run(req, params, (user) => (caller = user));
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error, apiLocale(req, caller));
    }
  };
}

export function apiHandler<P extends Params = Params>(
  handler: (ctx: ApiContext<P>) => Promise<Response | unknown>,
  opts: { access?: RouteAccess } = {},
) {
  return respond<P>(async (req, params, identify) => {
    const user = await resolveApiUser(req);
    identify(user);
    const access = opts.access ? await checkRouteAccess(user, params, opts.access) : {}; // before any body is read
    return handler({ req, user, params, access });
  });
}

/** A route anyone may call (signing in for a token): no caller is resolved, so the handler gets none. */
export function publicApiHandler<P extends Params = Params>(
  handler: (ctx: { req: NextRequest; params: P }) => Promise<Response | unknown>,
) {
  return respond<P>((req, params) => handler({ req, params }));
}

/** JSON bodies carry at most two articles (1,000,000 characters a side, up to 3 bytes each in UTF-8). */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

/** Parses a JSON body with a zod schema; a malformed body is a 400 with a message. */
export async function readJson<T extends z.ZodType>(
  req: NextRequest,
  schema: T,
  /** For a route whose body is optional: what an empty body means. */
  opts: { whenEmpty?: z.input<T> } = {},
): Promise<z.infer<T>> {
  const bytes = await readBodyBytes(req, MAX_JSON_BYTES, 'The request');
  const text = decodeUtf8Body(bytes);
  if (text === '' && opts.whenEmpty !== undefined) return schema.parse(opts.whenEmpty);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', 'The request body must be JSON.');
  }
  assertCleanText(body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError('INVALID_INPUT', zodMessage(parsed.error));
  return parsed.data;
}
