import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { createDocument } from '@/lib/server/documents/create-document';
import { importTmx } from '@/lib/server/import/import-tmx';
import { makeTeam } from '@/lib/server/testing/factories';
import { hangulPairCodes } from './hangul-pairs';

// Decision 054: `Segment."hangulPairs"` is written by the bulk import from Node and by the database's trigger for
// every other writer. Both must give the same pairs for any text, or two-syllable concordance queries would find
// a memory unit or miss it depending on how it was written.

const TEXTS = [
  '',
  'No Hangul at all.',
  '정부',
  '행정부는 정부와 정부를',
  '다. 정부',
  '가나다라마바사아자차카타파하',
  '힣가 가힣', // the first and last syllables
  'ㅈㅓㅇ 정b b정부', // jamo and Latin break pairs
  '한😀국 한국😀', // an astral character between syllables breaks the pair
  '서울시는 3조2천억원을 투입한다고 밝혔다. Seoul said the U.S. 정부는',
  '\u1100\u1161 조합형 자모', // conjoining jamo are not syllables
  '가'.repeat(5000) + '나',
];

describe('Hangul pairs (decision 054)', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  beforeAll(async () => {
    team = await makeTeam();
  });

  const drift = (documentId: string) =>
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Segment"
      WHERE "documentId" = ${documentId} AND "hangulPairs" IS DISTINCT FROM hangul_pair_codes("text")`.then(([r]) => Number(r.n));

  it('Node and the database compute the same pairs', async () => {
    for (const text of TEXTS) {
      const [row] = await db.$queryRaw<{ codes: number[] }[]>`SELECT hangul_pair_codes(${text}) AS codes`;
      expect(hangulPairCodes(text), JSON.stringify(text.slice(0, 40))).toEqual(row.codes);
    }
    expect(hangulPairCodes('정부')).toEqual([(0xc815 - 0xac00) * 11172 + (0xbd80 - 0xac00)]);
    expect(hangulPairCodes('가나가나')).toHaveLength(2); // 가나 once, 나가 once
  });

  it('the trigger fills the pairs of an ordinary insert and follows a text edit', async () => {
    const { id } = await createDocument(team.editor, {
      projectId: team.project.id,
      title: 'Pairs',
      sourceText: '정부는 금리를 동결했다.\n행정부는 발표를 미뤘다.',
      targetText: 'The government froze the rate.\nThe administration delayed it.',
    });
    expect(await drift(id)).toBe(0);
    const source = await db.segment.findFirstOrThrow({ where: { documentId: id, side: 'source', position: 0 } });
    const { version } = await db.document.findUniqueOrThrow({ where: { id } });
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: version,
      operation: { type: 'editText', segmentId: source.id, text: '한국은행은 기준금리를 올렸다.' },
    });
    expect(await drift(id)).toBe(0);
    const [row] = await db.$queryRaw<{ pairs: number[] }[]>`SELECT "hangulPairs" AS pairs FROM "Segment" WHERE "id" = ${source.id}`;
    expect(row.pairs).toEqual(hangulPairCodes('한국은행은 기준금리를 올렸다.'));
    expect(row.pairs).not.toContain(hangulPairCodes('정부')[0]);
  });

  it('the bulk import writes the same pairs the trigger would', async () => {
    const units = TEXTS.slice(1, -1).map(
      (text, i) => `<tu tuid="${i}"><tuv xml:lang="ko"><seg>${text}</seg></tuv><tuv xml:lang="en"><seg>Unit ${i}</seg></tuv></tu>`,
    );
    const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="ko" segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="t" creationtool="t" creationtoolversion="1"/><body>${units.join('')}</body></tmx>`;
    const result = await importTmx(team.editor, { projectId: team.project.id, body: tmx, fileName: 'pairs.tmx' });
    expect(result.imported).toBe(units.length);
    const written = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Segment" WHERE "documentId" = ${result.documentId!} AND "hangulPairs" <> '{}'`;
    expect(Number(written[0].n)).toBeGreaterThan(5);
    expect(await drift(result.documentId!)).toBe(0);
  });
});
