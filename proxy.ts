import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';
import { refuseMalformedPath } from '@/lib/server/http/malformed-path';

// Runs before Next routes a request (Next 16's name for middleware). Each concern is its own small module
// called from here; this file only chains them:
// - malformed paths (`%ff`, `%00`) get a JSON 400 before Next's decoder throws (decision 018);
// - pages get a fresh CSP nonce per request: Next reads the policy from the request headers and puts the
//   nonce on its own scripts; the browser gets the same policy on the response (decision 015).
// Next buffers (and past 10 MB truncates) the body of every request a proxy sees, so requests that carry a
// body to the API, server-action posts and prefetches are left out by the matcher below.
export function proxy(request: NextRequest): NextResponse {
  const refused = refuseMalformedPath(request);
  if (refused) return refused;
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    development: env.NODE_ENV === 'development',
    https: env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  });
  const requestHeaders = new Headers(request.headers);
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
    {
      // API calls without a body only: uploads must reach the route's own capped reader untouched.
      source: '/api/:path*',
      missing: [
        { type: 'header', key: 'content-length' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
};
