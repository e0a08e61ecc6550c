import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/server/errors';
import type { ArticleSource } from '@/lib/server/import/resolve-article';

// One side of an article as the API takes it, for an import (POST /projects/{id}/documents) and a revision
// (POST /documents/{id}/revisions) alike: JSON `{text, url?}` or `{url}`, or multipart fields `<side>` (a file),
// `<side>Url` or `<side>Text`. One reader, so the two paths accept exactly the same sides.

export const articleSideSchema = z.union([
  z.object({ text: z.string(), url: z.string().max(2000).nullish() }),
  z.object({ url: z.string().min(1).max(2000) }),
]);

/** The side named `name` in a multipart form, or null when the form has none of its three fields. */
export async function formSide(form: FormData, name: 'source' | 'target'): Promise<ArticleSource | null> {
  const file = form.get(name);
  if (file instanceof File)
    return { file: { fileName: file.name, contentType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } };
  const url = form.get(`${name}Url`);
  if (typeof url === 'string' && url.trim()) return { url };
  const text = form.get(`${name}Text`);
  if (typeof text === 'string') return { text };
  return null;
}

/** The side named `name`, which the form must have. */
export async function requiredFormSide(form: FormData, name: 'source' | 'target'): Promise<ArticleSource> {
  const side = await formSide(form, name);
  if (side) return side;
  throw new AppError('INVALID_INPUT', `Give the ${name} as a file field "${name}", a "${name}Url" or a "${name}Text".`);
}
