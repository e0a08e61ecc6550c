import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 9 item 5 stays fixed for routes added later: a project- or document-scoped API route that reads a body
// declares its access check in apiHandler, so the check runs before the body is read.

const apiRoot = path.resolve('app/api');

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

const readsBody = /\b(readJson|readBodyBytes|readFormData|streamBody|readBatchUpload)\(/;

describe('scoped API routes that read a body declare access first', () => {
  const scoped = routeFiles(apiRoot).filter(
    (file) => /\[(projectId|documentId)\]/.test(file) && readsBody.test(readFileSync(file, 'utf8')),
  );

  it('finds the upload routes', () => {
    expect(scoped.length).toBeGreaterThanOrEqual(15);
  });

  it.each(scoped.map((file) => [path.relative(apiRoot, file)]))('%s', (file) => {
    const text = readFileSync(path.join(apiRoot, file), 'utf8');
    // Each exported handler runs to the next export (or the end of the file), whatever the formatting.
    const bodyHandlers = [...text.matchAll(/export const (POST|PUT|PATCH) = apiHandler[\s\S]*?(?=\nexport const |$)/g)];
    expect(bodyHandlers.length).toBeGreaterThan(0);
    for (const handler of bodyHandlers) {
      if (readsBody.test(handler[0]))
        expect(handler[0], `${file} ${handler[1]}`).toMatch(/access: \{ (project|document): '[a-z:-]+' \}\s*\}?\s*,?\s*\);/);
    }
  });
});
