import crypto from 'node:crypto';
import fs from 'node:fs';
import { hash } from '@node-rs/argon2';
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import pg from 'pg';
import { databaseUrlFile } from './database-url';
import { DEMO_PASSWORD, apiToken, appOrigin, bearer, demo, e2ePort } from './fixtures';

// Test data of a spec's own (decision 032). `desk` is a new project per test, made by the demo admin through the
// API, with the demo editor and reviewer as members; documents are imported into it through the API, so the
// engine aligns them as it does for users. When the test ends, the project and everything in it is deleted,
// whether the test passed or not. Signing in stays with the demo accounts (cheap, and the names in the UI are
// known); nothing a test changes is shared with another test or the demo project.

export type DemoRole = keyof typeof demo;

/** The document as GET /api/v1/documents/{id} answers (the fields specs read). */
export interface Doc {
  version: number;
  status: string;
  source: { id: string; text: string }[];
  target: { id: string; text: string }[];
  beads: { id: string; source: string[]; target: string[]; status: string; moved?: boolean }[];
}

export interface Pair {
  projectId: string;
  id: string;
  title: string;
  /** The editor page of the document. */
  path: string;
}

export interface PairInput {
  title: string;
  /** Sentences (joined with a space) or a whole text. */
  source: string | readonly string[];
  target: string | readonly string[];
}

/** A user made for one test (password DEMO_PASSWORD), deleted after it. */
export interface TestUser {
  id: string;
  email: string;
  name: string;
}

export interface Desk {
  projectId: string;
  name: string;
  /** The project page. */
  path: string;
  /** An API token of a demo account (made once per worker). */
  token(as?: DemoRole): Promise<string>;
  /** Imports a pair as the editor; with `shape`, checks the engine's alignment ("1:1", "2:1", … per bead). */
  importPair(input: PairInput, opts?: { shape?: readonly string[]; as?: DemoRole }): Promise<Pair>;
  load(documentId: string, as?: DemoRole): Promise<Doc>;
  /** Applies an editor operation on the current version; returns the new version. */
  operate(documentId: string, operation: object, as?: DemoRole): Promise<number>;
  /** POST with a demo account's token; fails the test unless the answer is 2xx. */
  post(path: string, data: object, as?: DemoRole): Promise<unknown>;
  /** A new project of the demo admin's that the desk's editor and reviewer are not members of; deleted with the desk. */
  otherProject(): Promise<string>;
  /** A new account for this test only, optionally a member of the desk's project. */
  user(opts?: { role?: 'admin' | 'editor' | 'reviewer' | 'viewer'; name?: string }): Promise<TestUser>;
}

/** Five plain sentences each way that the engine aligns 1:1 (the editor specs start from this and misalign it). */
export const nightBuses = {
  source: [
    '서울시는 2025년 3월 1일부터 심야버스 3개 노선을 운행한다.',
    '요금은 1,500원이다.',
    '정부는 이 사업에 120억원을 투자했다.',
    '첫 노선은 강남역에서 출발한다.',
    '시는 이용객 2만명을 예상한다.',
  ],
  target: [
    'Seoul will run three late-night bus routes from March 1, 2025.',
    'The fare is 1,500 won.',
    'The government invested 12 billion won in the project.',
    'The first route starts at Gangnam Station.',
    'The city expects 20,000 riders.',
  ],
  shape: ['1:1', '1:1', '1:1', '1:1', '1:1'],
} as const;

/**
 * Five sentences each way, aligned 1:1, where two beads disagree (translation QA, decision 041): bead 2 has
 * 4만2천 against "24,000" (a number), bead 4 the 27th against "the 26th" (a date). The rest agree.
 */
export const qaDisagreement = {
  source: [
    '서울시는 심야버스 3개 노선을 운행한다.',
    '첫날 4만2천 명이 버스를 탔다.',
    '요금은 1,500원이다.',
    '개통식은 27일 열렸다.',
    '시는 이용객이 늘 것으로 본다.',
  ],
  target: [
    'Seoul runs three late-night bus routes.',
    'Some 24,000 people rode the buses on the first day.',
    'The fare is 1,500 won.',
    'The opening ceremony was held on the 26th.',
    'The city expects more riders.',
  ],
  shape: ['1:1', '1:1', '1:1', '1:1', '1:1'],
  /** The beads (1-based) with a flag, and the words each marks on either side. */
  flagged: { 2: ['4만2천', '24,000'], 4: ['27', '26th'] },
} as const;

export const shapeOf = (doc: Doc): string[] => doc.beads.map((b) => `${b.source.length}:${b.target.length}`);

const text = (value: string | readonly string[]) => (typeof value === 'string' ? value : value.join(' '));

