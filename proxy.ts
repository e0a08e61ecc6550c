import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';

// Runs before every page (Next 16's name for middleware): a fresh CSP nonce per request. Next reads the
// policy from the request headers and puts the nonce on its own inline and chunk scripts; the browser gets
// the same policy on the response (decision 015). API routes and static files are left out: they render no
// HTML, and a proxy would buffer request bodies (uploads) it has no use for.
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    development: env.NODE_ENV === 'development',
    https: env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
        // Large server-action posts (the paste form sends up to 8 MB) skip the proxy's body buffering.
        { type: 'header', key: 'next-action' },
      ],
    },
  ],
};
