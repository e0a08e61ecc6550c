import { defineConfig } from 'prisma/config';

// The CLI reads DATABASE_URL only for commands that need a database (the app itself uses lib/env.ts).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/bitext' },
});