function databaseUrl(): string {
  const file = databaseUrlFile(e2ePort);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: the e2e server (scripts/e2e-server.ts) writes it on start`);
  return fs.readFileSync(file, 'utf8').trim();
}

/** Deletes projects and users a test made (the schema cascades to documents, members, glossary and batches). */
async function remove(database: pg.Client, projectIds: string[], userIds: string[]): Promise<void> {
  await database.query('BEGIN');
  try {
    // Project-level audit rows have no foreign key to the project; document-level ones cascade with the document.
    await database.query('DELETE FROM "AuditEvent" WHERE "projectId" = ANY($1)', [projectIds]);
    await database.query('DELETE FROM "Project" WHERE id = ANY($1)', [projectIds]);
    await database.query('DELETE FROM "User" WHERE id = ANY($1)', [userIds]);
    await database.query('COMMIT');
  } catch (error) {
    await database.query('ROLLBACK');
    throw error;
  }
}

async function addMember(database: pg.Client, projectId: string, email: string, role: string): Promise<void> {
  const added = await database.query(
    'INSERT INTO "Membership" (id, "projectId", "userId", role) SELECT $1, $2, id, $4::"Role" FROM "User" WHERE email = $3',
    [`e2e-${crypto.randomUUID()}`, projectId, email, role],
  );
  expect(added.rowCount, `member ${email}`).toBe(1);
}

async function createProject(request: APIRequestContext, token: string, name: string): Promise<string> {
  const created = await request.post('/api/v1/projects', { headers: bearer(token), data: { name, sourceLang: 'ko', targetLang: 'en' } });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

// Playwright's `use` is named `provide` here: the React hooks lint rule takes a function called `use` for a hook.
export const test = base.extend<{ desk: Desk }, { database: pg.Client; demoToken: (as: DemoRole) => Promise<string> }>({
  database: [
    async ({}, provide) => {
      const client = new pg.Client({ connectionString: databaseUrl() });
      await client.connect();
      await provide(client);
      await client.end();
    },
    { scope: 'worker' },
  ],

  // argon2 on every token request is slow on a busy machine: one token per demo account and worker.
  demoToken: [
    async ({ playwright }, provide) => {
      const request = await playwright.request.newContext({ baseURL: appOrigin });
      const tokens = new Map<DemoRole, Promise<string>>();
      await provide((as) => {
        if (!tokens.has(as)) tokens.set(as, apiToken(request, demo[as]));
        return tokens.get(as)!;
      });
      await request.dispose();
    },
    { scope: 'worker' },
  ],

  desk: async ({ request, database, demoToken }, provide, testInfo) => {
    const projects: string[] = [];
    const users: string[] = [];
    const tag = crypto.randomBytes(3).toString('hex');
    const name = `E2E ${testInfo.title.slice(0, 60)} ${tag}`;
    const projectId = await createProject(request, await demoToken('admin'), name);
    projects.push(projectId);

    const load = async (documentId: string, as: DemoRole = 'editor'): Promise<Doc> => {
      const response = await request.get(`/api/v1/documents/${documentId}`, { headers: bearer(await demoToken(as)) });
      expect(response.status(), await response.text()).toBe(200);
      return (await response.json()) as Doc;
    };
    const post = async (path: string, data: object, as: DemoRole = 'editor'): Promise<unknown> => {
      const response = await request.post(path, { headers: bearer(await demoToken(as)), data });
      expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
      return response.json();
    };

    const desk: Desk = {
      projectId,
      name,
      path: `/projects/${projectId}`,
      token: (as = 'editor') => demoToken(as),
      load,
      post,
      async importPair(input, opts = {}) {
        const { id } = (await post(
          `/api/v1/projects/${projectId}/documents`,
          { title: input.title, source: { text: text(input.source) }, target: { text: text(input.target) } },
          opts.as,
        )) as { id: string };
        if (opts.shape) expect(shapeOf(await load(id)), 'the engine aligns this pair as expected').toEqual(opts.shape);
        return { projectId, id, title: input.title, path: `/projects/${projectId}/documents/${id}` };
      },
      async operate(documentId, operation, as = 'editor') {
        const { version } = await load(documentId, as);
        return ((await post(`/api/v1/documents/${documentId}/operations`, { baseVersion: version, operation }, as)) as { version: number })
          .version;
      },
      async otherProject() {
        const id = await createProject(request, await demoToken('admin'), `E2E other desk ${tag}`);
        projects.push(id);
        return id;
      },
      async user(opts = {}) {
        const id = `e2e-${crypto.randomUUID()}`;
        const email = `user-${tag}-${users.length + 1}@e2e.example`;
        const userName = opts.name ?? `Test User ${tag}`;
        await database.query('INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())', [
          id,
          email,
          userName,
          await hash(DEMO_PASSWORD),
        ]);
        users.push(id);
        if (opts.role) await addMember(database, projectId, email, opts.role);
        return { id, email, name: userName };
      },
    };
    try {
      await addMember(database, projectId, demo.editor, 'editor');
      await addMember(database, projectId, demo.reviewer, 'reviewer');
      await provide(desk);
    } finally {
      await remove(database, projects, users);
    }
  },
});

export { expect };
