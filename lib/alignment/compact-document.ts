// The document view (document-view-schema.ts) in a compact wire shape, for the editor's first load: columns instead
// of one object per bead and per segment (no key repeated 2,000 times), beads pointing at their segments by
// position instead of repeating 36-character ids, and what most beads lack (labels, comments, a reject reason)
// listed only for the beads that have it. About 40% of the bytes of the plain view, and one JSON.parse in the
// browser (decision 040). `unpackDocument(packDocument(x))` equals x; the zod schema bounds and checks every
// column, so a valid compact document always unpacks.

import { z } from 'zod';
import { ALIGNMENT_LIMITS, beadStatusSchema, beadSchema, idSchema, segmentSchema } from './alignment-schema';
import { beadViewSchema, documentViewSchema, type BeadView, type DocumentView, type SegmentView } from './document-view-schema';

const ORIGINS = beadSchema.shape.origin.options;
const STATUSES = beadStatusSchema.options;
const MAX = ALIGNMENT_LIMITS.itemsPerDocument;
const position = z.number().int().min(0).max(MAX);

/** One side's segments, column by column (the i-th entry of each column is segment i). */
const segmentColumnsSchema = z
  .object({
    id: z.array(idSchema).max(MAX),
    text: z.array(segmentSchema.shape.text).max(MAX),
    paragraph: z.array(segmentSchema.shape.paragraph).max(MAX),
  })
  .refine((c) => c.text.length === c.id.length && c.paragraph.length === c.id.length, 'segment columns differ in length');

/** A bead's segments on one side: a position in that side's columns, or the id itself when no segment has it. */
const segmentRefsSchema = z.array(z.union([position, idSchema])).max(ALIGNMENT_LIMITS.segmentsPerBead);

const beadColumnsSchema = z
  .object({
    id: z.array(idSchema).max(MAX),
    source: z.array(segmentRefsSchema).max(MAX),
    target: z.array(segmentRefsSchema).max(MAX),
    /** Positions in ORIGINS and STATUSES. */
    origin: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(ORIGINS.length - 1),
      )
      .max(MAX),
    status: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(STATUSES.length - 1),
      )
      .max(MAX),
    confidence: z.array(beadSchema.shape.confidence).max(MAX),
    reason: z.array(beadSchema.shape.reason).max(MAX),
    /** Sparse: [bead position, value] for the beads that have one. */
    labels: z.array(z.tuple([position, beadViewSchema.shape.labels])).max(MAX),
    comments: z.array(z.tuple([position, beadViewSchema.shape.comments])).max(MAX),
    rejectReason: z.array(z.tuple([position, z.string()])).max(MAX),
    moved: z.array(z.tuple([position, z.boolean()])).max(MAX),
    /** Positions of the beads changed since review. */
    changedSinceReview: z.array(position).max(MAX),
  })
  .refine(
    (c) =>
      [c.source, c.target, c.origin, c.status, c.confidence, c.reason].every((column) => column.length === c.id.length) &&
      [c.labels, c.comments, c.rejectReason, c.moved].every((sparse) => sparse.every(([i]) => i < c.id.length)) &&
      c.changedSinceReview.every((i) => i < c.id.length),
    'bead columns differ in length',
  );

export const compactDocumentSchema = documentViewSchema
  .omit({ source: true, target: true, beads: true })
  .extend({ source: segmentColumnsSchema, target: segmentColumnsSchema, beads: beadColumnsSchema })
  .superRefine((c, ctx) => {
    const inRange = (refs: (number | string)[], side: z.infer<typeof segmentColumnsSchema>) =>
      refs.every((r) => typeof r === 'string' || r < side.id.length);
    if (!c.beads.source.every((refs) => inRange(refs, c.source)) || !c.beads.target.every((refs) => inRange(refs, c.target)))
      ctx.addIssue({ code: 'custom', message: 'a bead points past the segments' });
  });

export type CompactDocument = z.infer<typeof compactDocumentSchema>;

