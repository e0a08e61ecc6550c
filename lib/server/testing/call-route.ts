import { NextRequest } from 'next/server';

// Calls an /api/v1 route handler the way Next does (a NextRequest and the decoded route params), so
// integration tests exercise the real wrapper, body readers and error mapping without a running server.

type Handler<P> = (req: NextRequest, route: { params: Promise<P> }) => Promise<Response>;

export interface RouteCall<P> {
  path: string;
  params?: P;
  method?: string;
  token?: string;
  /** A value is sent as JSON; bytes and FormData as they are. */
  body?: unknown;
  headers?: Record<string, string>;
}

export async function callRoute<P extends Record<string, string>>(
  handler: Handler<P>,
  call: RouteCall<P>,
): Promise<{
  status: number;
  headers: Headers;
  json: () => Promise<Record<string, unknown>>;
  text: () => Promise<string>;
  arrayBuffer: () => Promise<ArrayBuffer>;
}> {
  const headers: Record<string, string> = { ...(call.token ? { authorization: `Bearer ${call.token}` } : {}), ...call.headers };
  let body: BodyInit | undefined;
  if (call.body instanceof Uint8Array || call.body instanceof FormData || typeof call.body === 'string') body = call.body as BodyInit;
  else if (call.body !== undefined) {
    body = JSON.stringify(call.body);
    headers['content-type'] ??= 'application/json';
  }
  const req = new NextRequest(`http://127.0.0.1${call.path}`, {
    method: call.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const res = await handler(req, { params: Promise.resolve(call.params ?? ({} as P)) });
  return {
    status: res.status,
    headers: res.headers,
    json: async () => (await res.json()) as Record<string, unknown>,
    text: () => res.text(),
    arrayBuffer: () => res.arrayBuffer(),
  };
}
