import { db } from '@/lib/server/db';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
}

/** The user behind a session or token, or null when the account is gone or deactivated. */
export async function loadActiveUser(id: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, isAdmin: true, active: true } });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}
