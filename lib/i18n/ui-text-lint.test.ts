import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule against hard-coded interface text (decision 039) must refuse English in JSX text, in the
// attributes a person reads or hears, and in `cond ? 'text' : …` children, and let punctuation and the names
// that read the same in every language through. Linted as a file under app/, where the rule applies.

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'app/projects/lint-probe.tsx' });
  return result.messages.filter((m) => m.ruleId === 'react/jsx-no-literals' || m.ruleId === 'no-restricted-syntax').map((m) => `${m.line}`);
}

describe('the lint rule against hard-coded interface text', () => {
  it('refuses English in JSX text, reader-facing attributes and conditional children', async () => {
    const code = [
      'export function Probe({ ok, n, name }: { ok: boolean; n: number; name: string }) {',
      '  return (',
      '    <div>',
      '      <p aria-label="Close dialog">{n}</p>',
      '      <p title={`Edit ${name}`}>{n}</p>',
      '      <p>Hello</p>',
      "      <p>{ok ? 'Saved' : 'Failed'}</p>",
      "      <p>{n > 0 && 'items'}</p>",
      '      <input placeholder="Search" />',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(await problems(code)).toEqual(['4', '5', '6', '7', '7', '8', '9']);
  });

  it('lets punctuation, product and format names, class names and values through', async () => {
    const code = [
      'export function Probe({ n, name }: { n: number; name: string }) {',
      '  return (',
      '    <div className="panel" data-testid="probe">',
      "      {name} → {n} · {'/'} (<span>Bitext Desk</span>) <span>TMX</span>",
      '      <input type="text" name="title" />',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(await problems(code)).toEqual([]);
  });
});
