// What bench:editor, open-profile and bench:coedit share: the production server on its own port and database, a signed-in API
// token, and a 2,000-bead document made of generated Korean–English sentence pairs.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';

// BENCH_PORT: several checkouts on one machine each bench their own server.
export const PORT = Number(process.env.BENCH_PORT ?? 3900);
export const BASE = `http://127.0.0.1:${PORT}`;
export const BEADS = 2000;
export const EDITOR = { email: 'editor@example.com', password: 'bitext-demo-2026' };

const subjects = ['서울시', '정부', '한국은행', '부산시', '노조', '기업'];
const verbs = [
  ['발표했다', 'announced'],
  ['밝혔다', 'said'],
  ['결정했다', 'decided'],
  ['승인했다', 'approved'],
];
function sentencePair(i: number): [string, string] {
  const [ko, en] = verbs[i % verbs.length];
  const subjectEn = ['Seoul', 'The government', 'The Bank of Korea', 'Busan', 'The union', 'The company'][i % subjects.length];
  return [
    `${subjects[i % subjects.length]}는 ${i + 1}번째 계획에 ${((i * 37) % 900) + 100}억원을 쓰기로 ${ko}.`,
    `${subjectEn} ${en} it would spend ${(((i * 37) % 900) + 100) / 10} billion won on plan ${i + 1}.`,
  ];
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start at ${url}`);
}

/** The production build behind scripts/e2e-server.ts (a fresh database per port, demo data seeded). */
export async function startServer(): Promise<ChildProcess> {
  if (!fs.existsSync(`${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`)) throw new Error('Run `npm run build` first.');
  const server = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/e2e-server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(PORT),
      BITEXT_DEMO: '1',
      NEXTAUTH_SECRET: 'bench-only-secret-0123456789abcdefghijklmnop',
      NEXTAUTH_URL: BASE,
    },
    stdio: 'ignore',
    detached: true,
  });
  await waitFor(`${BASE}/signin`, 180_000);
  return server;
}

export function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

/** An API token for one of the demo users (all share the demo password), as request headers. */
export async function authFor(email: string): Promise<Record<string, string>> {
  const res = await fetch(`${BASE}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: EDITOR.password }),
  });
  const { token } = (await res.json()) as { token: string };
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}

export async function apiToken(): Promise<{ auth: Record<string, string>; projectId: string }> {
  const auth = await authFor(EDITOR.email);
  const { projects } = (await (await fetch(`${BASE}/api/v1/projects`, { headers: auth })).json()) as { projects: { id: string }[] };
  return { auth, projectId: projects[0].id };
}

/** Imports and aligns BEADS generated sentence pairs (ten to a paragraph); answers the document id and its bead count. */
export async function createBenchDocument(auth: Record<string, string>, projectId: string): Promise<{ id: string; beads: number }> {
  const pairs = Array.from({ length: BEADS }, (_, i) => sentencePair(i));
  const paragraphs = (side: 0 | 1) =>
    Array.from({ length: BEADS / 10 }, (_, p) =>
      pairs
        .slice(p * 10, p * 10 + 10)
        .map((x) => x[side])
        .join(' '),
    ).join('\n\n');
  const created = await fetch(`${BASE}/api/v1/projects/${projectId}/documents`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ title: 'Bench 2000', source: { text: paragraphs(0) }, target: { text: paragraphs(1) } }),
  });
  return (await created.json()) as { id: string; beads: number };
}

/** One GET with the given headers: what went over the wire (after any compression) and what it decodes to. */
export function get(path: string, headers: Record<string, string>): Promise<{ wire: number; body: Buffer; encoding: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(`${BASE}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? 'identity');
          const body = encoding === 'gzip' ? zlib.gunzipSync(raw) : encoding === 'br' ? zlib.brotliDecompressSync(raw) : raw;
          resolve({ wire: raw.length, body, encoding, ms: performance.now() - started });
        });
      })
      .on('error', reject);
  });
}

/** The inline RSC payload of a page: the strings pushed into self.__next_f, as the browser decodes them. */
export function rscPayload(html: string): string {
  let payload = '';
  for (const m of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) payload += JSON.parse(m[1]) as string;
  return payload;
}
