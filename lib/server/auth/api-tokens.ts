import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import type { SessionUser } from './load-user';
import { isLocale } from '@/lib/i18n/locales';

// Personal API tokens: shown once, stored as a SHA-256 hash (they are long random strings, so a fast hash
// is enough), named, optionally expiring, revocable; revoked on password reset and deactivation (decision 016).
const PREFIX = 'bd_';
/** lastUsedAt is written at most this often per token, so a busy script does not cost a write per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export const createTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the token a name.')
    .max(100, 'Token names have at most 100 characters.')
    .regex(/^[^\p{Cc}]*$/u, 'Token names cannot contain control characters.')
    .default('api'),
  expiresInDays: z
    .number()
    .int('Expiry is a whole number of days.')
    .min(1, 'Expiry is 1 to 3650 days.')
    .max(3650, 'Expiry is 1 to 3650 days.')
    .optional(),
});

export interface CreatedToken {
  id: string;
  token: string;
  name: string;
  expiresAt: Date | null;
}

export async function createApiToken(userId: string, input: z.input<typeof createTokenSchema> = {}): Promise<CreatedToken> {
  const data = createTokenSchema.parse(input);
  const token = PREFIX + crypto.randomBytes(24).toString('base64url');
  const expiresAt = data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null;
  const row = await db.apiToken.create({
    data: { userId, name: data.name, tokenHash: hashToken(token), prefix: token.slice(0, 8), expiresAt },
    select: { id: true, name: true, expiresAt: true },
  });
  return { ...row, token };
}

/** The active user behind a token, or null for an unknown, revoked or expired token or a deactivated user. */
export async function userForApiToken(token: string): Promise<SessionUser | null> {
  if (!token.startsWith(PREFIX)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, isAdmin: true, active: true, locale: true } },
    },
  });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !row.user.active) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt <= stale) {
    // Conditional, so parallel requests of one token write once between them.
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] },
      data: { lastUsedAt: now },
    });
  }
  const { id, email, name, isAdmin, locale } = row.user;
  return { id, email, name, isAdmin, locale: isLocale(locale) ? locale : null };
}

/** The caller's tokens that still work or were working until they expired (revoked ones are gone). */
export async function listApiTokens(userId: string) {
  return db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true },
  });
}

export async function revokeApiToken(userId: string, tokenId: string): Promise<boolean> {
  const result = await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return result.count === 1;
}
