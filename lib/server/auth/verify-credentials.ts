import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { verifyPassword } from './passwords';

// Shared by the sign-in form and the API token endpoint: one place that counts failures and locks.
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

// A real hash of a random password, so an unknown email costs the same time as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$011bV3ow9m3IRIdQ4hgHCA$uPUYHSygmQ6jKOLsuEG0iRmF19QxIxF/VoTbTfM1QLc';

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
}

export async function verifyCredentials(emailInput: string, password: string): Promise<VerifiedUser> {
  const email = emailInput.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !user.active) {
    await verifyPassword(DUMMY_HASH, password);
    throw new AppError('UNAUTHENTICATED', 'Wrong email or password.');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new AppError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failed = user.failedSignIns + 1;
    const lock = failed >= MAX_FAILED_SIGN_INS;
    await db.user.update({
      where: { id: user.id },
      data: { failedSignIns: lock ? 0 : failed, lockedUntil: lock ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null },
    });
    if (lock) throw new AppError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${LOCK_MINUTES} minutes.`);
    throw new AppError('UNAUTHENTICATED', 'Wrong email or password.');
  }
  if (user.failedSignIns > 0 || user.lockedUntil) {
    await db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
  }
  return { id: user.id, email: user.email, name: user.name };
}
