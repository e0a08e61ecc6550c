import 'server-only';
import { z } from 'zod';
import { audit } from '@/lib/server/audit';
import { endSessions } from '@/lib/server/auth/end-sessions';
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/server/auth/passwords';
import { clearSignInAttempts, lockedEmails } from '@/lib/server/auth/sign-in-throttle';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { requireSystemAdmin } from '@/lib/server/access';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`).max(200);

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address.'),
  name: z.string().trim().min(1, 'Enter a name.').max(120),
  password: passwordSchema,
  isAdmin: z.boolean().default(false),
});

export async function createUser(actor: SessionUser | null, input: z.input<typeof createUserSchema>): Promise<{ id: string }> {
  if (actor) requireSystemAdmin(actor);
  const data = createUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new AppError('ALREADY_EXISTS', `A user with the email ${data.email} already exists.`);
    }
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, passwordHash, isAdmin: data.isAdmin },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor?.id ?? null,
      action: 'user.create',
      target: user.id,
      after: { email: data.email, name: data.name, isAdmin: data.isAdmin },
    });
    return user;
  });
}

export async function setUserActive(actor: SessionUser, { userId, active }: { userId: string; active: boolean }): Promise<void> {
  requireSystemAdmin(actor);
  if (userId === actor.id && !active) throw new AppError('INVALID_INPUT', 'You cannot deactivate your own account.');
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true } });
    if (!user) throw new AppError('NOT_FOUND', 'That user was not found.');
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) {
      await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
      await endSessions(tx, userId);
    }
    await audit(tx, {
      actorId: actor.id,
      action: active ? 'user.activate' : 'user.deactivate',
      target: userId,
      before: { active: user.active },
      after: { active },
    });
  });
}

export async function resetPassword(actor: SessionUser, { userId, password }: { userId: string; password: string }): Promise<void> {
  requireSystemAdmin(actor);
  const passwordHash = await hashPassword(passwordSchema.parse(password));
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw new AppError('NOT_FOUND', 'That user was not found.');
    // Whoever knew the old password may hold a session or a token: both end with it (decision 016).
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    const revoked = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await clearSignInAttempts(user.email, tx);
    await audit(tx, { actorId: actor.id, action: 'user.reset-password', target: userId, after: { tokensRevoked: revoked.count } });
  });
}

export async function listUsers(actor: SessionUser) {
  requireSystemAdmin(actor);
  const users = await db.user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, active: true, isAdmin: true, createdAt: true },
  });
  const locked = await lockedEmails(users.map((u) => u.email));
  return users.map((u) => ({ ...u, locked: locked.has(u.email) }));
}
