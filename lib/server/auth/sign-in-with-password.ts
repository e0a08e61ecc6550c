import 'server-only';
import NextAuth from 'next-auth';
import { cookies, headers } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { primaryAppOrigin } from '@/lib/server/http/app-origins';
import { authOptions } from './options';

// Signs in from a server action (the sign-in form posts, so it works before or without JavaScript) through
// next-auth's own credentials flow: the same CSRF token, `authorize`, lockout, JWT callback, cookie names and
// flags as a browser call to /api/auth. It calls next-auth's route handler in-process and copies the cookies
// it sets onto the action's response. No credential ever travels in a URL.

const handler = NextAuth(authOptions) as (req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

export type SignInOutcome = { ok: true } | { ok: false; message: string };

const WRONG = 'Wrong email or password.';

async function callNextAuth(origin: string, route: string[], body?: URLSearchParams): Promise<Response> {
  const url = new URL(`/api/auth/${route.join('/')}`, origin);
  const req = new NextRequest(
    url,
    body ? { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : { method: 'GET' },
  );
  const response = await handler(req, { params: Promise.resolve({ nextauth: route }) });
  // next-auth's handler reads cookies from next/headers, so what it sets must be visible to its next call
  // (an action's cookie store reads its own writes) and reach the browser with this action's response.
  const store = await cookies();
  for (const cookie of new NextResponse(null, { headers: response.headers }).cookies.getAll()) store.set(cookie);
  return response;
}

function setsSessionCookie(response: Response): boolean {
  return response.headers.getSetCookie().some((line) => /^(__Secure-)?next-auth\.session-token=/.test(line));
}

/** Why next-auth refused: our own messages (wrong password, locked) pass through; its codes become one line. */
function refusalMessage(location: string | null): string {
  const error = location ? new URL(location, 'http://x').searchParams.get('error') : null;
  if (!error || error === 'CredentialsSignin') return WRONG;
  return error;
}

export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  const origin = primaryAppOrigin(await headers());
  const csrf = await callNextAuth(origin, ['csrf']);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const result = await callNextAuth(origin, ['callback', 'credentials'], new URLSearchParams({ email, password, csrfToken }));
  if (setsSessionCookie(result)) return { ok: true };
  return { ok: false, message: refusalMessage(result.headers.get('location')) };
}
