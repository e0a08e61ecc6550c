// The Content-Security-Policy of every page (decision 015). Scripts run only with the per-request nonce the
// proxy hands to Next ('strict-dynamic' lets Next's own chunk loader add further scripts); nothing may frame
// the app; forms and the base URL stay on this origin. Styles allow inline because the app sets `style`
// attributes and those cannot carry a nonce; style injection cannot run script.

export interface CspOptions {
  nonce: string;
  /** React needs eval in development for its debugging tools, never in production. */
  development: boolean;
  /** Served over https: ask the browser to upgrade any stray http sub-resource. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, development, https }: CspOptions): string {
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(nonce)) throw new Error('A CSP nonce must be base64.');
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}
