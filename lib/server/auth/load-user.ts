import { db } from '@/lib/server/db';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
}

/**
 * The user behind a session or token, or null when the account is gone or deactivated — or, for a browser
 * session, when the cookie's session version is no longer the user's (signed out, password reset,
 * deactivated since; decision 016).
 */
export async function loadActiveUser(id: string, sessionVersion?: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, isAdmin: true, active: true, sessionVersion: true } });
  if (!user || !user.active) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}

/** The claims next-auth's session callback passes on (see options.ts); anything else is no session. */
export function userForSessionClaims(claims: { uid?: unknown; sv?: unknown } | null | undefined): Promise<SessionUser | null> {
  if (!claims || typeof claims.uid !== 'string' || typeof claims.sv !== 'number') return Promise.resolve(null);
  return loadActiveUser(claims.uid, claims.sv);
}
