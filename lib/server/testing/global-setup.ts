import { freshTestDatabase } from './test-database';

// Vitest global setup for integration tests: one fresh, migrated database per run. Workers start after
// this and inherit DATABASE_URL. The embedded server, if this run started it, stops at the end.
export default async function setup(): Promise<() => Promise<void>> {
  const database = await freshTestDatabase('bitext_test');
  process.env.DATABASE_URL = database.url;
  return () => database.stop();
}
