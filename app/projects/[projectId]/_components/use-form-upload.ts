'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { callApi, failureText } from '@/lib/http/api-outcome';

/** Posts a form (files included) to an API route and parses the answer, with the pending flag and error message the form shows. */
export function useFormUpload<T>(
  url: string,
  schema: z.ZodType<T>,
  handlers: { onStart?: () => void; onDone: (data: T) => void | Promise<void> },
) {
  const tApi = useTranslations('api');
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    handlers.onStart?.();
    const result = await callApi(url, schema, { method: 'POST', body: new FormData(event.currentTarget) });
    setPending(false);
    if (!result.ok) return setError(failureText(result, tApi));
    await handlers.onDone(result.data);
  }

  return { error, pending, onSubmit };
}
