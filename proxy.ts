import { NextResponse, type NextRequest } from 'next/server';
import { refuseMalformedPath } from '@/lib/server/http/malformed-path';

// Runs before Next routes a request. Each concern is its own small module called from here; this file only
// chains them. Malformed paths (`%ff`, `%00`) get a JSON 400 before Next's decoder throws (decision 018).
export function proxy(request: NextRequest): NextResponse {
  return refuseMalformedPath(request) ?? NextResponse.next();
}

export const config = {
  // Everything except Next's own static files.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
