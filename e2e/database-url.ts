import path from 'node:path';

// The e2e server (scripts/e2e-server.ts) makes a fresh database per port and writes its URL to this file, so the
// test process can reach the same database for the factory work the API has no endpoint for (adding members,
// removing a test's project). Under .data/, which git ignores.
export function databaseUrlFile(port: number): string {
  return path.resolve('.data', `e2e-${port}.database-url`);
}
