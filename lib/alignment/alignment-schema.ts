// Zod schemas for the document model in ./types.ts, for every boundary where an alignment or a piece of one comes in
// as JSON (the REST API, the operation log, stored snapshots). The limits bound the work a hostile payload can cause.

import { z } from 'zod';
import type { Alignment, Bead, Segment } from './types';

export const ALIGNMENT_LIMITS = {
  idLength: 128,
  textLength: 10_000,
  reasonLength: 1_000,
  segmentsPerBead: 500,
  /** Segments per side, beads per document; news articles are far below this. */
  itemsPerDocument: 20_000,
} as const;

export const idSchema = z.string().min(1).max(ALIGNMENT_LIMITS.idLength);

export const segmentSchema = z.object({
  id: idSchema,
  side: z.enum(['source', 'target']),
  paragraph: z.number().int().min(0),
  text: z.string().max(ALIGNMENT_LIMITS.textLength),
});

export const beadStatusSchema = z.enum(['auto', 'edited', 'confirmed', 'approved', 'rejected', 'excluded']);

export const beadSchema = z.object({
  id: idSchema,
  source: z.array(idSchema).max(ALIGNMENT_LIMITS.segmentsPerBead),
  target: z.array(idSchema).max(ALIGNMENT_LIMITS.segmentsPerBead),
  origin: z.enum(['auto', 'manual']),
  confidence: z.number().min(0).max(1).nullable(),
  reason: z.string().max(ALIGNMENT_LIMITS.reasonLength).nullable(),
  status: beadStatusSchema,
  moved: z.literal(true).optional(),
});

export const alignmentSchema = z.object({
  source: z.array(segmentSchema).max(ALIGNMENT_LIMITS.itemsPerDocument),
  target: z.array(segmentSchema).max(ALIGNMENT_LIMITS.itemsPerDocument),
  beads: z.array(beadSchema).max(ALIGNMENT_LIMITS.itemsPerDocument),
});

// Compile-time proof that the schemas produce the model types (a drift in types.ts fails `tsc`).
export const _schemasMatchModel: [z.ZodType<Segment>, z.ZodType<Bead>, z.ZodType<Alignment>] = [segmentSchema, beadSchema, alignmentSchema];
