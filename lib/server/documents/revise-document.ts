import 'server-only';
import type { RevisionResult } from '@/lib/alignment/revision/revision-schema';
import type { DocumentStatus } from '@/lib/review/review-states';
import { applyPatch } from '@/lib/alignment/operations/apply-patch';
import { operationFootprint } from '@/lib/alignment/operations/operation-footprint';
import { patchBetween } from '@/lib/alignment/revision/patch-between';
import {
  finishRevision,
  lockedOnly,
  prepareRevision,
  type RevisedSentence,
  type RevisionSummary,
} from '@/lib/alignment/revision/plan-revision';
import type { Alignment } from '@/lib/alignment/types';
import { isDocumentReadOnly } from '@/lib/review/document-transition';
import { documentAccess, type DocumentContext } from '@/lib/server/access';
import { runEngine } from '@/lib/server/align/run-engine';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { labelSide } from '@/lib/server/import/import-article-pair';
import { resolveArticle, type ArticleSource } from '@/lib/server/import/resolve-article';
import { lockDocument, versionConflict } from '@/lib/server/review/document-lock';
import { checkText, cleaned } from './create-document';
import { deltaOf, recordChange } from './document-changes';
import { loadAlignmentAt, rememberAlignment } from './load-alignment';
import { newId } from './new-id';
import { logOperation } from './log-operation';
import { toLogJson } from './operation-json';
import { persistAlignment } from './persist-alignment';
import { projectLexicon } from './project-lexicon';

// A new version of one or both sides of an article (issue 14 part 2, decision 045). Each side is read exactly as
// an import reads it (text, file or URL; the same boilerplate cleaning and limits), segmented as an import segments
// it, and compared with the stored sentences; unchanged beads are kept and the engine realigns what changed between
// them. It is one change in the operation log (kind `revision`, with its exact inverse, so its author can undo it),
// one DocumentChange row for open editors and one audit event; a signed-off document is first reopened with the
// reason "new revision". Everything from the lock to the last row is one transaction.

export const REVISION_REOPEN_REASON = 'new revision';

export interface ReviseDocumentInput {
  documentId: string;
  source?: ArticleSource;
  target?: ArticleSource;
  /** The version the caller saw; a revision planned on it is applied only to it (409 otherwise). */
  baseVersion?: number;
  /** Keep news-site furniture lines, as an import may. */
  keepBoilerplate?: boolean;
  /** The access a route already checked for this user and document. */
  access?: DocumentContext;
}

const SIDE_LABEL = { source: 'Korean (source)', target: 'English (target)' } as const;

async function readSide(
  side: 'source' | 'target',
  input: ArticleSource,
  ctx: DocumentContext,
  keepBoilerplate: boolean,
): Promise<{ sentences: RevisedSentence[]; url: string | null }> {
  const article = await resolveArticle(input).catch((e: unknown) => Promise.reject(labelSide(e, SIDE_LABEL[side])));
  checkText(article.text, side);
  const text = cleaned(article.text, { format: 'text', keepBoilerplate }).text;
  checkText(text, `${side} (after dropping site boilerplate)`);
  const sentences = await runEngine({
    kind: 'segment',
    text,
    lang: side === 'source' ? ctx.project.sourceLang : ctx.project.targetLang,
    options: { format: 'text', abbreviations: ctx.project.abbreviations },
  });
  return { sentences, url: article.url };
}

/** The revision's new alignment and summary, planned from the state at `version` (the engine runs outside any lock). */
async function planRevision(
  ctx: DocumentContext,
  version: number,
  sides: { source?: RevisedSentence[]; target?: RevisedSentence[] },
): Promise<{ before: Alignment; after: Alignment; summary: RevisionSummary }> {
  const before = await loadAlignmentAt(ctx.document.id, version, db);
  const plan = prepareRevision(before, sides, newId);
  const engine =
    lockedOnly(plan) ??
    (await runEngine({
      kind: 'realign',
      source: plan.engineSource,
      target: plan.engineTarget,
      locks: plan.locks,
      options: { srcLang: ctx.project.sourceLang, tgtLang: ctx.project.targetLang, lexicon: await projectLexicon(ctx.project) },
    }));
  const done = finishRevision(plan, engine, newId);
  const given = (['source', 'target'] as const).filter((side) => sides[side] !== undefined);
  return { before, after: done.alignment, summary: { sides: given, ...done.summary } };
}

