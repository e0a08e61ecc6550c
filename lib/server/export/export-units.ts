import 'server-only';
import crypto from 'node:crypto';
import type { Alignment, Bead, Segment } from '@/lib/alignment/types';
import { alignmentToUnits, groupByParagraph, type BeadAnnotation, type ExportDocumentMeta } from '@/lib/formats/alignment-to-units';
import type { ExportFilter } from '@/lib/formats/export-filter';
import { parseTmxDate, UNIT_PROP, type ExportUnit } from '@/lib/formats/export-unit';
import type { LangCodeStyle } from '@/lib/formats/language-codes';
import { db } from '@/lib/server/db';
import { loadAlignmentAt } from '@/lib/server/documents/load-alignment';
import { documentDismissals, flagsOf } from '@/lib/server/qa/document-qa-flags';
import { projectQaOptions, type ProjectQaOptions } from '@/lib/server/qa/qa-options';

// Export units for a list of documents, read page by page (beads in order, then only their segments), so an
// export of any size runs in constant memory and the first bytes leave at once. Pages are small (decision 017):
// an export holds one page of rows, segments and units at a time, paragraph exports too, and remembers only
// the tuids another unit could claim (decision 026).

export interface UnitQuery {
  documentIds: string[];
  sourceLang: string;
  targetLang: string;
  filter: Partial<ExportFilter>;
  langStyle: LangCodeStyle;
  level: 'sentence' | 'paragraph';
  /** Reviewer comments as notes; internal discussion, so false unless the export asks for it. */
  includeComments: boolean;
  /** The project whose QA checks mark units with open flags (`x-qa`, decision 041); none without it. */
  qaProject?: QaProject;
}

export type QaProject = Parameters<typeof projectQaOptions>[0];

/** Beads per query. 5,000 held ~40 MB per export while 50 ran in parallel (issue 10); 500 costs a few more queries. */
export const EXPORT_PAGE_BEADS = 500;

interface StoredMeta {
  tuid?: string | null;
  created?: string | null;
  changed?: string | null;
  creator?: string | null;
  changer?: string | null;
  notes?: string[];
  props?: Record<string, string>;
}

async function annotationsFor(beadIds: string[], has: { comments: boolean; reviews: boolean }): Promise<Record<string, BeadAnnotation>> {
  if (!has.comments && !has.reviews) return {};
  const [comments, reviews] = await Promise.all([
    !has.comments
      ? []
      : db.annotation.findMany({
          where: { beadId: { in: beadIds }, parentId: null },
          orderBy: { createdAt: 'asc' },
          select: { beadId: true, body: true, author: { select: { name: true } } },
        }),
    !has.reviews
      ? []
      : db.reviewDecision.findMany({
          where: { beadId: { in: beadIds }, decision: 'approve' },
          orderBy: { createdAt: 'asc' },
          select: { beadId: true, reviewer: { select: { name: true } } },
        }),
  ]);
  const out: Record<string, BeadAnnotation> = {};
  for (const c of comments) if (c.beadId) (out[c.beadId] ??= { comments: [] }).comments!.push(`${c.author.name}: ${c.body}`);
  for (const r of reviews) (out[r.beadId] ??= {}).reviewer = r.reviewer.name;
  return out;
}

/**
 * The segments a page of beads links to: one contiguous position range per side, read through the index. The
 * target segments of moved links lie elsewhere (decision 022), so they are read by id instead.
 */
async function segmentsOf(documentId: string, rows: { sourceIds: string[]; targetIds: string[]; moved: boolean }[]) {
  const wanted = new Set(rows.flatMap((r) => [...r.sourceIds, ...r.targetIds]));
  const movedTargets = rows.flatMap((r) => (r.moved ? r.targetIds : []));
  const result = movedTargets.length
    ? await db.segment.findMany({
        where: { documentId, id: { in: movedTargets } },
        select: { id: true, side: true, paragraph: true, text: true },
      })
    : [];
  for (const side of ['source', 'target'] as const) {
    const ids = rows.flatMap((r) => (side === 'source' ? r.sourceIds : r.moved ? [] : r.targetIds));
    if (!ids.length) continue;
    const [first, last] = await Promise.all(
      [ids[0], ids[ids.length - 1]].map((id) => db.segment.findUniqueOrThrow({ where: { id }, select: { position: true } })),
    );
    result.push(
      ...(await db.segment.findMany({
        where: { documentId, side, position: { gte: first.position, lte: last.position } },
        select: { id: true, side: true, paragraph: true, text: true },
      })),
    );
  }
  return result.filter((s) => wanted.has(s.id));
}

