import 'server-only';
import crypto from 'node:crypto';
import { QA_CHECKS, type QaCheck, type QaOptions } from '@/lib/qa';
import { db } from '@/lib/server/db';

// What QA runs with for one project (decision 041): the checks its settings turn on, its languages and its
// glossary. `key` names all three, so counts kept for a document know when they were computed with others.

export interface ProjectQaOptions extends QaOptions {
  checks: QaCheck[];
  key: string;
}

export const enabledChecks = (stored: readonly string[]): QaCheck[] => QA_CHECKS.filter((check) => stored.includes(check));

export async function projectQaOptions(project: {
  id: string;
  sourceLang: string;
  targetLang: string;
  qaChecks: readonly string[];
}): Promise<ProjectQaOptions> {
  const checks = enabledChecks(project.qaChecks);
  const glossary = checks.includes('glossary')
    ? await db.glossaryEntry.findMany({ where: { projectId: project.id }, select: { source: true, target: true }, orderBy: { id: 'asc' } })
    : [];
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify([project.sourceLang, project.targetLang, checks]));
  for (const entry of glossary) hash.update(`${entry.source}\u0000${entry.target}\u0001`);
  return { sourceLang: project.sourceLang, targetLang: project.targetLang, checks, glossary, key: hash.digest('base64url').slice(0, 22) };
}
