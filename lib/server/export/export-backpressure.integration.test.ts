import { describe, expect, it } from 'vitest';
import { collectChunks } from '@/lib/formats/chunked-output';
import { writeTmx } from '@/lib/formats/tmx-writer';
import { importTmx } from '@/lib/server/import/import-tmx';
import { makeProject, makeUser } from '@/lib/server/testing/factories';
import { exportProject, exportQuerySchema, exportResponse, type ExportFile } from './export-documents';
import { EXPORT_PAGE_BEADS } from './export-units';

// Issue 10 item 8: an export holds one page at a time and produces only as fast as the client reads, so 50
// parallel exports (or one slow client) cannot pile the whole project up in memory. Proven by counting the
// chunks the response pulled from the writer, never by the clock.

const UNITS = EXPORT_PAGE_BEADS * 6;

function counted(file: ExportFile) {
  const counter = { chunks: 0, chars: 0 };
  const chunks = (async function* () {
    for await (const chunk of file.chunks) {
      counter.chunks++;
      counter.chars += chunk.length;
      yield chunk;
    }
  })();
  return { file: { ...file, chunks }, counter };
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('export backpressure', () => {
  it('stops producing while the response is not read, and resumes as it is read', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner, {}, 'Backpressure');
    const now = new Date();
    const units = Array.from({ length: UNITS }, (_, i) => ({
      tuid: `u${i}`,
      sourceText: `서울 버스 ${i}번 노선을 운행한다.`,
      targetText: `Seoul runs bus route ${i}.`,
      sourceLang: 'ko-KR',
      targetLang: 'en-US',
      created: now,
      changed: now,
      creator: 't',
      changer: 't',
      status: 'approved' as const,
      confidence: null,
      notes: [],
      props: {},
    }));
    await importTmx(owner, {
      projectId: project.id,
      body: await collectChunks(writeTmx(units, { srclang: 'ko-KR', creationToolVersion: 't' })),
      fileName: 'bp.tmx',
    });

    const { file, counter } = counted(await exportProject(owner, { projectId: project.id, query: exportQuerySchema.parse({}) }));
    const response = exportResponse(file);
    await turns(200); // plenty of chances to run ahead if it would
    expect(counter.chunks).toBeLessThanOrEqual(1);

    const reader = response.body!.getReader();
    await reader.read();
    await turns(200);
    expect(counter.chunks).toBeLessThanOrEqual(2); // one read, at most one chunk ahead

    let total = 1;
    while (!(await reader.read()).done) total++;
    expect(total).toBeGreaterThan(5); // the whole export is many chunks: the bound above is not the size of it
    expect(counter.chunks).toBe(total);
  });
});
