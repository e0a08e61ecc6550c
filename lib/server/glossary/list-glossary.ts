import 'server-only';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { glossarySelect, type GlossaryEntryView } from './glossary-schema';

export const DEFAULT_GLOSSARY_PAGE = 500;
export const MAX_GLOSSARY_PAGE = 5_000;

/** Every member may read the glossary. Sorted by source term; `q` matches either side, ignoring case. */
export async function listGlossary(
  actor: SessionUser,
  input: { projectId: string; q?: string | null; limit?: number },
): Promise<{ entries: GlossaryEntryView[]; total: number; matching: number }> {
  await projectAccess(actor, input.projectId, 'project:read');
  const q = input.q?.trim().slice(0, 200);
  const limit = Math.min(Math.max(1, Math.floor(input.limit ?? DEFAULT_GLOSSARY_PAGE)), MAX_GLOSSARY_PAGE);
  const where = {
    projectId: input.projectId,
    ...(q
      ? { OR: [{ source: { contains: q, mode: 'insensitive' as const } }, { target: { contains: q, mode: 'insensitive' as const } }] }
      : {}),
  };
  const [entries, total, matching] = await Promise.all([
    db.glossaryEntry.findMany({
      where,
      orderBy: [{ source: 'asc' }, { target: 'asc' }, { id: 'asc' }],
      take: limit,
      select: glossarySelect,
    }),
    db.glossaryEntry.count({ where: { projectId: input.projectId } }),
    q ? db.glossaryEntry.count({ where }) : Promise.resolve(-1),
  ]);
  return { entries, total, matching: matching < 0 ? total : matching };
}
