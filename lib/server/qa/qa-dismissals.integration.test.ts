import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as dismissRoute from '@/app/api/v1/documents/[documentId]/beads/[beadId]/qa/dismiss/route';
import * as restoreRoute from '@/app/api/v1/documents/[documentId]/beads/[beadId]/qa/restore/route';
import * as documentRoute from '@/app/api/v1/documents/[documentId]/route';
import { collectChunks } from '@/lib/formats/chunked-output';
import {
  hasXmllint,
  officialTmxDtdPath,
  subsetDtdPath,
  warnSkip,
  writeTemp,
  xliffSchemaPath,
  xmllint,
} from '@/lib/formats/testing/xml-tools';
import { readTmx } from '@/lib/formats/tmx-reader';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { exportDocument, exportQuerySchema } from '@/lib/server/export/export-documents';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeTeam, makeUser } from '@/lib/server/testing/factories';
import { signedOffDocument } from '@/lib/server/testing/review-fixtures';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { listReviewQueue } from '@/lib/server/review/list-review-queue';
import { submitDocument } from '@/lib/server/review/submit-document';
import { qaCountsOf, summarySelect } from './qa-summaries';

// Issue 14 / decision 041: a reviewer dismisses a QA flag with a reason (audited); a dismissed flag no longer
// counts or exports; restoring it undoes that. Every bad request is a 4xx with a message and writes nothing.

type Team = Awaited<ReturnType<typeof makeTeam>>;
interface Flag {
  check: string;
  fingerprint: string;
  dismissed: { reason: string; by: string } | null;
}

const KO = ['시위에는 4만2천 명이 참가했다.', '한은은 기준금리를 올렸다.', '회의는 11월 27일 열렸다.'].join('\n');
const EN = ['Some 24,000 people joined the protest.', 'The BOK raised its key rate.', 'The meeting was held on Nov. 27.'].join('\n');
const NUMBER = 'number:4만2천>24,000';
const GLOSSARY = 'glossary:기준금리>';

async function qaDocument(team: Team, title = 'QA dismissal test'): Promise<{ documentId: string; beadIds: string[] }> {
  const { id } = await createDocument(team.editor, { projectId: team.project.id, title, sourceText: KO, targetText: EN });
  const beads = await db.bead.findMany({ where: { documentId: id }, orderBy: { position: 'asc' }, select: { id: true } });
  return { documentId: id, beadIds: beads.map((b) => b.id) };
}

async function flags(token: string, documentId: string): Promise<Flag[][]> {
  const res = await callRoute(documentRoute.GET, { path: `/api/v1/documents/${documentId}`, params: { documentId }, token });
  const body = (await res.json()) as unknown as { beads: { qa: Flag[] }[] };
  return body.beads.map((b) => b.qa);
}

const dismiss = (token: string, documentId: string, beadId: string, body: unknown) =>
  callRoute(dismissRoute.POST, {
    path: `/api/v1/documents/${documentId}/beads/${beadId}/qa/dismiss`,
    params: { documentId, beadId },
    token,
    body,
  });
const restore = (token: string, documentId: string, beadId: string, body: unknown) =>
  callRoute(restoreRoute.POST, {
    path: `/api/v1/documents/${documentId}/beads/${beadId}/qa/restore`,
    params: { documentId, beadId },
    token,
    body,
  });

const written = async (documentId: string) => ({
  dismissals: await db.qaDismissal.count({ where: { documentId } }),
  events: await db.auditEvent.count({ where: { documentId, action: { in: ['qa.dismiss', 'qa.restore'] } } }),
});

async function counts(documentId: string) {
  const doc = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: summarySelect });
  return (await qaCountsOf([doc])).get(documentId);
}