function columns(segments: SegmentView[]): z.infer<typeof segmentColumnsSchema> {
  return { id: segments.map((s) => s.id), text: segments.map((s) => s.text), paragraph: segments.map((s) => s.paragraph) };
}

function sparse<T>(beads: BeadView[], pick: (bead: BeadView) => T | undefined): [number, T][] {
  const entries: [number, T][] = [];
  beads.forEach((bead, i) => {
    const value = pick(bead);
    if (value !== undefined) entries.push([i, value]);
  });
  return entries;
}

/** The view's own fields besides the three lists: what a caller's richer object (Dates, URLs) may not add to the wire. */
const META_KEYS = Object.keys(documentViewSchema.omit({ source: true, target: true, beads: true }).shape) as (keyof DocumentView)[];

/**
 * The view in columns, carrying only the view's fields: a caller may pass a richer object (the server's document
 * has Dates and URLs the editor does not read), and nothing else reaches the wire, without a second parse of a
 * 2,000-bead document on every open (the browser parses with `compactDocumentSchema`).
 */
export function packDocument(view: DocumentView): CompactDocument {
  const { source, target, beads } = view;
  const meta = Object.fromEntries(META_KEYS.map((key) => [key, view[key]])) as Omit<DocumentView, 'source' | 'target' | 'beads'>;
  const at = (segments: SegmentView[]) => new Map(segments.map((s, i) => [s.id, i]));
  const sourceAt = at(source);
  const targetAt = at(target);
  const refs = (ids: string[], positions: Map<string, number>) => ids.map((id) => positions.get(id) ?? id);
  return {
    ...meta,
    source: columns(source),
    target: columns(target),
    beads: {
      id: beads.map((b) => b.id),
      source: beads.map((b) => refs(b.source, sourceAt)),
      target: beads.map((b) => refs(b.target, targetAt)),
      origin: beads.map((b) => ORIGINS.indexOf(b.origin)),
      status: beads.map((b) => STATUSES.indexOf(b.status)),
      confidence: beads.map((b) => b.confidence),
      reason: beads.map((b) => b.reason),
      labels: sparse(beads, (b) => (b.labels.length ? b.labels : undefined)),
      comments: sparse(beads, (b) => (b.comments ? b.comments : undefined)),
      rejectReason: sparse(beads, (b) => b.rejectReason ?? undefined),
      moved: sparse(beads, (b) => b.moved),
      changedSinceReview: sparse(beads, (b) => (b.changedSinceReview ? true : undefined)).map(([i]) => i),
    },
  } satisfies CompactDocument;
}

export function unpackDocument(compact: CompactDocument): DocumentView {
  const { source, target, beads: c, ...meta } = compact;
  const rows = (side: z.infer<typeof segmentColumnsSchema>): SegmentView[] =>
    side.id.map((id, i) => ({ id, text: side.text[i], paragraph: side.paragraph[i] }));
  const ids = (refs: (number | string)[], side: z.infer<typeof segmentColumnsSchema>) =>
    refs.map((r) => (typeof r === 'number' ? side.id[r] : r));
  const labels = new Map(c.labels);
  const comments = new Map(c.comments);
  const rejectReason = new Map(c.rejectReason);
  const moved = new Map(c.moved);
  const changed = new Set(c.changedSinceReview);
  const beads = c.id.map((id, i): BeadView => {
    const bead: BeadView = {
      id,
      source: ids(c.source[i], source),
      target: ids(c.target[i], target),
      origin: ORIGINS[c.origin[i]],
      confidence: c.confidence[i],
      reason: c.reason[i],
      status: STATUSES[c.status[i]],
      labels: labels.get(i) ?? [],
      comments: comments.get(i) ?? 0,
      changedSinceReview: changed.has(i),
      rejectReason: rejectReason.get(i) ?? null,
    };
    const isMoved = moved.get(i);
    if (isMoved !== undefined) bead.moved = isMoved;
    return bead;
  });
  return { ...meta, source: rows(source), target: rows(target), beads };
}
