import 'server-only';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/server/db';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  /** The interface language the user chose; null (or absent) follows the browser (decision 030). */
  locale?: Locale | null;
}

/**
 * The user behind a session or token, or null when the account is gone or deactivated — or, for a browser
 * session, when the cookie's session version is no longer the user's (signed out, password reset,
 * deactivated since; decision 016).
 */
export async function loadActiveUser(id: string, sessionVersion?: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, isAdmin: true, active: true, sessionVersion: true, locale: true },
  });
  if (!user || !user.active) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, locale: isLocale(user.locale) ? user.locale : null };
}

export interface SessionClaims {
  uid?: unknown;
  sv?: unknown;
  sid?: unknown;
}

/**
 * The claims next-auth's session callback passes on (see options.ts): the user, the user's session version
 * at sign-in, and this browser session's id, which signing out records as ended. Anything else is no session.
 */
export async function userForSessionClaims(claims: SessionClaims | null | undefined): Promise<SessionUser | null> {
  if (!claims || typeof claims.uid !== 'string' || typeof claims.sv !== 'number' || typeof claims.sid !== 'string') return null;
  const [user, ended] = await Promise.all([
    loadActiveUser(claims.uid, claims.sv),
    db.endedSession.findUnique({ where: { sid: claims.sid }, select: { sid: true } }),
  ]);
  return ended ? null : user;
}
