'use client';

import { useState, type FormEvent } from 'react';
import { apiCall } from './api-call';

/** Posts a form (files included) to an API route, with the pending flag and error message the form shows. */
export function useFormUpload<T>(url: string, handlers: { onStart?: () => void; onDone: (data: T) => void | Promise<void> }) {
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    handlers.onStart?.();
    const result = await apiCall<T>(url, { method: 'POST', body: new FormData(event.currentTarget) });
    setPending(false);
    if (!result.ok) return setError(result.message);
    await handlers.onDone(result.data);
  }

  return { error, pending, onSubmit };
}
