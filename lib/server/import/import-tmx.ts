import 'server-only';
import type { Alignment } from '@/lib/alignment/types';
import type { XmlInput } from '@/lib/formats/decode-xml-input';
import { formatTmxDate } from '@/lib/formats/export-unit';
import { readTmxStream, type TmxHeader } from '@/lib/formats/tmx-reader';
import type { TmxUnit, TmxUnitProblem } from '@/lib/formats/tmx-unit-builder';
import type { Prisma } from '@/lib/generated/prisma/client';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { insertDocument } from '@/lib/server/documents/create-document';
import { newId } from '@/lib/server/documents/new-id';
import { AppError } from '@/lib/server/errors';

// TMX into a project: the file is parsed as a stream (safe reader: no DTD entities, no external anything);
// every usable unit becomes an approved 1-1 bead of one "translation memory" document, written in one
// transaction after the whole file parsed, so a broken file leaves nothing behind. Units the reader
// refuses (no xml:lang, one language only) are reported and skipped. Approved beads feed the project's
// learned lexicon (lib/server/documents/project-lexicon.ts).

export interface TmxImportResult {
  documentId: string | null;
  imported: number;
  skipped: number;
  /** Units skipped, with the problem's code (and its `tuv` or `lang`) for the interface and an English `message`. */
  errors: Pick<TmxUnitProblem, 'position' | 'tuid' | 'code' | 'tuv' | 'lang' | 'message'>[];
}

export const MAX_TMX_UNITS = 200_000;
const YIELD_EVERY_UNITS = 5_000;

function unitMeta(unit: TmxUnit): Prisma.InputJsonValue {
  return {
    tuid: unit.tuid,
    created: unit.created ? formatTmxDate(unit.created) : null,
    changed: unit.changed ? formatTmxDate(unit.changed) : null,
    creator: unit.creator,
    changer: unit.changer,
    notes: unit.notes,
    props: unit.props,
    confidence: unit.confidence,
    status: unit.status,
  };
}

export async function importTmx(
  actor: SessionUser,
  input: { projectId: string; body: XmlInput; fileName?: string | null },
): Promise<TmxImportResult> {
  const { project } = await projectAccess(actor, input.projectId, 'document:create');
  const units: TmxUnit[] = [];
  const errors: TmxImportResult['errors'] = [];
  let header: TmxHeader | null = null;
  for await (const item of readTmxStream(input.body, { sourceLang: project.sourceLang, targetLang: project.targetLang })) {
    if (item.kind === 'header') header = item.header;
    else if (item.kind === 'problem') errors.push(item.problem);
    else if (units.length >= MAX_TMX_UNITS)
      throw new AppError('TOO_LARGE', `The file has more than ${MAX_TMX_UNITS.toLocaleString('en')} units; split it.`);
    else units.push(item.unit);
  }
  if (units.length === 0) {
    throw new AppError(
      'UNPROCESSABLE',
      errors.length
        ? `No unit could be imported: ${errors
            .slice(0, 3)
            .map((e) => e.message)
            .join(' ')}`
        : `The file has no translation units with both ${project.sourceLang} and ${project.targetLang} text.`,
      { errors: errors.slice(0, 100) },
    );
  }
  const alignment: Alignment = { source: [], target: [], beads: [] };
  const metaJson: string[] = []; // stringified as we go, inside the loop that yields
  for (const [i, unit] of units.entries()) {
    // Up to 200,000 units: hand the event loop back now and then so other requests are served meanwhile.
    if (i > 0 && i % YIELD_EVERY_UNITS === 0) await new Promise((resolve) => setImmediate(resolve));
    const s = { id: newId(), side: 'source' as const, paragraph: i, text: unit.sourceText };
    const t = { id: newId(), side: 'target' as const, paragraph: i, text: unit.targetText };
    alignment.source.push(s);
    alignment.target.push(t);
    alignment.beads.push({
      id: newId(),
      source: [s.id],
      target: [t.id],
      origin: 'manual',
      confidence: null,
      reason: 'imported from TMX',
      status: 'approved',
    });
    metaJson.push(JSON.stringify(unitMeta(unit)));
  }
  const title = `Translation memory: ${input.fileName?.trim() || header?.attributes['o-tmf'] || 'imported TMX'}`.slice(0, 300);
  const documentId = await db.$transaction(
    async (tx) => {
      const document = await insertDocument(tx, { projectId: project.id, title, status: 'approved', kind: 'memory' }, alignment, metaJson);
      await audit(tx, {
        actorId: actor.id,
        action: 'tmx.import',
        projectId: project.id,
        documentId: document.id,
        target: document.id,
        after: { fileName: input.fileName ?? null, imported: units.length, skipped: errors.length },
      });
      return document.id;
    },
    { timeout: 120_000 },
  );
  return { documentId, imported: units.length, skipped: errors.length, errors: errors.slice(0, 1000) };
}
