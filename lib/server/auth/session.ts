import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { userForSessionClaims, type SessionClaims, type SessionUser } from './load-user';
import { authOptions } from './options';

export type { SessionUser } from './load-user';

/**
 * The one session function. Reads the next-auth cookie and re-checks the user in the database, so a
 * deactivated account, a reset password, "sign out everywhere" or a sign-out ends the session at once, not
 * when its cookie expires (decision 016).
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  return userForSessionClaims(session);
});
