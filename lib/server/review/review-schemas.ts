import 'server-only';
import { z } from 'zod';
import { ALIGNMENT_LIMITS } from '@/lib/alignment/alignment-schema';

// Request bodies of the review endpoints; the API routes and the review page's server actions parse with these.

const baseVersion = z.number().int().min(1);
const reason = z.string().max(ALIGNMENT_LIMITS.reasonLength);

export const reviewBeadSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: reason.optional(),
  baseVersion,
});

export const approveAllSchema = z.object({ baseVersion });

export const submitSchema = z.object({ baseVersion: baseVersion.optional() });

/** Sign-off takes an optional note; reopening needs a reason (the use case refuses a blank one). */
export const signOffSchema = z.object({ reason: reason.optional(), baseVersion: baseVersion.optional() });
export const reopenSchema = z.object({ reason, baseVersion: baseVersion.optional() });