/** A signed-off document is reopened by the revision itself, in its transaction, as its own version and audit row. */
async function reopenForRevision(tx: Tx, actor: SessionUser, ctx: DocumentContext, version: number): Promise<void> {
  await tx.document.update({
    where: { id: ctx.document.id },
    data: { status: 'reopened', version, signedOffAt: null, signedOffById: null },
  });
  await audit(tx, {
    actorId: actor.id,
    action: 'document.reopen',
    projectId: ctx.project.id,
    documentId: ctx.document.id,
    target: ctx.document.id,
    before: { status: 'approved' },
    after: { status: 'reopened', reason: REVISION_REOPEN_REASON },
  });
  await recordChange(tx, {
    documentId: ctx.document.id,
    version,
    userId: actor.id,
    kind: 'status',
    operationId: null,
    footprint: { beads: [], segments: [] },
    delta: { version, userId: actor.id, status: 'reopened' },
  });
}

export async function reviseDocument(actor: SessionUser, input: ReviseDocumentInput): Promise<RevisionResult> {
  const ctx = await documentAccess(actor, input.documentId, 'document:revise', input.access);
  if (!input.source && !input.target) throw new AppError('INVALID_INPUT', 'Give a new version of the source, the target or both.');
  const seen = input.baseVersion ?? ctx.document.version;
  if (seen !== ctx.document.version) throw versionConflict(ctx.document.version); // versions only grow
  const keep = input.keepBoilerplate ?? false;
  const [source, target] = await Promise.all([
    input.source ? readSide('source', input.source, ctx, keep) : undefined,
    input.target ? readSide('target', input.target, ctx, keep) : undefined,
  ]);
  const planned = await planRevision(ctx, seen, { source: source?.sentences, target: target?.sentences });
  const patch = patchBetween(planned.before, planned.after);
  const result = applyPatch(planned.before, patch, 'INVALID_OPERATION');
  const unchanged = result.changed.beads.length === 0 && result.changed.segments.length === 0;
  if (unchanged) {
    return {
      documentId: ctx.document.id,
      version: seen,
      status: ctx.document.status as DocumentStatus,
      reopened: false,
      summary: planned.summary,
    };
  }
  const outcome = await db.$transaction(async (tx) => {
    // Planned from the state at `seen`: applied to exactly that state, or refused (as realign is, decision 031).
    const locked = await lockDocument(tx, ctx.document.id, 'update', seen);
    const reopened = isDocumentReadOnly(locked.status);
    let version = locked.version + 1;
    if (reopened) await reopenForRevision(tx, actor, ctx, version++);
    // A bead that changed starts its review afresh: the rejection it had was about the old text.
    const cleared = new Map(planned.summary.changed.map((c) => [c.beadId, { rejectReason: null }]));
    await persistAlignment(tx, ctx.document.id, planned.before, result.alignment, cleared);
    const logged = await logOperation(tx, {
      documentId: ctx.document.id,
      userId: actor.id,
      version,
      kind: 'revision',
      // The texts stay in the audit event (the history reads them there); the log keeps counts and ids.
      payload: { type: 'revision', ...planned.summary, changed: planned.summary.changed.map((c) => c.beadId) },
      inverse: result.inverse,
    });
    const urls = {
      ...(source?.url ? { sourceUrl: source.url } : {}),
      ...(target?.url ? { targetUrl: target.url } : {}),
    };
    await tx.document.update({ where: { id: ctx.document.id }, data: { version, ...urls } });
    await audit(tx, {
      actorId: actor.id,
      action: 'document.revision',
      projectId: ctx.project.id,
      documentId: ctx.document.id,
      target: logged.id,
      after: toLogJson({ ...planned.summary, version }),
    });
    await recordChange(tx, {
      documentId: ctx.document.id,
      version,
      userId: actor.id,
      kind: 'operation',
      operationId: logged.id,
      footprint: operationFootprint(planned.before, { type: 'restore' }, result),
      delta: await deltaOf(tx, ctx.document.id, version, actor.id, result),
    });
    return { version, reopened, status: reopened ? ('reopened' as const) : locked.status };
  });
  rememberAlignment(ctx.document.id, outcome.version, result.alignment);
  return { documentId: ctx.document.id, ...outcome, summary: planned.summary } satisfies RevisionResult;
}
