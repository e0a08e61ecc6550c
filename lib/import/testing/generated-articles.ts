// Generated Korean–English article pairs of about 20 sentences a side, written as a folder in the naming rules of
// zip batches (`<name>.ko.txt` + `<name>.en.txt`). For bench:backfill and the `npm run import` tests. Each
// sentence carries the article's and its own numbers, so pairs look like translations to the plausibility checks.
import fs from 'node:fs';
import path from 'node:path';

export const SENTENCES_PER_SIDE = 20;

export function generatedArticle(n: number): { ko: string; en: string } {
  const ko: string[] = [`서울시 ${n}번 정책 발표`];
  const en: string[] = [`Seoul announces policy ${n}`];
  for (let i = 1; i < SENTENCES_PER_SIDE; i += 1) {
    const figure = (n * 31 + i * 7) % 1000;
    ko.push(`서울시는 ${n}번 정책의 ${i}번째 항목으로 예산 ${figure}억 원을 배정했다고 밝혔다.`);
    en.push(`Seoul said it set aside ${figure} billion won for item ${i} of policy ${n}.`);
  }
  // Paragraphs of four sentences, the headline first, as news pages are.
  const paragraphs = (lines: string[]) =>
    [lines[0], ...Array.from({ length: Math.ceil((lines.length - 1) / 4) }, (_, p) => lines.slice(1 + p * 4, 5 + p * 4).join(' '))].join(
      '\n\n',
    );
  return { ko: paragraphs(ko), en: paragraphs(en) };
}

/** Writes `count` pairs into `dir` (created), `article-0001.ko.txt` + `article-0001.en.txt` and so on. */
export function writeArticleFolder(dir: string, count: number, first = 0): void {
  fs.mkdirSync(dir, { recursive: true });
  for (let n = first; n < first + count; n += 1) {
    const { ko, en } = generatedArticle(n);
    const name = `article-${String(n).padStart(5, '0')}`;
    fs.writeFileSync(path.join(dir, `${name}.ko.txt`), ko);
    fs.writeFileSync(path.join(dir, `${name}.en.txt`), en);
  }
}
