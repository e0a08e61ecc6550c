import 'server-only';
import crypto from 'node:crypto';
import { packDocument } from '@/lib/alignment/compact-document';
import type { BeadView, DocumentView, PresenceView } from '@/lib/alignment/document-view-schema';
import type { Alignment } from '@/lib/alignment/types';
import { can } from '@/lib/permissions';
import { documentAccess, type DocumentContext } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { documentDismissals, flagsOf } from '@/lib/server/qa/document-qa-flags';
import { projectQaOptions } from '@/lib/server/qa/qa-options';
import { segmentsOf, stateOf } from './document-state';
import { loadCommittedAlignment } from './load-alignment';
import { headBytes, jsonHead, type JsonHead } from '@/lib/server/http/spliced-json';
import { PayloadCache } from './payload-cache';
import { othersPresent } from './presence';

// GET /api/v1/documents/{id}, both formats, as JSON text (decision 051). The heavy part of an answer (segments and
// beads, packed and serialized; with QA findings for the full format) depends only on the document's version and,
// for the full format, on the QA options and dismissals and on labels and comment counts (which change without a
// version bump): it is built once per key and kept in a small LRU. What is per request (the caller's role,
// permissions, undo/redo, who else is here; labels and comment counts in the compact format, which are sparse and
// small) is read in one statement with the document's version and written after the kept part. Access is checked
// on every request, before anything is read.

/** Answers kept per process: a 2,000-bead document is ~0.75 MB compact, ~1.3 MB full (UTF-8 bytes). */
export const documentAnswers = new PayloadCache<Kept>({ entries: 32, bytes: 64 * 1024 * 1024 });

/** The kept part: JSON text of an object missing its closing brace(s), and bead positions (compact labels, comments). */
interface Kept {
  head: JsonHead;
  positions: ReadonlyMap<string, number>;
}

/** An answer: the kept head, then the per-request tail (lib/server/http/spliced-json.ts sends them). */
export interface DocumentJson {
  head: JsonHead;
  tail: string;
}

type Meta = {
  id: string;
  title: string;
  kind: string;
  status: DocumentView['status'];
  version: number;
  sourceUrl: string | null;
  targetUrl: string | null;
  updatedAt: Date;
  signedOffAt: Date | null;
};

interface PerRequest {
  meta: Meta;
  labels: [beadId: string, labels: string[]][];
  comments: [beadId: string, count: number][];
  canUndo: boolean;
  canRedo: boolean;
  presence: PresenceView;
}

/** The document, labels, open comment counts, this user's undo/redo and who else is here: one statement, one snapshot. */
async function perRequest(documentId: string, userId: string): Promise<PerRequest> {
  const [row] = await db.$queryRaw<(Meta & Omit<PerRequest, 'meta'>)[]>`
    SELECT d."id", d."title", d."kind", d."status"::text AS "status", d."version", d."sourceUrl", d."targetUrl", d."updatedAt", d."signedOffAt",
      (SELECT coalesce(json_agg(json_build_array(b."id", b."labels") ORDER BY b."id"), '[]'::json)
        FROM "Bead" b WHERE b."documentId" = d."id" AND cardinality(b."labels") > 0) AS "labels",
      (SELECT coalesce(json_agg(json_build_array(c."beadId", c."n") ORDER BY c."beadId"), '[]'::json) FROM (
        SELECT "beadId", count(*)::int AS "n" FROM "Annotation"
        WHERE "documentId" = d."id" AND "resolved" = false AND "parentId" IS NULL AND "beadId" IS NOT NULL GROUP BY "beadId") c) AS "comments",
      EXISTS (SELECT 1 FROM "Operation" o WHERE o."documentId" = d."id" AND o."userId" = ${userId} AND NOT o."undone") AS "canUndo",
      EXISTS (SELECT 1 FROM "Operation" o WHERE o."documentId" = d."id" AND o."userId" = ${userId} AND o."undone") AS "canRedo",
      (${othersPresent(documentId, userId)}) AS "presence"
    FROM "Document" d WHERE d."id" = ${documentId}`;
  if (!row) throw notFound('The document');
  const { labels, comments, canUndo, canRedo, presence, ...meta } = row;
  return { meta, labels, comments, canUndo, canRedo, presence };
}

