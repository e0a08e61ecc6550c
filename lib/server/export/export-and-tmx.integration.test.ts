import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectChunks } from '@/lib/formats/chunked-output';
import { readTmx } from '@/lib/formats/tmx-reader';
import { readTsv } from '@/lib/formats/tsv-format';
import {
  hasXmllint,
  lisaKitDir,
  officialTmxDtdPath,
  subsetDtdPath,
  warnSkip,
  writeTemp,
  xliffSchemaPath,
  xmllint,
} from '@/lib/formats/testing/xml-tools';
import { db } from '@/lib/server/db';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { getDocument } from '@/lib/server/testing/get-document';
import { toAppError } from '@/lib/server/errors';
import { importTmx } from '@/lib/server/import/import-tmx';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { exportDocument, exportProject, exportQuerySchema } from './export-documents';

const fixtures = path.resolve('test-fixtures/formats/hostile');

async function exported(file: { chunks: AsyncGenerator<string> }): Promise<string> {
  return collectChunks(file.chunks);
}

describe('export and TMX import against PostgreSQL', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let documentId: string;
  let approvedCount: number;

  beforeAll(async () => {
    team = await makeTeam();
    documentId = (await makeDocument(team.editor, team.project.id)).id;
    const doc = await getDocument(team.editor, { documentId });
    const twoSided = doc.beads.filter((b) => b.source.length && b.target.length);
    const confirmed = await applyDocumentOperation(team.editor, {
      documentId,
      baseVersion: doc.version,
      operation: { type: 'confirm', beadIds: twoSided.map((b) => b.id) },
    });
    const toApprove = twoSided.slice(0, -1).map((b) => b.id); // the last stays merely confirmed
    await applyDocumentOperation(team.reviewer, {
      documentId,
      baseVersion: confirmed.version,
      operation: { type: 'review', event: 'approve', beadIds: toApprove },
    });
    approvedCount = toApprove.length;
  });

  it('exports only approved beads by default, as TMX 1.4 valid against the DTD', async () => {
    const tmx = await exported(await exportDocument(team.viewer, { documentId, query: exportQuerySchema.parse({}) }));
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toMatch(/srclang="ko-KR"/);
    const read = await readTmx(tmx);
    expect(read.units).toHaveLength(approvedCount);
    expect(read.units[0].props['x-document-title']).toBe('Seoul to run driverless night buses on three routes');
    if (!hasXmllint) return warnSkip('DTD validation', 'xmllint is not installed');
    expect(xmllint(writeTemp('export.tmx', tmx), { dtd: subsetDtdPath })).toMatchObject({ ok: true });
    if (officialTmxDtdPath) expect(xmllint(writeTemp('export.tmx', tmx), { dtd: officialTmxDtdPath })).toMatchObject({ ok: true });
    else warnSkip('official TMX 1.4 DTD check', '../shared/tmx has no tmx14.dtd');
  });

  it('exports everything but rejected beads with status=all, in XLIFF 1.2 valid against the schema, and TSV', async () => {
    const all = exportQuerySchema.parse({ status: 'all', format: 'xliff', langCodes: 'primary' });
    const xliff = await exported(await exportDocument(team.editor, { documentId, query: all }));
    expect(xliff).toContain('source-language="ko"');
    expect((xliff.match(/<trans-unit /g) ?? []).length).toBe(approvedCount + 1);
    expect((xliff.match(/approved="yes"/g) ?? []).length).toBe(approvedCount);
    if (hasXmllint && fs.existsSync(xliffSchemaPath))
      expect(xmllint(writeTemp('export.xlf', xliff), { schema: xliffSchemaPath })).toMatchObject({ ok: true });
    else warnSkip('XLIFF schema validation', 'xmllint or ../shared/xliff is absent');
    const tsv = await exported(
      await exportDocument(team.editor, { documentId, query: exportQuerySchema.parse({ status: 'all', format: 'tsv' }) }),
    );
    expect(readTsv(tsv)).toHaveLength(approvedCount + 1);
  });

  it('round-trips: export, import into a project, and the same units come back with their metadata', async () => {
    const tmx = await exported(await exportDocument(team.editor, { documentId, query: exportQuerySchema.parse({}) }));
    const original = await readTmx(tmx);
    const other = await makeTeam();
    const result = await importTmx(other.editor, {
      projectId: other.project.id,
      body: new TextEncoder().encode(tmx),
      fileName: 'desk.tmx',
    });
    expect(result).toMatchObject({ imported: approvedCount, skipped: 0, errors: [] });
    const memory = await getDocument(other.editor, { documentId: result.documentId! });
    expect(memory.beads.every((b) => b.status === 'approved' && b.source.length === 1 && b.target.length === 1)).toBe(true);
    expect(memory.source.map((s) => s.text)).toEqual(original.units.map((u) => u.sourceText));
    expect(memory.target.map((s) => s.text)).toEqual(original.units.map((u) => u.targetText));
    const again = await readTmx(
      await exported(await exportProject(other.editor, { projectId: other.project.id, query: exportQuerySchema.parse({}) })),
    );
    const strip = (u: (typeof again.units)[number]) => ({
      tuid: u.tuid,
      sourceText: u.sourceText,
      targetText: u.targetText,
      created: u.created,
      creator: u.creator,
      notes: u.notes,
      props: u.props,
    });
    expect(again.units.map(strip)).toEqual(original.units.map(strip));
  });

  it('keeps unit ids unique when the same memory is imported twice and exported with its source', async () => {
    const tmx = await exported(await exportDocument(team.editor, { documentId, query: exportQuerySchema.parse({}) }));
    await importTmx(team.editor, { projectId: team.project.id, body: new TextEncoder().encode(tmx), fileName: 'again-1.tmx' });
    await importTmx(team.editor, { projectId: team.project.id, body: new TextEncoder().encode(tmx), fileName: 'again-2.tmx' });
    const xliff = await exported(
      await exportProject(team.editor, { projectId: team.project.id, query: exportQuerySchema.parse({ format: 'xliff' }) }),
    );
    const ids = [...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(approvedCount * 3);
    expect(new Set(ids).size).toBe(ids.length);
    if (hasXmllint && fs.existsSync(xliffSchemaPath))
      expect(xmllint(writeTemp('project.xlf', xliff), { schema: xliffSchemaPath })).toMatchObject({ ok: true });
  });

  it('refuses XXE and billion-laughs files with a clear message, leaving nothing behind', async () => {
    const before = await db.document.count({ where: { projectId: team.project.id } });
    for (const name of ['xxe.tmx', 'billion-laughs.tmx']) {
      let error: ReturnType<typeof toAppError> = null;
      await importTmx(team.editor, { projectId: team.project.id, body: fs.readFileSync(path.join(fixtures, name)) }).catch(
        (e: unknown) => (error = toAppError(e)),
      );
      expect(error).not.toBeNull();
      expect(error!.status).toBe(400);
      expect(error!.message).toMatch(/declares XML entities/);
    }
    expect(await db.document.count({ where: { projectId: team.project.id } })).toBe(before);
  });

  it('reports and skips a unit without xml:lang while the rest imports', async () => {
    const result = await importTmx(team.editor, {
      projectId: team.project.id,
      body: fs.readFileSync(path.join(fixtures, 'missing-lang.tmx')),
    });
    expect(result.imported).toBeGreaterThan(0);
    expect(result.skipped).toBeGreaterThan(0);
    expect(result.errors[0].message).toMatch(/xml:lang/);
  });

  it('refuses empty and binary files', async () => {
    for (const body of [new Uint8Array(), new Uint8Array([0, 159, 146, 150, 0, 1, 2])]) {
      let error: ReturnType<typeof toAppError> = null;
      await importTmx(team.editor, { projectId: team.project.id, body }).catch((e: unknown) => (error = toAppError(e)));
      expect([400, 413, 415, 422]).toContain(error!.status);
    }
  });

  it.skipIf(!fs.existsSync(lisaKitDir))('imports the LISA TMX compliance kit files', async () => {
    const en = await makeTeam();
    const files = fs.readdirSync(lisaKitDir).filter((f) => f.endsWith('.tmx'));
    for (const file of files) {
      const project = await db.project.create({
        data: { name: `LISA ${file}`, sourceLang: 'en', targetLang: 'fr', memberships: { create: { userId: en.owner.id, role: 'admin' } } },
      });
      const outcome: Awaited<ReturnType<typeof importTmx>> | Error = await importTmx(en.owner, {
        projectId: project.id,
        body: fs.readFileSync(path.join(lisaKitDir, file)),
        fileName: file,
      }).catch((e: unknown) => toAppError(e) ?? (e instanceof Error ? e : new Error(String(e))));
      if (outcome instanceof Error) {
        // A file whose units lack the project's language pair is refused with a message, not a crash.
        expect(outcome.message, file).toMatch(/No unit|no translation units/);
      } else {
        expect(outcome.imported, file).toBeGreaterThan(0);
      }
    }
  });
});
if (!fs.existsSync(lisaKitDir)) warnSkip('LISA TMX compliance kit import', `${lisaKitDir} is absent`);
