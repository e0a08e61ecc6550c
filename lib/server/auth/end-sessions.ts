import { db, type Tx } from '@/lib/server/db';

/**
 * Ends every browser session of a user: the next request with an older session version is refused by
 * getSession(). Used on sign-out, password reset and deactivation (decision 016).
 */
export async function endSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Sign-out: ends the user's sessions only when the cookie signing out is still current, so replaying an
 * old cookie to the sign-out endpoint cannot throw out a session started after it.
 */
export async function signOutEverywhere(userId: string, sessionVersion: number): Promise<boolean> {
  const result = await db.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
  return result.count === 1;
}
