import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasXmllint, subsetDtdPath, warnSkip, writeTemp, xmllint } from '../../lib/formats/testing/xml-tools';
import { readTmx } from '../../lib/formats/tmx-reader';
import { runAlignCli, splitLines, type CliIo } from './run-align-cli';

const repoRoot = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join(repoRoot, 'test-fixtures/align', name);

async function run(argv: string[], files: Record<string, string | Uint8Array> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (p) => {
      if (p in files) {
        const f = files[p];
        return typeof f === 'string' ? new TextEncoder().encode(f) : f;
      }
      return readFileSync(p);
    },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  };
  const code = await runAlignCli(argv, io);
  return { code, stdout, stderr };
}

/** Every line of both sides exactly once, in order, in "[i, j]:[k]" lines and nothing else. */
function expectContract(stdout: string, n: number, m: number) {
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe('');
  const src: number[] = [];
  const tgt: number[] = [];
  for (const line of lines) {
    const match = /^\[((?:\d+, )*\d+)?\]:\[((?:\d+, )*\d+)?\]$/.exec(line);
    expect(match, line).not.toBeNull();
    if (match?.[1]) src.push(...match[1].split(', ').map(Number));
    if (match?.[2]) tgt.push(...match[2].split(', ').map(Number));
  }
  expect(src).toEqual([...Array(n).keys()]);
  expect(tgt).toEqual([...Array(m).keys()]);
}