/**
 * The beads as of `version` with what review keeps on them that only an operation changes (reject reasons, the
 * snapshot behind "changed since review"), labels and comments left empty. `consistent`: both reads saw `version`,
 * so what is built from them may be kept under it.
 */
async function versionedBeads(
  documentId: string,
  version: number,
): Promise<{ consistent: boolean; alignment: Alignment; beads: BeadView[] }> {
  const [committed, [reviewed]] = await Promise.all([
    loadCommittedAlignment(documentId, version),
    db.$queryRaw<{ version: number; rows: { id: string; rejectReason: string | null; reviewedSnapshot: unknown }[] }[]>`
      SELECT d."version", (SELECT coalesce(json_agg(json_build_object('id', b."id", 'rejectReason', b."rejectReason", 'reviewedSnapshot', b."reviewedSnapshot")), '[]'::json)
        FROM "Bead" b WHERE b."documentId" = d."id" AND (b."rejectReason" IS NOT NULL OR b."reviewedSnapshot" IS NOT NULL)) AS "rows"
      FROM "Document" d WHERE d."id" = ${documentId}`,
  ]);
  const extras = (reviewed?.rows ?? []).map((r) => ({ ...r, labels: [] }));
  const { beads } = stateOf({ extras, counts: [] }, version, committed.alignment);
  return { consistent: committed.version === version && reviewed?.version === version, alignment: committed.alignment, beads };
}

/** What the caller is and may do in the document: the per-user part of every document answer. */
function viewerOf(ctx: DocumentContext): Pick<DocumentView, 'role' | 'project' | 'permissions'> {
  const policy = { reviewersMayEdit: ctx.project.reviewersMayEdit };
  return {
    role: ctx.role,
    project: {
      id: ctx.project.id,
      name: ctx.project.name,
      sourceLang: ctx.project.sourceLang,
      targetLang: ctx.project.targetLang,
      fourEyes: ctx.project.fourEyes,
    },
    permissions: {
      align: can(ctx.role, 'document:align'),
      editText: can(ctx.role, 'document:edit-text', policy),
      revise: can(ctx.role, 'document:revise'),
      review: can(ctx.role, 'bead:review'),
      comment: can(ctx.role, 'document:comment'),
      signOff: can(ctx.role, 'document:sign-off'),
      reopen: can(ctx.role, 'document:reopen'),
      export: can(ctx.role, 'document:export'),
    },
  };
}

const digest = (value: unknown) => crypto.createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

/** The per-request fields that close a kept head: `{...kept, ...rest}` as JSON text, the kept part not serialized again. */
const closing = (rest: Record<string, unknown>) => `,${JSON.stringify(rest).slice(1)}`;

/** The compact answer and its metadata: what the document page reads besides the text it hands the editor. */
export interface CompactDocumentJson extends DocumentJson {
  meta: Omit<DocumentView, 'source' | 'target' | 'beads'> & { kind: string };
}

