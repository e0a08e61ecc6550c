import { notFound, redirect } from 'next/navigation';
import { getSession, type SessionUser } from '@/lib/server/auth/session';
import { isAppError } from '@/lib/server/errors';

/** For server components: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Runs a page's data loader; a typed NOT_FOUND becomes the 404 page, FORBIDDEN returns 'forbidden'. */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T | 'forbidden'> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    if (isAppError(error) && error.code === 'FORBIDDEN') return 'forbidden';
    throw error;
  }
}
