import { strToU8, zipSync } from 'fflate';
import { failure } from '@/lib/server/testing/failure';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { makeTeam } from '@/lib/server/testing/factories';
import { articlePages, startLocalSite, type LocalSite } from '@/lib/server/testing/local-site';
import { getDocument } from '@/lib/server/testing/get-document';
import { importArticlePair } from './import-article-pair';
import { previewUrlImport } from './preview-url-import';

describe('importing article pairs', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let site: LocalSite;
  const documentCount = () => db.document.count({ where: { projectId: team.project.id } });

  beforeAll(async () => {
    team = await makeTeam();
    const pages = articlePages('/ko/article');
    site = await startLocalSite({ '/en/article': pages.english, '/ko/article': pages.korean });
  });
  afterAll(() => site.close());

  it('imports pasted text, segmented into sentences and aligned with confidences', async () => {
    const result = await importArticlePair(team.editor, {
      projectId: team.project.id,
      title: 'Pasted',
      source: { text: '첫 문장이다. 둘째 문장이다.\n\n셋째 문단이다.' },
      target: { text: 'This is the first sentence. This is the second.\n\nThis is the third paragraph.' },
    });
    const doc = await getDocument(team.editor, { documentId: result.id });
    expect(doc.source.map((s) => s.text)).toEqual(['첫 문장이다.', '둘째 문장이다.', '셋째 문단이다.']);
    expect(doc.beads.length).toBeGreaterThanOrEqual(3);
    expect(doc.beads.every((b) => b.confidence !== null && b.reason)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('warns when the Korean box holds English', async () => {
    const result = await importArticlePair(team.editor, {
      projectId: team.project.id,
      source: { text: 'This is clearly English text that was pasted into the wrong box by mistake.' },
      target: { text: 'This is the English edition of the article, pasted correctly.' },
    });
    expect(result.warnings).toContainEqual({
      code: 'LANGUAGE_MISMATCH',
      message: expect.stringMatching(/looks English, but it is in the Korean box/),
      // the values the message was built from, so the interface can say it in Korean (decision 038)
      params: { side: 'source', detected: 'en', box: 'ko' },
    });
  });

  it('imports a nonsense pair (1 Korean sentence against 500 English) but warns that it cannot be a translation', async () => {
    const english = Array.from({ length: 500 }, (_, i) => `Sentence number ${i + 1} of a long English report about the port.`).join(' ');
    const before = await documentCount();
    const result = await importArticlePair(team.editor, {
      projectId: team.project.id,
      title: 'Nonsense',
      source: { text: '부산항 노동자들이 파업을 끝냈다.' },
      target: { text: english },
    });
    expect(await documentCount()).toBe(before + 1);
    expect(result.beads).toBeGreaterThan(0);
    expect(result.warnings.map((w) => w.code)).toEqual(['SENTENCE_COUNTS_APART', 'LENGTHS_APART']);
    expect(result.warnings[0].message).toBe(
      'The source has 1 sentence and the target 500 sentences: the target is more than 3 times as long, so these may not be the same article.',
    );
  });

  it('previews a URL import: extracts both pages and finds the Korean original through hreflang', async () => {
    const preview = await previewUrlImport(team.editor, { projectId: team.project.id, url: site.url('/en/article') });
    expect(preview.foundBy).toBe('hreflang');
    expect(preview.target.title).toBe('Port strike ends after three days');
    expect(preview.target.text).toContain('Dock workers in Busan');
    expect(preview.target.text).not.toMatch(/Cranes stand idle|Related stories|Exports rise/);
    expect(preview.source?.text).toContain('부산항 부두 노동자들이');
    expect(preview.source?.url).toBe(site.url('/ko/article'));
  });

  it('imports both sides by URL and keeps the addresses', async () => {
    const result = await importArticlePair(team.editor, {
      projectId: team.project.id,
      source: { url: site.url('/ko/article') },
      target: { url: site.url('/en/article') },
    });
    const doc = await getDocument(team.editor, { documentId: result.id });
    expect(doc.sourceUrl).toBe(site.url('/ko/article'));
    expect(doc.title).toBe('Port strike ends after three days');
    expect(doc.target.some((s) => s.text.includes('4.5 percent'))).toBe(true);
  });

  it('refuses bad input with a clear message and leaves nothing behind', async () => {
    const before = await documentCount();
    const cases: [Parameters<typeof importArticlePair>[1]['source'], RegExp, number][] = [
      [{ url: site.url('/error') }, /answered with an error \(HTTP 500\)/, 502],
      [{ url: site.url('/redirect-private') }, /private or local network/, 400],
      [{ url: 'ftp://example.com/x' }, /Only http/, 400],
      [{ url: site.url('/missing') }, /HTTP 404/, 502],
      [{ text: '' }, /empty/, 400],
      [{ text: 'ㄱ'.repeat(1_000_001) }, /limit/, 413],
      [{ file: { fileName: 'photo.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) } }, /binary/, 415],
      [
        { file: { fileName: 'article.html', bytes: new TextEncoder().encode('<html><body><div><<<</p></span></body>') } },
        /No article text|empty/,
        422,
      ],
      [{ file: { fileName: 'slides.pptx', bytes: new Uint8Array([1, 2, 3]) } }, /Only \.txt, \.html and \.docx/, 415],
      [
        { file: { fileName: 'story.docx', bytes: zipSync({ 'story.txt': strToU8('zipped text, not Word') }) } },
        /not a Word \(\.docx\) document/,
        415,
      ],
    ];
    for (const [source, message, status] of cases) {
      const error = await failure(
        importArticlePair(team.editor, {
          projectId: team.project.id,
          source,
          target: { text: 'A valid English text of reasonable length for the test.' },
        }),
      );
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/^(Korean \(source\): |The source text)/); // says which side is wrong
      expect(error.status).toBe(status);
    }
    expect(await documentCount()).toBe(before);
  });

  it('does not let viewers or non-members import', async () => {
    const text = { text: '문장이다.' };
    expect(
      (await failure(importArticlePair(team.viewer, { projectId: team.project.id, source: text, target: { text: 'A sentence.' } }))).status,
    ).toBe(403);
    const other = await makeTeam();
    expect(
      (await failure(importArticlePair(other.editor, { projectId: team.project.id, source: text, target: { text: 'A sentence.' } })))
        .status,
    ).toBe(404);
  });
});