describe('align CLI, presegmented contract', () => {
  it.each([
    ['ko-en with a 2-1 and an added sentence', 'storm.ko.txt', 'storm.en.txt', 'ko', 'en', 'storm.gold'],
    ['de-fr with a 1-3 split', 'summit.de.txt', 'summit.fr.txt', 'de', 'fr', 'summit.gold'],
  ])('%s', async (_name, src, tgt, s, t, gold) => {
    const out = await run([fixture(src), fixture(tgt), '--src-lang', s, '--tgt-lang', t, '--presegmented']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(readFileSync(fixture(gold), 'utf8'));
  });

  it('covers blank lines and a missing final newline', async () => {
    const out = await run(['a', 'b', '--src-lang', 'en', '--tgt-lang', 'fr', '--presegmented'], {
      a: 'One.\n\nThree.',
      b: 'Un.\nDeux.\n\nQuatre.\n',
    });
    expect(out.code).toBe(0);
    expectContract(out.stdout, 3, 4);
  });

  it('prints nothing for two empty files and all null beads for one', async () => {
    expect((await run(['a', 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'], { a: '', b: '' })).stdout).toBe('');
    expect((await run(['a', 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'], { a: '', b: 'x\ny\n' })).stdout).toBe(
      '[]:[0]\n[]:[1]\n',
    );
  });

  it('runs as a real process with nothing but beads on stdout', () => {
    const stdout = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repoRoot, 'scripts/align.ts'),
        fixture('storm.ko.txt'),
        fixture('storm.en.txt'),
        '--src-lang',
        'ko',
        '--tgt-lang',
        'en',
        '--presegmented',
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(stdout).toBe(readFileSync(fixture('storm.gold'), 'utf8'));
  });
});

describe('align CLI, raw text', () => {
  it('segments, aligns and prints tsv with a header', async () => {
    const out = await run([fixture('market.ko.txt'), fixture('market.en.txt'), '--src-lang', 'ko', '--tgt-lang', 'en']);
    expect(out.code).toBe(0);
    const rows = out.stdout
      .trimEnd()
      .split('\n')
      .map((r) => r.split('\t'));
    expect(rows[0]).toEqual(['source_ids', 'target_ids', 'confidence', 'source', 'target', 'reason']);
    expect(rows.slice(1).map((r) => `${r[0]}:${r[1]}`)).toEqual(['0:0', '1:1', '2:2', '3:3']);
    expect(rows[4][5]).toContain('3,200,000,000,000');
  });

  it('prints json with confidence and reasons', async () => {
    const out = await run([fixture('market.ko.txt'), fixture('market.en.txt'), '--src-lang', 'ko', '--tgt-lang', 'en', '--format', 'json']);
    const parsed = JSON.parse(out.stdout) as { beads: { confidence: number; reason: string }[]; source: { paragraph: number }[] };
    expect(parsed.source.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
    for (const b of parsed.beads) {
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
      expect(b.reason.length).toBeGreaterThan(0);
    }
  });
});

describe('align CLI, --format tmx', () => {
  const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

  it('writes TMX 1.4 that the app reads back: two-sided beads only, auto, with confidence and bead type', async () => {
    const out = await run([
      fixture('storm.ko.txt'),
      fixture('storm.en.txt'),
      '--src-lang',
      'ko',
      '--tgt-lang',
      'en',
      '--presegmented',
      '--format',
      'tmx',
    ]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const gold = readFileSync(fixture('storm.gold'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.split(':').map((ids) => JSON.parse(ids) as number[]));
    const twoSided = gold.filter(([s, t]) => s.length > 0 && t.length > 0);
    expect(twoSided.length).toBeLessThan(gold.length); // the fixture has a one-sided bead, which must be left out
    const srcLines = readFileSync(fixture('storm.ko.txt'), 'utf8').trimEnd().split('\n');
    const tgtLines = readFileSync(fixture('storm.en.txt'), 'utf8').trimEnd().split('\n');

    const parsed = await readTmx(out.stdout);
    expect(parsed.errors).toEqual([]);
    expect(parsed.header?.attributes).toMatchObject({
      srclang: 'ko-KR',
      creationtool: 'Bitext Desk',
      creationtoolversion: version,
      segtype: 'sentence',
    });
    expect(parsed.units.map((u) => [u.sourceText, u.targetText])).toEqual(
      twoSided.map(([s, t]) => [s.map((i) => srcLines[i]).join(' '), t.map((j) => tgtLines[j]).join(' ')]),
    );
    for (const [k, unit] of parsed.units.entries()) {
      expect(unit).toMatchObject({ sourceLang: 'ko-KR', targetLang: 'en-US', status: 'auto' });
      expect(unit.props['x-bead-type']).toBe(`${twoSided[k][0].length}-${twoSided[k][1].length}`);
      expect(unit.confidence).toBeGreaterThanOrEqual(0);
      expect(unit.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('takes raw text, escapes markup characters and validates against the TMX 1.4 DTD subset', async () => {
    const out = await run(['a', 'b', '--src-lang', 'de', '--tgt-lang', 'fr', '--format', 'tmx'], {
      a: 'Der Preis stieg um 5 % auf <10> Franken & mehr.\n\nDie "Bank" sagte nichts.\n',
      b: 'Le prix a augmenté de 5 % à <10> francs & plus.\n\nLa "banque" n\'a rien dit.\n',
    });
    expect(out.code).toBe(0);
    const parsed = await readTmx(out.stdout);
    expect(parsed.header?.attributes.srclang).toBe('de-DE');
    expect(parsed.units.map((u) => u.sourceText)).toEqual(['Der Preis stieg um 5 % auf <10> Franken & mehr.', 'Die "Bank" sagte nichts.']);
    expect(parsed.units.map((u) => u.targetLang)).toEqual(['fr-FR', 'fr-FR']);
    if (!hasXmllint) {
      warnSkip('xmllint validation of --format tmx', 'xmllint is not installed');
      return;
    }
    const file = writeTemp('align.tmx', out.stdout);
    const check = xmllint(file, { dtd: subsetDtdPath });
    expect(check.output).toBe('');
    expect(check.ok).toBe(true);
  });

  it('runs as a real process and writes only TMX on stdout', () => {
    const stdout = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repoRoot, 'scripts/align.ts'),
        fixture('market.ko.txt'),
        fixture('market.en.txt'),
        '--src-lang',
        'ko',
        '--tgt-lang',
        'en',
        '--format',
        'tmx',
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')).toBe(true);
    expect(stdout.endsWith('</tmx>\n')).toBe(true);
  });
});

describe('align CLI, bad input', () => {
  it.each([
    ['missing file argument', ['only-one', '--src-lang', 'ko', '--tgt-lang', 'en'], 2, /expected 2 files/],
    ['missing language', ['a', 'b', '--src-lang', 'ko'], 2, /required/],
    ['invalid language tag', ['a', 'b', '--src-lang', 'k o', '--tgt-lang', 'en'], 2, /not a language tag/],
    ['unknown option', ['a', 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--fast'], 2, /unknown option/],
    ['unknown format', ['a', 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--format', 'xml'], 2, /unknown format/],
    ['unreadable file', ['/nonexistent/x', 'b', '--src-lang', 'ko', '--tgt-lang', 'en'], 1, /cannot read/],
  ])('%s', async (_name, argv, code, message) => {
    const out = await run(argv as string[], { a: 'x\n', b: 'y\n' });
    expect(out.code).toBe(code);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message as RegExp);
  });

  it('rejects invalid UTF-8 and binary files', async () => {
    const utf8 = await run([fixture('invalid-utf8.txt'), 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'], { b: 'y\n' });
    expect(utf8.code).toBe(1);
    expect(utf8.stderr).toMatch(/not valid UTF-8/);
    const binary = await run(['a', 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'], {
      a: new Uint8Array([65, 0, 66]),
      b: 'y\n',
    });
    expect(binary.code).toBe(1);
  });

  it('exits 3 with a message when the input exceeds the compute budget', async () => {
    const lines = Array.from({ length: 60 }, (_, k) => `Sentence ${k}.`).join('\n');
    const out = await run(['a', 'b', '--src-lang', 'en', '--tgt-lang', 'de', '--presegmented', '--max-cells', '1000'], {
      a: lines,
      b: lines,
    });
    expect(out.code).toBe(3);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/too large/);
  });

  it('exits non-zero from a real process on bad input', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/align.ts'), 'x'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage/);
  });
});

describe('splitLines', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a\n', ['a']],
    ['a\n\n', ['a', '']],
    ['a\r\nb', ['a', 'b']],
  ])('%j', (input, expected) => {
    expect(splitLines(input)).toEqual(expected);
  });
});

describe('align CLI, --moves', () => {
  // a fictional story written for this test: the English edition moves Korean 3-4 to its end
  const ko = [
    '청림전자는 3일 올해 2분기 영업이익이 1조2천억원으로 집계됐다고 밝혔다.',
    '매출은 15조원으로 작년 같은 기간보다 8% 늘었다.',
    '반도체 부문이 이익의 70%를 차지했다.',
    '회사는 하반기에 평택 공장에 4조원을 투자해 생산 라인 2개를 새로 짓는다.',
    '박지훈 사장은 "2027년까지 평택 공장의 생산량을 두 배로 늘리겠다"고 말했다.',
    '한편 청림전자 주가는 이날 2.5% 올랐다.',
    '시장은 3분기 실적을 더 낙관하고 있다.',
    '다음 실적 발표는 10월 25일이다.',
  ].join('\n');
  const en = [
    'Cheongnim Electronics said on the 3rd that its second-quarter operating profit came to 1.2 trillion won.',
    'Sales rose 8 percent from a year earlier to 15 trillion won.',
    'The chip division accounted for 70 percent of the profit.',
    'Cheongnim Electronics shares rose 2.5 percent on the day.',
    'The market is even more upbeat about third-quarter results.',
    'The next earnings report is due on Oct. 25.',
    'The company will invest 4 trillion won in its Pyeongtaek plant in the second half to build 2 new production lines.',
    '"We will double the output of the Pyeongtaek plant by 2027," President Park Ji-hoon said.',
  ].join('\n');
  const args = ['ko.txt', 'en.txt', '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'];

  it('keeps the monotonic contract without the flag', async () => {
    const out = await run(args, { 'ko.txt': ko, 'en.txt': en });
    expect(out.code).toBe(0);
    expectContract(out.stdout, 8, 8);
    expect(out.stdout).toContain('[3]:[]\n');
  });

  it('prints moved links after the monotonic beads, each segment still once', async () => {
    const out = await run([...args, '--moves'], { 'ko.txt': ko, 'en.txt': en });
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual(['[3]:[6]', '[4]:[7]']);
    for (const gone of ['[3]:[]', '[4]:[]', '[]:[6]', '[]:[7]']) expect(lines).not.toContain(gone);
    const src = lines.flatMap((l) => /^\[([\d, ]*)\]/.exec(l)?.[1].split(', ').filter(Boolean).map(Number) ?? []);
    const tgt = lines.flatMap((l) => /:\[([\d, ]*)\]$/.exec(l)?.[1].split(', ').filter(Boolean).map(Number) ?? []);
    expect([...src].sort((a, b) => a - b)).toEqual([...Array(8).keys()]);
    expect([...tgt].sort((a, b) => a - b)).toEqual([...Array(8).keys()]);
  });

  it('marks moved links in json output', async () => {
    const out = await run([...args, '--moves', '--format', 'json'], { 'ko.txt': ko, 'en.txt': en });
    const parsed = JSON.parse(out.stdout) as { beads: { source: number[]; target: number[]; reason: string }[] };
    const moved = parsed.beads.filter((b) => b.reason.startsWith('moved; '));
    expect(moved.map((b) => [b.source, b.target])).toEqual([
      [[3], [6]],
      [[4], [7]],
    ]);
  });
});