/**
 * A 53-bit hash (cyrb53) of a tuid. The export remembers hashes, not the ids themselves: a number per unit
 * instead of a ~75-character string. A collision can only rename a unit, never duplicate an id.
 */
function tuidHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The tuids two units of this export could both claim (decision 026): stored tuids that occur more than once,
 * that equal a bead's own `document-bead` id, or that equal such an id plus `-N` (the renaming below). Every
 * other candidate can be claimed by one unit only, so the export remembers only these: none for a project
 * whose memories were imported once, instead of one per unit.
 */
async function contestedTuids(documentIds: string[]): Promise<Set<number>> {
  const rows = await db.$queryRaw<{ t: string }[]>`
    WITH m AS (SELECT "meta"->>'tuid' AS t FROM "Bead" WHERE "documentId" = ANY(${documentIds}::text[]) AND "meta"->>'tuid' IS NOT NULL),
         g AS (SELECT "documentId" || '-' || "id" AS t FROM "Bead" WHERE "documentId" = ANY(${documentIds}::text[]) AND EXISTS (SELECT 1 FROM m))
    SELECT t FROM m GROUP BY t HAVING count(*) > 1
    UNION SELECT m.t FROM m JOIN g ON g.t = m.t
    UNION SELECT m.t FROM m JOIN g ON g.t = regexp_replace(m.t, '-[0-9]+$', '') WHERE m.t ~ '-[0-9]+$'`;
  return new Set(rows.map((r) => tuidHash(r.t)));
}

/**
 * The ids this export has given out, as far as a later unit could ask for them again: contested tuids and
 * renamed ones. `count` is the number of units written so far (it numbers renamed units).
 */
interface TuidLedger {
  contested: Set<number> | 'all';
  used: Set<number>;
  count: number;
}

/**
 * Units imported from a TMX keep their own dates, authors, notes and props, and their tuid unless another unit
 * of this export already has it (the same memory imported twice): ids must stay unique within a file.
 */
function withStoredMeta(unit: ExportUnit, meta: StoredMeta | undefined, ledger: TuidLedger): ExportUnit {
  const renamed = `${unit.tuid}-${ledger.count}`;
  const candidates = [meta?.tuid, unit.tuid, renamed].filter((t): t is string => Boolean(t));
  const tuid = candidates.find((t) => !ledger.used.has(tuidHash(t))) ?? `${unit.tuid}-${crypto.randomUUID()}`;
  const hash = tuidHash(tuid);
  if (ledger.contested === 'all' || ledger.contested.has(hash) || (tuid !== meta?.tuid && tuid !== unit.tuid)) ledger.used.add(hash);
  ledger.count++;
  if (!meta) return tuid === unit.tuid ? unit : { ...unit, tuid };
  return {
    ...unit,
    tuid,
    created: parseTmxDate(meta.created ?? undefined) ?? unit.created,
    changed: parseTmxDate(meta.changed ?? undefined) ?? unit.changed,
    creator: meta.creator ?? unit.creator,
    changer: meta.changer ?? unit.changer,
    notes: [...(meta.notes ?? []), ...unit.notes],
    props: { ...unit.props, ...storedProps(meta.props) },
  };
}

/**
 * The open (undismissed) QA flags of a document's beads, as one line each. Checking needs the whole document
 * (names are compared across beads), so it is read once before the pages; only flagged beads are kept, so
 * memory holds the document's text while it is checked and then just its flags.
 */
async function openQaMessages(documentId: string, options: ProjectQaOptions): Promise<Map<string, string[]>> {
  const version = await db.document.findUnique({ where: { id: documentId }, select: { version: true } });
  if (!version) return new Map();
  const [alignment, dismissals] = await Promise.all([loadAlignmentAt(documentId, version.version, db), documentDismissals(documentId)]);
  const out = new Map<string, string[]>();
  for (const bead of flagsOf(alignment, options, dismissals)) {
    const open = bead.flags.filter((f) => f.dismissed === null).map((f) => `${f.check}: ${f.message}`);
    if (open.length > 0) out.set(bead.beadId, open);
  }
  return out;
}

/** A QA prop from an imported memory is another tool's verdict on old text: this export's own stands alone. */
function storedProps(props: Record<string, string> | undefined): Record<string, string> {
  const { [UNIT_PROP.qa]: _stale, ...rest } = props ?? {};
  return rest;
}

/** How an export reads; tests change it to compare paged output with whole-document output. */
export interface ExportTuning {
  pageBeads: number;
  /** Remember every tuid given out, as exports did before decision 026: the reference the ledger must match. */
  rememberEveryTuid: boolean;
  /** Called with the number of beads each query read. */
  onPage?: (beads: number) => void;
}

