import 'server-only';
import { db, type Tx } from '@/lib/server/db';

/**
 * Ends every browser session of a user ("sign out everywhere", password reset, deactivation): the next request
 * with an older session version is refused by getSession() (decision 016).
 */
export async function endSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

export async function signOutEverywhere(userId: string): Promise<void> {
  await db.$transaction((tx) => endSessions(tx, userId));
}

/**
 * Sign-out: records this browser session as ended until its cookie would have expired anyway, so the cookie
 * replayed is refused. Rows past that time are useless and go in the same transaction.
 */
export async function endSession(sid: string, expiresAt: Date): Promise<void> {
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.endedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: { expiresAt } }),
  ]);
}
