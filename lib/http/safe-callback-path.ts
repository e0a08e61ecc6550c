// Where to send someone after sign-in. The value comes from the URL (`?callbackUrl=`), so it is hostile until
// proven otherwise: `/\evil.example`, `/%09/evil.example`, `//evil.example` and `https://evil.example` all look
// like paths to a prefix check but leave the site once a browser resolves them. So resolve it the way the
// browser will (WHATWG URL against our origin), keep it only when the origin is still ours, and hand back
// the path alone so nothing later can re-read it as a host.

export const SAFE_FALLBACK_PATH = '/';

export function safeCallbackPath(value: string | null | undefined, origin: string, fallback = SAFE_FALLBACK_PATH): string {
  if (!value) return fallback;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as a host again.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  return path;
}
