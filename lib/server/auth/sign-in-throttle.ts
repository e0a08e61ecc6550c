import 'server-only';
import crypto from 'node:crypto';
import { db, type Tx } from '@/lib/server/db';

// Failed sign-ins are counted per normalized email in SignInThrottle, for known and unknown emails alike, so
// the 401/429 pattern says nothing about which accounts exist (decision 016). A password is checked only
// after a claim has been taken in one atomic statement; parallel guesses cannot all read "4 failures so far".
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;
/** Failures older than this, with no lock running, are forgotten: a typo last month does not count today. */
export const FAILURE_WINDOW_HOURS = 24;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Emails are stored hashed: the table also holds addresses that have no account (typos, guesses). */
export function emailKey(email: string): string {
  return crypto.createHash('sha256').update(normalizeEmail(email)).digest('hex');
}

export interface SignInClaim {
  /** Whether this attempt may check a password at all. */
  allowed: boolean;
  /** Claims taken since the last success or the end of the last lock, this one included. */
  attempts: number;
  lockedUntil: Date | null;
}

/**
 * Takes one attempt from the email's budget. One INSERT … ON CONFLICT DO UPDATE … RETURNING: PostgreSQL
 * locks the row for the update, so of any number of parallel attempts exactly MAX_FAILED_SIGN_INS see
 * `attempts <= MAX`; the claim that reaches MAX starts the lock. An expired lock starts a fresh budget.
 * Times are UTC `timestamp(3)`, as Prisma stores them.
 */
export async function claimSignInAttempt(email: string): Promise<SignInClaim> {
  const rows = await db.$queryRaw<{ attempts: number; lockedUntil: Date | null }[]>`
    INSERT INTO "SignInThrottle" AS t ("emailHash", "attempts", "lockedUntil", "updatedAt")
    VALUES (${emailKey(email)}, 1, NULL, now() AT TIME ZONE 'UTC')
    ON CONFLICT ("emailHash") DO UPDATE SET
      "attempts" = CASE
        WHEN t."lockedUntil" IS NOT NULL AND t."lockedUntil" <= now() AT TIME ZONE 'UTC' THEN 1
        WHEN t."lockedUntil" IS NULL
          AND t."updatedAt" <= now() AT TIME ZONE 'UTC' - make_interval(hours => ${FAILURE_WINDOW_HOURS}) THEN 1
        ELSE LEAST(t."attempts" + 1, ${MAX_FAILED_SIGN_INS + 1}) END,
      "lockedUntil" = CASE
        WHEN t."lockedUntil" IS NOT NULL AND t."lockedUntil" <= now() AT TIME ZONE 'UTC' THEN NULL
        WHEN t."lockedUntil" IS NULL
          AND t."updatedAt" <= now() AT TIME ZONE 'UTC' - make_interval(hours => ${FAILURE_WINDOW_HOURS}) THEN NULL
        WHEN t."lockedUntil" IS NULL AND t."attempts" + 1 >= ${MAX_FAILED_SIGN_INS}
          THEN now() AT TIME ZONE 'UTC' + make_interval(mins => ${LOCK_MINUTES})
        ELSE t."lockedUntil" END,
      "updatedAt" = now() AT TIME ZONE 'UTC'
    RETURNING "attempts", "lockedUntil"`;
  const row = rows[0];
  return { allowed: row.attempts <= MAX_FAILED_SIGN_INS, attempts: row.attempts, lockedUntil: row.lockedUntil };
}

/** A successful sign-in (or an admin's password reset) gives the email its full budget back. */
export async function clearSignInAttempts(email: string, tx: Tx | typeof db = db): Promise<void> {
  await tx.signInThrottle.deleteMany({ where: { emailHash: emailKey(email) } });
}

/** For the admin page: which of these emails are locked right now. */
export async function lockedEmails(emails: string[]): Promise<Set<string>> {
  const byKey = new Map(emails.map((e) => [emailKey(e), e]));
  const rows = await db.signInThrottle.findMany({
    where: { emailHash: { in: [...byKey.keys()] }, lockedUntil: { gt: new Date() } },
    select: { emailHash: true },
  });
  return new Set(rows.map((r) => byKey.get(r.emailHash)!));
}

/**
 * Forgets throttle rows that no longer matter: no lock running and no failure within the window. Without it
 * the table keeps one row for every email ever mistyped or guessed. Run by the housekeeping sweep.
 */
export async function pruneSignInThrottle(): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "SignInThrottle"
    WHERE ("lockedUntil" IS NULL OR "lockedUntil" <= now() AT TIME ZONE 'UTC')
      AND "updatedAt" <= now() AT TIME ZONE 'UTC' - make_interval(hours => ${FAILURE_WINDOW_HOURS})`;
}
