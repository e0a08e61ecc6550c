import 'server-only';
import { env } from '@/lib/env';

// The origins a browser can legitimately be on when it talks to this app: the configured public URL
// (NEXTAUTH_URL, what links and redirects use) and the host the request itself was sent to (the dev server
// answers at localhost, 127.0.0.1 and the network address alike). A page on another site cannot choose the
// Host a browser sends, so it cannot make its own origin appear in this list.

/** `scheme://host` of the request as the browser addressed it, or null without a usable Host header. */
export function requestOrigin(headers: Headers, protocol: string): string | null {
  const host = headers.get('host');
  if (!host || !/^[a-z0-9.\-[\]:]+$/i.test(host)) return null;
  return `${protocol.replace(/:?$/, ':')}//${host}`;
}

export function appOrigins(headers: Headers, protocol: string): string[] {
  const origins: string[] = [];
  if (env.NEXTAUTH_URL) origins.push(new URL(env.NEXTAUTH_URL).origin);
  const own = requestOrigin(headers, protocol);
  if (own) origins.push(own);
  return origins;
}

/** The origin redirects are resolved against: the public URL when configured, else the request's own. */
export function primaryAppOrigin(headers: Headers, protocol = 'http:'): string {
  return appOrigins(headers, protocol)[0] ?? 'http://localhost';
}
