import 'server-only';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import type { Locale } from '@/lib/i18n/locales';

// Both catalogs are small (a few hundred strings), so they are bundled rather than loaded per request.
export type Messages = typeof en;
export const catalogs: Record<Locale, Messages> = { en, ko };
