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
 * Runs a page's data loader; a typed NOT_FOUND becomes the 404 page, FORBIDDEN returns 'forbidden'. An id in
 * the path the database refuses (NUL, decision 018) is INVALID_INPUT: no such page, so also the 404 page.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T | 'forbidden'> {
  try {
    return await load();
  } catch (error) {
    const known = toAppError(error);
    if (known?.code === 'NOT_FOUND' || known?.code === 'INVALID_INPUT') notFound();
    if (known?.code === 'FORBIDDEN') return 'forbidden';
    throw error;
  }
}
