import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAlignCli, splitLines, type CliIo } from './run-align-cli';

const repoRoot = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join(repoRoot, 'test-fixtures/align', name);

function run(argv: string[], files: Record<string, string | Uint8Array> = {}) {
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
  const code = runAlignCli(argv, io);
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
  ])('%s', (_name, src, tgt, s, t, gold) => {
    const out = run([fixture(src), fixture(tgt), '--src-lang', s, '--tgt-lang', t, '--presegmented']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(readFileSync(fixture(gold), 'utf8'));
  });

  it('covers blank lines and a missing final newline', () => {
    const out = run(['a', 'b', '--src-lang', 'en', '--tgt-lang', 'fr', '--presegmented'], {
      a: 'One.\n\nThree.',
      b: 'Un.\nDeux.\n\nQuatre.\n',
    });
    expect(out.code).toBe(0);
    expectContract(out.stdout, 3, 4);
  });

  it('prints nothing for two empty files and all null beads for one', () => {
    expect(run(['a', 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'], { a: '', b: '' }).stdout).toBe('');
    expect(run(['a', 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'], { a: '', b: 'x\ny\n' }).stdout).toBe('[]:[0]\n[]:[1]\n');
  });

  it('runs as a real process with nothing but beads on stdout', () => {
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'scripts/align.ts'), fixture('storm.ko.txt'), fixture('storm.en.txt'), '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(stdout).toBe(readFileSync(fixture('storm.gold'), 'utf8'));
  });
});

describe('align CLI, raw text', () => {
  it('segments, aligns and prints tsv with a header', () => {
    const out = run([fixture('market.ko.txt'), fixture('market.en.txt'), '--src-lang', 'ko', '--tgt-lang', 'en']);
    expect(out.code).toBe(0);
    const rows = out.stdout.trimEnd().split('\n').map((r) => r.split('\t'));
    expect(rows[0]).toEqual(['source_ids', 'target_ids', 'confidence', 'source', 'target', 'reason']);
    expect(rows.slice(1).map((r) => `${r[0]}:${r[1]}`)).toEqual(['0:0', '1:1', '2:2', '3:3']);
    expect(rows[4][5]).toContain('3,200,000,000,000');
  });

  it('prints json with confidence and reasons', () => {
    const out = run([fixture('market.ko.txt'), fixture('market.en.txt'), '--src-lang', 'ko', '--tgt-lang', 'en', '--format', 'json']);
    const parsed = JSON.parse(out.stdout) as { beads: { confidence: number; reason: string }[]; source: { paragraph: number }[] };
    expect(parsed.source.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
    for (const b of parsed.beads) {
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
      expect(b.reason.length).toBeGreaterThan(0);
    }
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
  ])('%s', (_name, argv, code, message) => {
    const out = run(argv as string[], { a: 'x\n', b: 'y\n' });
    expect(out.code).toBe(code);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message as RegExp);
  });

  it('rejects invalid UTF-8 and binary files', () => {
    const utf8 = run([fixture('invalid-utf8.txt'), 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'], { b: 'y\n' });
    expect(utf8.code).toBe(1);
    expect(utf8.stderr).toMatch(/not valid UTF-8/);
    const binary = run(['a', 'b', '--src-lang', 'ko', '--tgt-lang', 'en', '--presegmented'], { a: new Uint8Array([65, 0, 66]), b: 'y\n' });
    expect(binary.code).toBe(1);
  });

  it('exits 3 with a message when the input exceeds the compute budget', () => {
    const lines = Array.from({ length: 60 }, (_, k) => `Sentence ${k}.`).join('\n');
    const out = run(['a', 'b', '--src-lang', 'en', '--tgt-lang', 'de', '--presegmented', '--max-cells', '1000'], { a: lines, b: lines });
    expect(out.code).toBe(3);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/too large/);
  });

  it('exits non-zero from a real process on bad input', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/align.ts'), 'x'], { cwd: repoRoot, encoding: 'utf8' });
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
