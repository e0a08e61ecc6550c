import 'server-only';
import { z } from 'zod';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';

// A user's interface language (decision 030). `null` means "follow my browser" (Accept-Language), the
// default for every new account.
export const localeChoiceSchema = z.enum(LOCALES).nullable();

export interface SetUserLocaleOptions {
  userId: string;
  locale: Locale | null;
}

export async function setUserLocale(options: SetUserLocaleOptions): Promise<{ locale: Locale | null }> {
  const locale = localeChoiceSchema.parse(options.locale);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.userId }, data: { locale }, select: { id: true } });
    await audit(tx, { actorId: options.userId, action: 'user.locale', target: options.userId, after: { locale } });
    return { locale };
  });
}
