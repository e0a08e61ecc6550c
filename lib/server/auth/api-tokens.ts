import crypto from 'node:crypto';
import { db } from '@/lib/server/db';
import { loadActiveUser, type SessionUser } from './load-user';

// Personal API tokens: shown once, stored as a SHA-256 hash (they are long random strings, so a fast hash
// is enough), revocable.
const PREFIX = 'bd_';

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export async function createApiToken(userId: string, name = 'api'): Promise<{ id: string; token: string }> {
  const token = PREFIX + crypto.randomBytes(24).toString('base64url');
  const row = await db.apiToken.create({ data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 8) } });
  return { id: row.id, token };
}

export async function userForApiToken(token: string): Promise<SessionUser | null> {
  if (!token.startsWith(PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return loadActiveUser(row.userId);
}

export async function revokeApiToken(userId: string, tokenId: string): Promise<boolean> {
  const result = await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return result.count === 1;
}
