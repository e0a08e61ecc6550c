// The editor's operations as JSON (issue 4, decision 009). `operationSchema` is the API contract a client may send;
// `restorePatchSchema` is the exact inverse every operation produces, stored in the operation log for undo/redo and
// never accepted from a client; `loggedOperationSchema` reads either back from the log.

import { z } from 'zod';
import { ALIGNMENT_LIMITS, beadSchema, idSchema, segmentSchema } from '../alignment-schema';

/** Caps on list sizes inside one operation, so a hostile payload cannot make the server work for long. */
export const OPERATION_LIMITS = {
  beadIds: ALIGNMENT_LIMITS.itemsPerDocument,
  hunks: ALIGNMENT_LIMITS.itemsPerDocument,
} as const;

const uniqueIds = z
  .array(idSchema)
  .min(1)
  .max(OPERATION_LIMITS.beadIds)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Ids must not repeat.' });

const count = z
  .number()
  .int()
  .min(0)
  .max(ALIGNMENT_LIMITS.segmentsPerBead * 2);

export const mergeSchema = z.object({ type: z.literal('merge'), beadId: idSchema });

export const splitSchema = z.object({ type: z.literal('split'), beadId: idSchema, sourceAt: count, targetAt: count });

export const moveSchema = z.object({
  type: z.literal('move'),
  segmentId: idSchema,
  direction: z.enum(['up', 'down']),
});

export const detachSchema = z.object({ type: z.literal('detach'), segmentId: idSchema });

export const relinkSchema = z.object({
  type: z.literal('relink'),
  beadIds: z.tuple([idSchema, idSchema]),
  sourceAt: count,
  targetAt: count,
});

export const splitSegmentSchema = z.object({
  type: z.literal('splitSegment'),
  segmentId: idSchema,
  offset: z.number().int().min(0).max(ALIGNMENT_LIMITS.textLength),
});

export const joinSegmentsSchema = z.object({ type: z.literal('joinSegments'), segmentId: idSchema });

export const editTextSchema = z.object({
  type: z.literal('editText'),
  segmentId: idSchema,
  text: z.string().max(ALIGNMENT_LIMITS.textLength),
});

export const confirmSchema = z.object({ type: z.literal('confirm'), beadIds: uniqueIds });

export const confirmUpToSchema = z.object({ type: z.literal('confirmUpTo'), beadId: idSchema });

/** Links an omission bead with an addition bead elsewhere as one moved link (decision 022); either order. */
export const linkMovedSchema = z.object({
  type: z.literal('linkMoved'),
  beadIds: z.tuple([idSchema, idSchema]).refine(([a, b]) => a !== b, { message: 'Two different beads are needed.' }),
});

/** Takes a moved link apart: an omission at its place, an addition at the target's place. */
export const unlinkMovedSchema = z.object({ type: z.literal('unlinkMoved'), beadId: idSchema });

/** Reviewer and exclusion decisions; the server gates them with `beadEventGate` from lib/review first. */
export const reviewSchema = z.object({
  type: z.literal('review'),
  beadIds: uniqueIds,
  event: z.enum(['approve', 'reject', 'exclude', 'include']),
  /** Required for `reject`; kept in the operation log, which is where rejection reasons live. */
  reason: z.string().max(ALIGNMENT_LIMITS.reasonLength).optional(),
});

/** A bead as the alignment engine proposes it: no id, origin `auto`, status `auto`. */
export const proposedBeadSchema = z.object({
  source: z.array(idSchema).max(ALIGNMENT_LIMITS.segmentsPerBead),
  target: z.array(idSchema).max(ALIGNMENT_LIMITS.segmentsPerBead),
  confidence: z.number().min(0).max(1).nullable(),
  reason: z.string().max(ALIGNMENT_LIMITS.reasonLength).nullable(),
});

export const replaceRangeSchema = z.object({
  type: z.literal('replaceRange'),
  /** A contiguous run of beads, in document order. */
  beadIds: uniqueIds,
  beads: z.array(proposedBeadSchema).min(1).max(OPERATION_LIMITS.beadIds),
});

export const operationSchema = z.discriminatedUnion('type', [
  mergeSchema,
  splitSchema,
  moveSchema,
  detachSchema,
  relinkSchema,
  splitSegmentSchema,
  joinSegmentsSchema,
  editTextSchema,
  confirmSchema,
  confirmUpToSchema,
  reviewSchema,
  replaceRangeSchema,
  linkMovedSchema,
  unlinkMovedSchema,
]);

export type Operation = z.infer<typeof operationSchema>;
export type OperationType = Operation['type'];
export type ProposedBead = z.infer<typeof proposedBeadSchema>;

function hunkSchema<T extends z.ZodType>(item: T) {
  return z.object({
    /** Index in the array (as it is when this hunk runs) where `remove` starts and `insert` goes. */
    at: z.number().int().min(0).max(ALIGNMENT_LIMITS.itemsPerDocument),
    /** Ids expected at `at`, in order; a mismatch means the alignment changed (VERSION_CONFLICT). */
    remove: z.array(idSchema).max(ALIGNMENT_LIMITS.itemsPerDocument),
    insert: z.array(item).max(ALIGNMENT_LIMITS.itemsPerDocument),
    /**
     * The id of the item just before `at` when the hunk was made (null: the start). Stored inverses carry it so
     * an undo can find its place by id after other people's changes shifted positions (decision 042).
     */
    after: idSchema.nullable().optional(),
  });
}

/** Hunks run in order, each against the array left by the previous one. */
export const restorePatchSchema = z.object({
  type: z.literal('restore'),
  beads: z.array(hunkSchema(beadSchema)).max(OPERATION_LIMITS.hunks),
  source: z.array(hunkSchema(segmentSchema)).max(OPERATION_LIMITS.hunks),
  target: z.array(hunkSchema(segmentSchema)).max(OPERATION_LIMITS.hunks),
});

export type RestorePatch = z.infer<typeof restorePatchSchema>;
export type Hunk<T> = { at: number; remove: string[]; insert: T[]; after?: string | null };

export const loggedOperationSchema = z.discriminatedUnion('type', [...operationSchema.options, restorePatchSchema]);
export type LoggedOperation = Operation | RestorePatch;
