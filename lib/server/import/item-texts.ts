import 'server-only';
import type { ItemText, ItemTextParams } from '@/lib/import/item-text';
import type { Prisma } from '@/lib/generated/prisma/client';

// An item's title and error as the batch views get them: the English text (old rows have only that) and, for rows
// written since decision 048, the catalog key and parameters the views render in the reader's language.

export const ITEM_TEXT_SELECT = {
  title: true,
  titleCode: true,
  titleParams: true,
  error: true,
  errorCode: true,
  errorParams: true,
} as const satisfies Prisma.ImportItemSelect;

interface StoredTexts {
  title: string;
  titleCode: string | null;
  titleParams: Prisma.JsonValue;
  error: string | null;
  errorCode: string | null;
  errorParams: Prisma.JsonValue;
}

function params(value: Prisma.JsonValue): ItemTextParams {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: ItemTextParams = {};
  for (const [key, v] of Object.entries(value)) if (typeof v === 'string' || typeof v === 'number') out[key] = v;
  return out;
}

const text = (code: string | null, stored: Prisma.JsonValue): ItemText | null => (code ? { code, params: params(stored) } : null);

export function itemTexts(stored: StoredTexts): {
  title: string;
  titleText: ItemText | null;
  error: string | null;
  errorText: ItemText | null;
} {
  return {
    title: stored.title,
    titleText: text(stored.titleCode, stored.titleParams),
    error: stored.error,
    errorText: text(stored.errorCode, stored.errorParams),
  };
}
