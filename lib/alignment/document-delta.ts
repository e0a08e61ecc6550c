// A change as open editors receive it (decision 042): the forward hunks of one version, with beads in the form
// the editor holds them. Declared once here; the server builds it (lib/server/documents/document-changes.ts)
// and the editor parses it and applies it with `applyDelta`. Pure.

import { z } from 'zod';
import { ALIGNMENT_LIMITS, idSchema } from './alignment-schema';
import { beadViewSchema, documentStatusSchema, segmentViewSchema, type AlignmentStateView } from './document-view-schema';

function deltaHunkSchema<T extends z.ZodType>(item: T) {
  return z.object({
    at: z.number().int().min(0).max(ALIGNMENT_LIMITS.itemsPerDocument),
    remove: z.array(idSchema).max(ALIGNMENT_LIMITS.itemsPerDocument),
    insert: z.array(item).max(ALIGNMENT_LIMITS.itemsPerDocument),
  });
}

export const documentDeltaSchema = z.object({
  /** The version this change made; it applies to version - 1 only. */
  version: z.number().int().min(2),
  userId: z.string(),
  beads: z.array(deltaHunkSchema(beadViewSchema)),
  source: z.array(deltaHunkSchema(segmentViewSchema)),
  target: z.array(deltaHunkSchema(segmentViewSchema)),
});
export type DocumentDelta = z.infer<typeof documentDeltaSchema>;

/** A change of the document's status (submit, sign-off, reopen): no alignment change, a new version. */
export const statusDeltaSchema = z.object({ version: z.number().int().min(2), userId: z.string(), status: documentStatusSchema });
export type StatusDelta = z.infer<typeof statusDeltaSchema>;

function applyHunks<T extends { id: string }>(
  items: readonly T[],
  hunks: readonly { at: number; remove: string[]; insert: T[] }[],
): T[] | null {
  const out = items.slice();
  for (const hunk of hunks) {
    if (hunk.at > out.length || hunk.remove.some((id, k) => out[hunk.at + k]?.id !== id)) return null;
    out.splice(hunk.at, hunk.remove.length, ...hunk.insert);
  }
  return out;
}

/**
 * The state after `delta`, or null when it does not apply (the state is not at `delta.version - 1`, or differs
 * from the server's there): then the editor loads the document again.
 */
export function applyDelta<S extends AlignmentStateView>(state: S, delta: DocumentDelta): S | null {
  if (delta.version !== state.version + 1) return null;
  const beads = applyHunks(state.beads, delta.beads);
  const source = applyHunks(state.source, delta.source);
  const target = applyHunks(state.target, delta.target);
  if (!beads || !source || !target) return null;
  return { ...state, version: delta.version, beads, source, target };
}

/** One version as the live stream sends it and operation answers carry it: an alignment change or a status change. */
export const changeDeltaSchema = z.union([documentDeltaSchema, statusDeltaSchema]);
export type ChangeDelta = z.infer<typeof changeDeltaSchema>;

/**
 * What an operation, undo, redo or review decision answers with `?answer=delta` (decision 046): the new version,
 * the caller's undo/redo flags, and every change after the caller's base version up to `version`, in order (the
 * caller's own last; none when the operation changed nothing and nobody else did either). The editor applies them
 * as it applies the live stream's. `changes` is null when the caller is too far behind (or a change is no longer
 * logged): then it loads the document again.
 */
export const operationDeltaAnswerSchema = z.object({
  version: z.number().int().min(1),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  changes: z.array(changeDeltaSchema).nullable(),
});
export type OperationDeltaAnswer = z.infer<typeof operationDeltaAnswerSchema>;
