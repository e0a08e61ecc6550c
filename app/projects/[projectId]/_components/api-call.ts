// Browser calls to the REST API (the session cookie authenticates them). One shape for every answer.
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

export async function apiCall<T>(url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, init);
    const body = (await response.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
    if (!response.ok) return { ok: false, status: response.status, message: body?.error?.message ?? `The server answered ${response.status}.` };
    return { ok: true, data: body as T };
  } catch {
    return { ok: false, status: 0, message: 'The server could not be reached. Check your connection; nothing was saved.' };
  }
}

export const postJson = <T,>(url: string, body: unknown) =>
  apiCall<T>(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
