import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { findTextProblem, TEXT_PROBLEM_MESSAGES } from '@/lib/text/text-boundary';

// Next decodes each path segment with decodeURIComponent before a route handler or page runs; a segment such
// as `%ff` (not UTF-8) or `%ed%a0%80` (an encoded lone surrogate) makes it throw, and Next answers a plain-text
// 500. proxy.ts calls this first, so such a path, and one holding NUL (`%00`), gets a JSON 400 in the API's
// error shape instead (decision 018). It runs before authentication: it reveals nothing about what exists.

export function refuseMalformedPath(request: NextRequest): NextResponse | null {
  const segments: string[] = [];
  for (const raw of request.nextUrl.pathname.split('/')) {
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      return badPath('The address contains a percent-encoded byte sequence that is not UTF-8 text.');
    }
  }
  const found = findTextProblem(segments.filter(Boolean));
  return found ? badPath(`The address ${TEXT_PROBLEM_MESSAGES[found.problem]}.`) : null;
}

function badPath(message: string): NextResponse {
  return NextResponse.json({ error: { code: 'INVALID_INPUT', message } }, { status: 400 });
}
