import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getSession, type SessionUser } from '@/lib/server/auth/session';
import { toAppError } from '@/lib/server/errors';

/** For server components: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Runs a page's data loader. A typed NOT_FOUND or FORBIDDEN becomes the 404 page with HTTP status 404: a page the
 * user may not open is answered exactly like one that does not exist, so it reveals nothing (decision 024). An id
 * in the path the database refuses (NUL, decision 018) is INVALID_INPUT: no such page, so also the 404 page.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const known = toAppError(error);
    if (known?.code === 'NOT_FOUND' || known?.code === 'FORBIDDEN' || known?.code === 'INVALID_INPUT') notFound();
    throw error;
  }
}
