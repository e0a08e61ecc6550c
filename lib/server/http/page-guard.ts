import { notFound, redirect } from 'next/navigation';
import { getSession, type SessionUser } from '@/lib/server/auth/session';
import { isAppError } from '@/lib/server/errors';

/** For server components: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * Runs a page's data loader. A typed NOT_FOUND or FORBIDDEN becomes the 404 page with HTTP status 404: a page the
 * user may not open is answered exactly like one that does not exist, so it reveals nothing (decision 024).
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  }
}