/** What the editor opens with (`?format=compact` and the document page, decision 040): the packed document as JSON text. */
export async function getCompactDocumentJson(actor: SessionUser, { documentId }: { documentId: string }): Promise<CompactDocumentJson> {
  const ctx = await documentAccess(actor, documentId, 'document:read');
  const now = await perRequest(documentId, actor.id);
  const { version } = now.meta;
  const kept = await documentAnswers.get(`compact:${documentId}:${version}`, async () => {
    const { consistent, alignment, beads } = await versionedBeads(documentId, version);
    const packed = packDocument({ ...emptyMeta, ...segmentsOf(alignment), beads, version });
    const { labels: _l, comments: _c, ...columns } = packed.beads;
    // `{"source":…,"target":…,"beads":{…` : the bead columns stay open for labels and comments.
    // Kept with its DEFLATE data too: the editor asks for gzip answers (encoding=gzip, decision 051 addendum).
    const head = jsonHead(JSON.stringify({ source: packed.source, target: packed.target, beads: columns }).slice(0, -2), { gzip: true });
    const positions = new Map(beads.map((b, i) => [b.id, i]));
    return { value: { head, positions }, bytes: headBytes(head) + positions.size * 64, keep: consistent };
  });
  const sparse = <T>(entries: [string, T][]) =>
    entries
      .flatMap(([id, value]): [number, T][] => {
        const at = kept.positions.get(id);
        return at === undefined ? [] : [[at, value]];
      })
      .sort((a, b) => a[0] - b[0]);
  const { id, title, status } = now.meta;
  const rest = {
    version,
    canUndo: now.canUndo,
    canRedo: now.canRedo,
    id,
    title,
    status,
    ...viewerOf(ctx),
    presence: now.presence,
  } satisfies Omit<DocumentView, 'source' | 'target' | 'beads'>;
  return {
    meta: { ...rest, kind: now.meta.kind },
    head: kept.head,
    tail: `,"labels":${JSON.stringify(sparse(now.labels))},"comments":${JSON.stringify(sparse(now.comments))}}${closing(rest)}`,
  };
}

/** The full answer (GET without `format`): every bead with its translation QA findings (decision 041), as JSON text. */
export async function getFullDocumentJson(actor: SessionUser, { documentId }: { documentId: string }): Promise<DocumentJson> {
  const ctx = await documentAccess(actor, documentId, 'document:read');
  const [now, options, dismissals] = await Promise.all([
    perRequest(documentId, actor.id),
    projectQaOptions(ctx.project),
    documentDismissals(documentId),
  ]);
  const { version } = now.meta;
  // Dismissals by bead and fingerprint, in a stable order: who dismissed what, and why, is part of the answer.
  const byKey = <T>([a]: readonly [string, T], [b]: readonly [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
  const dismissed = [...dismissals].map(([bead, flags]) => [bead, [...flags].sort(byKey)] as const).sort(byKey);
  const key = `full:${documentId}:${version}:${options.key}:${digest([dismissed, now.labels, now.comments])}`;
  const kept = await documentAnswers.get(key, async () => {
    const { consistent, alignment, beads } = await versionedBeads(documentId, version);
    const labels = new Map(now.labels);
    const comments = new Map(now.comments);
    const annotated = beads.map((b) => ({ ...b, labels: labels.get(b.id) ?? [], comments: comments.get(b.id) ?? 0 }));
    const segments = segmentsOf(alignment);
    const flags = flagsOf({ ...segments, beads: annotated }, options, dismissals);
    const withQa = annotated.map((b, i) => ({ ...b, qa: flags[i].flags }));
    const head = jsonHead(JSON.stringify({ ...segments, beads: withQa }).slice(0, -1));
    return { value: { head, positions: new Map() }, bytes: headBytes(head), keep: consistent };
  });
  const rest = { ...now.meta, ...viewerOf(ctx), presence: now.presence, canUndo: now.canUndo, canRedo: now.canRedo };
  return { head: kept.head, tail: closing(rest) };
}

/** packDocument needs a whole view; the kept part takes only its columns. */
const emptyMeta: Omit<DocumentView, 'source' | 'target' | 'beads' | 'version'> = {
  canUndo: false,
  canRedo: false,
  id: '',
  title: '',
  status: 'draft',
  role: 'viewer',
  project: { id: '', name: '', sourceLang: '', targetLang: '', fourEyes: false },
  permissions: {
    align: false,
    editText: false,
    revise: false,
    review: false,
    comment: false,
    signOff: false,
    reopen: false,
    export: false,
  },
  presence: [],
};
