import 'server-only';
import { loggedOperationSchema, type LoggedOperation } from '@/lib/alignment/operations/operation-schema';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/server/errors';

// The operation log's JSON columns, both ways. Writing hands Prisma the value to serialize (its JSON input type
// takes anything with `toJSON`, so the model's interfaces need no cast); reading parses with the log's schema,
// so a row that does not fit is an error here, not a wrong alignment later.

export function toLogJson(value: object): Prisma.InputJsonValue {
  return { toJSON: () => value };
}

export function fromLogJson(value: Prisma.JsonValue | null): LoggedOperation {
  const parsed = loggedOperationSchema.safeParse(value);
  if (!parsed.success)
    throw new AppError('UNPROCESSABLE', 'That change is stored in a form this version cannot read, so it cannot be undone or redone.');
  return parsed.data;
}
