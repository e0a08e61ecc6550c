import 'server-only';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { AppError } from '@/lib/server/errors';
import { zodMessage } from './api-handler';

// Query parameters are validated like bodies (decision 018): each route declares the parameters it reads in
// one zod object. A parameter the route does not read, a parameter given twice, or a value outside the
// declared ones is a 400 that names the parameter, so a typo never quietly means "the default".

export function readQuery<T extends z.ZodObject>(req: NextRequest, schema: T): z.infer<T> {
  const known = Object.keys(schema.shape);
  const raw: Record<string, string> = {};
  for (const [name, value] of req.nextUrl.searchParams) {
    if (!known.includes(name)) {
      const reads = known.length ? `it reads ${known.join(', ')}` : 'it reads no query parameters';
      throw new AppError('INVALID_INPUT', `Unknown query parameter "${name}": ${reads}.`, { field: name });
    }
    if (name in raw) throw new AppError('INVALID_INPUT', `The query parameter ${name} is given more than once.`, { field: name });
    raw[name] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', `Query parameter ${zodMessage(parsed.error)}`, { field: parsed.error.issues[0]?.path.join('.') });
  }
  return parsed.data;
}

/** `?flag=1|true|0|false` → boolean; anything else is refused rather than read as false. */
export const queryFlag = z.enum(['1', 'true', '0', 'false']).transform((v) => v === '1' || v === 'true');

/** `?answer=state|delta` on the operation, undo, redo and review routes (decision 046). */
export const answerQuerySchema = z.object({ answer: z.enum(['state', 'delta']).default('state') });
