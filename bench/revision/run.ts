// npm run bench:revision [-- RUNS] — a revision that corrects 3 sentences of a 40-sentence approved, signed-off
// article (issue 14 part 2: every other bead stays approved; applying it takes under 300 ms). Each run imports a fresh
// article through the real use cases (import, confirm, submit, approve all, sign off) in a fresh database
// `bitext_bench_revision`, then times `reviseDocument` end to end: reading and segmenting the new side, the sentence
// diff, the engine between the kept beads (on its worker thread), and the one transaction that writes it.
import { performance } from 'node:perf_hooks';
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';
import { writeBenchResult } from '../lib/results';
import { percentile } from '../lib/percentile';
import { runBench } from '../lib/run-bench';

const RUNS = Number(process.argv[2] ?? 10);
const SENTENCES = 40;
const CORRECTED = [4, 19, 33];

const PLACES = ['서울', '부산', '인천', '대구', '광주', '대전', '울산', '수원'];
const PLACES_EN = ['Seoul', 'Busan', 'Incheon', 'Daegu', 'Gwangju', 'Daejeon', 'Ulsan', 'Suwon'];

function sentencePair(k: number): { ko: string; en: string } {
  const place = k % PLACES.length;
  const amount = 120 + k * 7;
  const people = 30 + k * 3;
  switch (k % 4) {
    case 0:
      return {
        ko: `${PLACES[place]}시는 ${k + 1}일 ${amount}억원 규모의 예산안을 발표했다.`,
        en: `${PLACES_EN[place]} announced a budget of ${amount} billion won on the ${k + 1}th.`,
      };
    case 1:
      return {
        ko: `이 사업에는 주민 ${people}명이 참여할 예정이다.`,
        en: `${people} residents are expected to take part in the project.`,
      };
    case 2:
      return {
        ko: `시 관계자는 "${k}개 구역에서 공사가 시작된다"고 말했다.`,
        en: `A city official said construction would begin in ${k} districts.`,
      };
    default:
      return {
        ko: `지난해보다 ${(k % 9) + 2}% 늘어난 금액이다.`,
        en: `The amount is ${(k % 9) + 2}% more than last year.`,
      };
  }
}

const pairs = Array.from({ length: SENTENCES }, (_, k) => sentencePair(k));
const paragraphs = (texts: string[]) =>
  texts
    .reduce<string[]>((out, text, k) => (k % 2 === 0 ? [...out, text] : [...out.slice(0, -1), `${out[out.length - 1]} ${text}`]), [])
    .join('\n\n');
const KO = paragraphs(pairs.map((p) => p.ko));
const EN = paragraphs(pairs.map((p) => p.en));
// Three corrected figures in the English edition, as a desk corrects them hours later.
const EN_REVISED = paragraphs(pairs.map((p, k) => (CORRECTED.includes(k) ? p.en.replace(/\d+/, (n) => String(Number(n) + 1)) : p.en)));

// The same, plus one sentence the English edition added: the engine realigns the stretch around it.
const EN_REVISED_ADDED = EN_REVISED.replace('\n\n', ' The mayor did not attend the briefing.\n\n');

async function main(): Promise<void> {
  const database = await freshTestDatabase('bitext_bench_revision');
  env.DATABASE_URL = database.url;
  const { db } = await import('../../lib/server/db');
  const { makeTeam } = await import('../../lib/server/testing/factories');
  const { reviseDocument } = await import('../../lib/server/documents/revise-document');
  const { signedOffDocument } = await import('../../lib/server/testing/review-fixtures');
  const { enginePool } = await import('../../lib/server/align/run-engine');
  const team = await makeTeam();

  const approvedArticle = () =>
    signedOffDocument(team.editor, team.reviewer, team.project.id, { title: 'Revision bench', sourceText: KO, targetText: EN });

  async function measure(label: string, text: string, added: number) {
    const times: number[] = [];
    let beads = 0;
    let keptApproved = true;
    for (let run = -1; run < RUNS; run++) {
      const id = await approvedArticle();
      const approvedBefore = await db.bead.count({ where: { documentId: id, status: 'approved' } });
      beads = await db.bead.count({ where: { documentId: id } });
      const start = performance.now();
      const result = await reviseDocument(team.editor, { documentId: id, target: { text } });
      const ms = performance.now() - start;
      const approvedAfter = await db.bead.count({ where: { documentId: id, status: 'approved' } });
      const ok =
        approvedBefore === beads &&
        approvedAfter === beads - CORRECTED.length &&
        result.summary.beads.changed === CORRECTED.length &&
        result.summary.beads.added === added;
      if (run < 0) continue; // the first run starts the engine's worker thread: not counted
      keptApproved &&= ok;
      times.push(ms);
      console.log(
        `${label}, run ${run + 1}: ${ms.toFixed(0)} ms, ${approvedAfter}/${beads} still approved, ${result.summary.beads.changed} back to review`,
      );
    }
    const figure = `median ${percentile(times, 50).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${RUNS} runs (target < 300 ms); ${
      keptApproved ? `every run kept the other ${beads - CORRECTED.length} of ${beads} beads approved` : 'SOME RUN LOST AN APPROVED BEAD'
    }`;
    console.log(`${label}: ${figure}`);
    return { row: { what: `Revision of a ${SENTENCES}-sentence signed-off article: ${label}, applied`, figure }, keptApproved };
  }

  const results = [
    await measure('3 corrected sentences', EN_REVISED, 0),
    await measure('3 corrected sentences and 1 added (engine runs)', EN_REVISED_ADDED, 1),
  ];
  const keptApproved = results.every((r) => r.keptApproved);
  writeBenchResult(
    'revision',
    results.map((r) => r.row),
  );
  await enginePool().close();
  await db.$disconnect();
  await database.stop();
  process.exit(keptApproved ? 0 : 1);
}

runBench(main);
