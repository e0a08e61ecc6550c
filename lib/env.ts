import { z } from 'zod';

// The only place that reads process.env (house style, habit 5). Validated once, with clear messages.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgresql:// URL').optional(),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Seed demo accounts and documents into an empty database ("1" in development and demo mode). */
  BITEXT_DEMO: z.enum(['0', '1']).optional(),
  /** Port of the embedded PostgreSQL used when DATABASE_URL is unset. */
  BITEXT_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Database name on the embedded PostgreSQL. */
  BITEXT_PG_DATABASE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('bitext'),
  /** Where the embedded PostgreSQL and the generated auth secret live. */
  BITEXT_DATA_DIR: z.string().default('.data'),
  /** Port the web app listens on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Comma-separated hosts that URL import may fetch even though they are private (tests: 127.0.0.1). */
  BITEXT_FETCH_ALLOW_HOSTS: z.string().default(''),
  /**
   * Background jobs (imports, realign of long documents): `inline` runs a pg-boss worker inside each web process
   * (the default, so `npm run dev` and `npm start` need nothing else); `off` leaves them to `npm run worker`
   * processes (docs/deploy.md).
   */
  BITEXT_WORKERS: z.enum(['inline', 'off']).default('inline'),
  /** Directory with pg_dump and pg_restore for `npm run db:backup-check` when PATH holds older ones. */
  BITEXT_PG_BIN: z.string().optional(),
  /** Connections a TMX import writes its chunks through at once (decision 053); 1 to 4. */
  BITEXT_TMX_WRITERS: z.coerce.number().int().min(1).max(4).default(2),
  /** Session lifetime in hours. */
  BITEXT_SESSION_HOURS: z.coerce.number().positive().default(12),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env: Env = load();

/** Demo data is seeded only when asked for, or in development; never silently in production. */
export function demoModeEnabled(): boolean {
  if (env.BITEXT_DEMO) return env.BITEXT_DEMO === '1';
  return env.NODE_ENV === 'development';
}

export function databaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.');
  }
  return env.DATABASE_URL;
}
