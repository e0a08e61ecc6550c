import 'server-only';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { verifyPassword } from './passwords';
import { claimSignInAttempt, clearSignInAttempts, LOCK_MINUTES, MAX_FAILED_SIGN_INS, normalizeEmail } from './sign-in-throttle';

export { LOCK_MINUTES, MAX_FAILED_SIGN_INS } from './sign-in-throttle';

// Shared by the sign-in form and the API token endpoint: one place that counts failures and locks.

// A real hash of a random password, so an unknown email costs the same time as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$011bV3ow9m3IRIdQ4hgHCA$uPUYHSygmQ6jKOLsuEG0iRmF19QxIxF/VoTbTfM1QLc';

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
  /** Written into the session cookie; see getSession(). */
  sessionVersion: number;
}

export interface VerifyOptions {
  /** The password check; tests pass a counting wrapper to prove how many guesses were evaluated. */
  verify?: (passwordHash: string, password: string) => Promise<boolean>;
}

function locked(until: Date | null): AppError {
  const minutes = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) : LOCK_MINUTES;
  return new AppError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

const wrong = () => new AppError('UNAUTHENTICATED', 'Wrong email or password.');

export async function verifyCredentials(emailInput: string, password: string, opts: VerifyOptions = {}): Promise<VerifiedUser> {
  const verify = opts.verify ?? verifyPassword;
  const email = normalizeEmail(emailInput);
  // The claim comes first and is the same for every email, known or not: the budget is spent before any
  // password is hashed, so parallel guesses beyond it are refused without being evaluated.
  const claim = await claimSignInAttempt(email);
  if (!claim.allowed) throw locked(claim.lockedUntil);
  // No account has an email with a NUL byte (PostgreSQL cannot even store one): such a guess is a miss.
  const user = email.includes('\u0000')
    ? null
    : await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, active: true, passwordHash: true, sessionVersion: true },
      });
  const ok = await verify(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.active || !ok) {
    if (claim.attempts >= MAX_FAILED_SIGN_INS) throw locked(claim.lockedUntil);
    throw wrong();
  }
  await clearSignInAttempts(email);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