describe('dismissing a QA flag', () => {
  let team: Team;
  let tokens: Record<'reviewer' | 'editor' | 'viewer' | 'outsider', string>;
  let doc: { documentId: string; beadIds: string[] };

  beforeAll(async () => {
    team = await makeTeam();
    const outsider: SessionUser = await makeUser();
    tokens = {
      reviewer: (await createApiToken(team.reviewer.id)).token,
      editor: (await createApiToken(team.editor.id)).token,
      viewer: (await createApiToken(team.viewer.id)).token,
      outsider: (await createApiToken(outsider.id)).token,
    };
    await db.glossaryEntry.create({ data: { projectId: team.project.id, source: '기준금리', target: 'base rate' } });
    doc = await qaDocument(team);
  });

  it('carries a fingerprint per flag and counts the open ones', async () => {
    const before = await flags(tokens.viewer, doc.documentId);
    expect(before.map((b) => b.map((f) => [f.fingerprint, f.dismissed]))).toEqual([[[NUMBER, null]], [[GLOSSARY, null]], []]);
    expect(await counts(doc.documentId)).toEqual({ flags: 2, beads: 2 });
  });

  it('lets a reviewer dismiss one with a reason, audited; it stops counting and leaves the export', async () => {
    const res = await dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], {
      fingerprint: NUMBER,
      reason: '  The source has a typo  ',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ beadId: doc.beadIds[0], check: 'number', dismissed: { reason: 'The source has a typo' } });
    const [first] = await flags(tokens.viewer, doc.documentId);
    expect(first[0].dismissed).toMatchObject({ reason: 'The source has a typo', by: team.reviewer.name });
    const event = await db.auditEvent.findFirstOrThrow({ where: { documentId: doc.documentId, action: 'qa.dismiss' } });
    expect(event).toMatchObject({ actorId: team.reviewer.id, target: doc.beadIds[0] });
    expect(event.after).toMatchObject({ check: 'number', fingerprint: NUMBER, reason: 'The source has a typo' });
    expect(await counts(doc.documentId)).toEqual({ flags: 1, beads: 1 });

    // Dismissing it again changes nothing.
    const again = await dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER, reason: 'Another reason' });
    expect(again.status).toBe(201);
    expect(await written(doc.documentId)).toEqual({ dismissals: 1, events: 1 });

    const tmx = await collectChunks(
      (await exportDocument(team.viewer, { documentId: doc.documentId, query: exportQuerySchema.parse({ status: 'all' }) })).chunks,
    );
    const units = (await readTmx(tmx)).units;
    expect(units).toHaveLength(3);
    expect(units.map((u) => u.props['x-qa'] ?? null)).toEqual([null, expect.stringContaining('glossary: Glossary: "기준금리"'), null]);
  });

  it('restores a dismissed flag (undo): it counts again, audited with the reason it had', async () => {
    const res = await restore(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ dismissed: null });
    expect((await flags(tokens.viewer, doc.documentId))[0][0].dismissed).toBeNull();
    expect(await counts(doc.documentId)).toEqual({ flags: 2, beads: 2 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { documentId: doc.documentId, action: 'qa.restore' } });
    expect(event.before).toMatchObject({ fingerprint: NUMBER, reason: 'The source has a typo' });
  });

  it('counts open flags per document in the review queue, and a dismissal takes one off', async () => {
    const queued = await qaDocument(team, 'QA in the queue');
    const version = (await db.document.findUniqueOrThrow({ where: { id: queued.documentId }, select: { version: true } })).version;
    await applyDocumentOperation(team.editor, {
      documentId: queued.documentId,
      baseVersion: version,
      operation: { type: 'confirmUpTo', beadId: queued.beadIds[queued.beadIds.length - 1] },
    });
    await submitDocument(team.editor, { documentId: queued.documentId });
    const qaOf = async () => (await listReviewQueue(team.reviewer)).find((d) => d.documentId === queued.documentId)?.qa;
    expect(await qaOf()).toEqual({ flags: 2, beads: 2 });
    expect(
      (await dismiss(tokens.reviewer, queued.documentId, queued.beadIds[1], { fingerprint: GLOSSARY, reason: 'Key rate is fine' })).status,
    ).toBe(201);
    expect(await qaOf()).toEqual({ flags: 1, beads: 1 });
    // The counts are kept on the document for the next list; a dismissal clears them (so they cannot go stale).
    const kept = async () =>
      (await db.document.findUniqueOrThrow({ where: { id: queued.documentId }, select: { qaSummary: true } })).qaSummary;
    expect(await kept()).toMatchObject({ flags: 1, beads: 1 });
    expect((await restore(tokens.reviewer, queued.documentId, queued.beadIds[1], { fingerprint: GLOSSARY })).status).toBe(200);
    expect(await kept()).not.toHaveProperty('flags');
    expect(await qaOf()).toEqual({ flags: 2, beads: 2 });
  });

  it('writes x-qa props that validate: TMX 1.4 DTD and XLIFF 1.2 schema', async () => {
    const tmx = await collectChunks(
      (await exportDocument(team.viewer, { documentId: doc.documentId, query: exportQuerySchema.parse({ status: 'all' }) })).chunks,
    );
    expect(tmx).toContain('<prop type="x-qa">number: ');
    const xliff = await collectChunks(
      (
        await exportDocument(team.viewer, {
          documentId: doc.documentId,
          query: exportQuerySchema.parse({ status: 'all', format: 'xliff' }),
        })
      ).chunks,
    );
    expect(xliff).toContain('<context context-type="x-qa">number: ');
    if (!hasXmllint) return warnSkip('x-qa validation', 'xmllint is not installed');
    expect(xmllint(writeTemp('qa.tmx', tmx), { dtd: subsetDtdPath })).toMatchObject({ ok: true });
    if (officialTmxDtdPath) expect(xmllint(writeTemp('qa.tmx', tmx), { dtd: officialTmxDtdPath })).toMatchObject({ ok: true });
    if (fs.existsSync(xliffSchemaPath))
      expect(xmllint(writeTemp('qa.xlf', xliff), { schema: xliffSchemaPath })).toMatchObject({ ok: true });
    else warnSkip('XLIFF schema validation of x-qa', `${xliffSchemaPath} is absent`);
  });

  describe('refuses bad requests with a 4xx and a message, writing nothing', () => {
    let other: { documentId: string; beadIds: string[] };
    beforeAll(async () => {
      other = await qaDocument(await makeTeam(), 'Another project');
    });

    it.each<[string, () => Promise<{ status: number; json: () => Promise<Record<string, unknown>> }>, number]>([
      ['an unknown bead', () => dismiss(tokens.reviewer, doc.documentId, 'no-such-bead', { fingerprint: NUMBER, reason: 'x' }), 404],
      [
        'a bead of another project',
        () => dismiss(tokens.reviewer, doc.documentId, other.beadIds[0], { fingerprint: NUMBER, reason: 'x' }),
        404,
      ],
      [
        'another project’s document',
        () => dismiss(tokens.reviewer, other.documentId, other.beadIds[0], { fingerprint: NUMBER, reason: 'x' }),
        404,
      ],
      [
        'a flag the bead does not carry',
        () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[2], { fingerprint: NUMBER, reason: 'x' }),
        404,
      ],
      [
        'a made-up fingerprint',
        () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: 'number:1>2', reason: 'x' }),
        404,
      ],
      ['an empty reason', () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER, reason: '' }), 400],
      ['a blank reason', () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER, reason: ' \n\t ' }), 400],
      [
        'a huge reason',
        () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER, reason: 'x'.repeat(100_000) }),
        400,
      ],
      [
        'a huge fingerprint',
        () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: 'n'.repeat(5_000), reason: 'x' }),
        400,
      ],
      ['no fingerprint', () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], { reason: 'x' }), 400],
      [
        'a reason that is not text',
        () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER, reason: ['x'] }),
        400,
      ],
      [
        'an unknown field',
        () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER, reason: 'x', by: 'someone' }),
        400,
      ],
      ['a body that is not JSON', () => dismiss(tokens.reviewer, doc.documentId, doc.beadIds[0], 'fingerprint=number'), 400],
      [
        'an editor (not a reviewer)',
        () => dismiss(tokens.editor, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER, reason: 'x' }),
        403,
      ],
      ['a viewer', () => dismiss(tokens.viewer, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER, reason: 'x' }), 403],
      [
        'someone outside the project',
        () => dismiss(tokens.outsider, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER, reason: 'x' }),
        404,
      ],
      ['restoring a flag nobody dismissed', () => restore(tokens.reviewer, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER }), 404],
      [
        'restoring on another project’s bead',
        () => restore(tokens.reviewer, doc.documentId, other.beadIds[0], { fingerprint: NUMBER }),
        404,
      ],
      ['restoring as an editor', () => restore(tokens.editor, doc.documentId, doc.beadIds[0], { fingerprint: NUMBER }), 403],
    ])('%s', async (_name, call, status) => {
      const before = await written(doc.documentId);
      const res = await call();
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error?: { message?: string } };
      expect(body.error?.message).toEqual(expect.any(String));
      expect(body.error?.message).not.toBe('');
      expect(await written(doc.documentId)).toEqual(before);
      expect(await db.qaDismissal.count({ where: { documentId: other.documentId } })).toBe(0);
    });

    it('a signed-off document is read-only', async () => {
      const signed = await signedOffDocument(team.editor, team.reviewer, team.project.id);
      const bead = await db.bead.findFirstOrThrow({ where: { documentId: signed }, select: { id: true } });
      const res = await dismiss(tokens.reviewer, signed, bead.id, { fingerprint: NUMBER, reason: 'x' });
      expect(res.status).toBe(409);
      expect(await db.qaDismissal.count({ where: { documentId: signed } })).toBe(0);
    });
  });
});
