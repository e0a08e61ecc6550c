// The 2,000-bead document (200 paragraphs of 10 sentences a side) that the in-process operation profiles time
// operations on (bench/editor/op-profile.ts, bench/coedit/lock-profile.ts), in a database of their own.
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';

export async function profileDocument(databaseName: string) {
  const database = await freshTestDatabase(databaseName);
  env.DATABASE_URL = database.url; // before the server modules below open their pool
  const { makeTeam } = await import('../../lib/server/testing/factories');
  const { createDocument } = await import('../../lib/server/documents/create-document');
  const team = await makeTeam();
  const ko = Array.from({ length: 200 }, (_, p) =>
    Array.from({ length: 10 }, (_, i) => `서울시는 ${p * 10 + i + 1}번째 계획을 발표했다.`).join(' '),
  ).join('\n\n');
  const en = Array.from({ length: 200 }, (_, p) =>
    Array.from({ length: 10 }, (_, i) => `Seoul announced plan ${p * 10 + i + 1}.`).join(' '),
  ).join('\n\n');
  const { id } = await createDocument(team.editor, { projectId: team.project.id, title: 'profile', sourceText: ko, targetText: en });
  return { database, team, id };
}