export async function* exportUnits(
  query: UnitQuery,
  tuning: ExportTuning = { pageBeads: EXPORT_PAGE_BEADS, rememberEveryTuid: false },
): AsyncGenerator<ExportUnit> {
  const ledger: TuidLedger = {
    contested: tuning.rememberEveryTuid ? 'all' : await contestedTuids(query.documentIds),
    used: new Set(),
    count: 0,
  };
  const qaOptions = query.qaProject ? await projectQaOptions(query.qaProject) : null;
  for (const documentId of query.documentIds) {
    const doc = await db.document.findUnique({
      where: { id: documentId },
      select: { id: true, title: true, sourceUrl: true, targetUrl: true, createdAt: true, updatedAt: true },
    });
    if (!doc) continue;
    const firstAudit = await db.auditEvent.findFirst({
      where: { documentId, action: { in: ['document.create', 'tmx.import'] } },
      select: { actor: { select: { name: true } } },
    });
    const author = firstAudit?.actor?.name ?? 'Bitext Desk';
    const qa = qaOptions && qaOptions.checks.length > 0 ? await openQaMessages(documentId, qaOptions) : new Map<string, string[]>();
    const has = {
      comments: query.includeComments && (await db.annotation.count({ where: { documentId, beadId: { not: null } } })) > 0,
      reviews: (await db.reviewDecision.count({ where: { documentId } })) > 0,
    };
    const meta: ExportDocumentMeta = {
      documentId: doc.id,
      title: doc.title,
      sourceUrl: doc.sourceUrl,
      targetUrl: doc.targetUrl,
      sourceLang: query.sourceLang,
      targetLang: query.targetLang,
      created: doc.createdAt,
      changed: doc.updatedAt,
      creator: author,
      changer: author,
    };
    // Pages of `pageBeads` beads. Paragraph units must not be split across pages: a full page gives back its
    // last paragraph group, which starts the next page, with the grouping state before it (paragraphKey). A page
    // that is one paragraph only is read again twice as large, so memory is bounded by the longest paragraph.
    let pageBeads = tuning.pageBeads;
    let paragraphKey: string | null = null;
    for (let from = 0; ;) {
      let rows = await db.bead.findMany({
        where: { documentId, position: { gte: from, lt: from + pageBeads } },
        orderBy: { position: 'asc' },
        select: {
          id: true,
          sourceIds: true,
          targetIds: true,
          moved: true,
          origin: true,
          confidence: true,
          reason: true,
          status: true,
          labels: true,
          updatedAt: true,
          meta: true,
        },
      });
      tuning.onPage?.(rows.length);
      if (rows.length === 0) break;
      const full = rows.length === pageBeads;
      const segments = await segmentsOf(documentId, rows);
      let beads: Bead[] = rows.map((r) => ({
        id: r.id,
        source: r.sourceIds,
        target: r.targetIds,
        origin: r.origin,
        confidence: r.confidence,
        reason: r.reason,
        status: r.status,
        ...(r.moved ? { moved: true as const } : {}),
      }));
      const startKey = paragraphKey;
      if (query.level === 'paragraph' && full) {
        const { groups, keys } = groupByParagraph(beads, new Map(segments.map((s) => [s.id, s as Segment])), startKey);
        if (groups.length === 1) {
          pageBeads *= 2;
          continue;
        }
        const kept = beads.length - groups[groups.length - 1].length;
        beads = beads.slice(0, kept);
        rows = rows.slice(0, kept);
        paragraphKey = keys[groups.length - 2];
      }
      const alignment: Alignment = {
        source: segments.filter((s) => s.side === 'source') as Segment[],
        target: segments.filter((s) => s.side === 'target') as Segment[],
        beads,
      };
      const annotations = await annotationsFor(
        rows.map((r) => r.id),
        has,
      );
      for (const r of rows) Object.assign((annotations[r.id] ??= {}), { labels: r.labels, changed: r.updatedAt, qa: qa.get(r.id) });
      const stored = new Map(rows.map((r) => [`${doc.id}-${r.id}`, (r.meta ?? undefined) as StoredMeta | undefined]));
      for (const unit of alignmentToUnits(alignment, meta, {
        filter: query.filter,
        langStyle: query.langStyle,
        level: query.level,
        annotations,
        paragraphKey: startKey,
      })) {
        yield withStoredMeta(unit, stored.get(unit.tuid), ledger);
      }
      if (!full) break;
      from += rows.length;
      pageBeads = tuning.pageBeads;
    }
  }
}
