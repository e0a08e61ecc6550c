'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/http/run-action';
import { createUser, resetPassword, setUserActive } from '@/lib/server/users/manage-users';

export async function createUserAction(input: { email: string; name: string; password: string; isAdmin: boolean }) {
  const result = await runAction((user) => createUser(user, input), [input]);
  if (result.ok) revalidatePath('/admin');
  return result;
}

export async function setUserActiveAction(userId: string, active: boolean) {
  const result = await runAction((user) => setUserActive(user, { userId, active }), [userId, active]);
  if (result.ok) revalidatePath('/admin');
  return result;
}

export async function resetPasswordAction(userId: string, password: string) {
  return runAction((user) => resetPassword(user, { userId, password }), [userId, password]);
}
