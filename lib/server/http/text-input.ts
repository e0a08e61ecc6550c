import 'server-only';
import type { NextRequest } from 'next/server';
import { AppError } from '@/lib/server/errors';
import { describeTextProblem, findTextProblem } from '@/lib/text/text-boundary';

// The server side of the text boundary (decision 018): bodies are decoded strictly, and every value that came
// from the client (JSON body, form fields, route and query parameters, server-action arguments) is checked for
// NUL and lone surrogates before any schema or query sees it. The 400 says where the bad character is.

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The body's text, or a 400: invalid UTF-8 is refused, never replaced with U+FFFD. */
export function decodeUtf8Body(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new AppError('INVALID_INPUT', 'The request body is not valid UTF-8.');
  }
}

/** Refuses a value holding NUL or a lone surrogate anywhere; `where` names the part, e.g. "The path parameter". */
export function assertCleanText(value: unknown, where?: string): void {
  const found = findTextProblem(value);
  if (found) throw new AppError('INVALID_INPUT', describeTextProblem(found, where), { field: found.path.join('.') });
}

/** Every route's path and query parameters, checked before authentication and before the handler runs. */
export function assertCleanRequest(req: NextRequest, params: Record<string, string>): void {
  assertCleanText(params, 'The path parameter');
  for (const [name, value] of req.nextUrl.searchParams) assertCleanText({ [name]: value }, 'The query parameter');
}

/** Multipart fields: their names, text values and file names (a file's content is checked where it is decoded). */
export function assertCleanForm(form: FormData): void {
  for (const [name, value] of form) assertCleanText({ [name]: typeof value === 'string' ? value : value.name });
}
