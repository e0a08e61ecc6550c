import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 16 item 4 (decision 031): server code says so, and the browser cannot reach it. Every lib/server module
// imports `server-only` (Next then refuses it in a client bundle), and no client component reaches lib/server
// through a value import, directly or through the files it imports. Type-only imports are erased and allowed;
// server actions ('use server' modules) reach the browser as references and end the walk.

const root = path.resolve('.');

function files(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(full, keep);
    return keep(full) ? [full] : [];
  });
}

const isSource = (file: string) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file);
/** Test helpers, fixtures and the pure settings contract the settings form parses with. */
const notServerOnly = (file: string) => /[/\\]testing[/\\]|-fixtures\.ts$|project-settings-schema\.ts$/.test(file);

/** The module specifiers a file imports for their values (type-only imports and re-exports are left out). */
export function valueImports(text: string): string[] {
  const specifiers: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(statement)) {
    const [, keyword, typeOnly, clause, specifier] = match;
    if (typeOnly) continue;
    if (keyword === 'export' && !/\bfrom\b|^\*|^\{/.test(clause + ' from')) continue;
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (
      named &&
      named[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '))
    )
      continue;
    specifiers.push(specifier);
  }
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]);
  return specifiers;
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** The lib/server modules a file reaches through value imports, with the path that reaches the first one. */
function serverModulesReached(start: string): string[][] {
  const seen = new Set<string>([start]);
  const queue: string[][] = [[start]];
  const reached: string[][] = [];
  while (queue.length) {
    const trail = queue.shift()!;
    const file = trail[trail.length - 1];
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      const target = resolve(file, specifier);
      if (!target || seen.has(target)) continue;
      // A 'use server' module reaches the browser as references to its actions, not as code.
      if (/^\s*['"]use server['"]/.test(readFileSync(target, 'utf8'))) continue;
      seen.add(target);
      const next = [...trail, target];
      if (path.relative(root, target).startsWith(`lib${path.sep}server${path.sep}`) && !notServerOnly(target)) reached.push(next);
      else queue.push(next);
    }
  }
  return reached;
}

describe('server code is marked and out of the browser', () => {
  it('marks every lib/server module with server-only', () => {
    const unmarked = files(path.join(root, 'lib/server'), isSource)
      .filter((file) => !notServerOnly(file))
      .filter((file) => !/^import 'server-only';$/m.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(unmarked).toEqual([]);
  });

  it('keeps every client component away from lib/server, also through the files it imports', () => {
    const clients = files(path.join(root, 'app'), (file) => isSource(file) && /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')));
    expect(clients.length).toBeGreaterThan(20);
    const leaks = clients.flatMap((file) =>
      serverModulesReached(file).map((trail) => trail.map((f) => path.relative(root, f)).join(' → ')),
    );
    expect(leaks).toEqual([]);
  });

  it('tells value imports from type-only ones', () => {
    const text = [
      "import { a, type B } from '@/lib/server/x';",
      "import type { C } from '@/lib/server/y';",
      "import { type D } from '@/lib/server/z';",
      "export { e } from './e';",
      "export type { F } from './f';",
      "import 'server-only';",
      "const g = await import('./g');",
    ].join('\n');
    expect(valueImports(text)).toEqual(['@/lib/server/x', './e', 'server-only', './g']);
  });
});
