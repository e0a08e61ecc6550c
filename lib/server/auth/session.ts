import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { loadActiveUser, type SessionUser } from './load-user';
import { authOptions } from './options';

export type { SessionUser } from './load-user';

/**
 * The one session function. Reads the next-auth cookie and re-checks the user in the database, so a
 * deactivated account loses access at once, not when its cookie expires.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return loadActiveUser(id);
});
