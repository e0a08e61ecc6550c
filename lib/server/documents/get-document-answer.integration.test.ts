import { beforeAll, describe, expect, it } from 'vitest';
import * as documentRoute from '@/app/api/v1/documents/[documentId]/route';
import { compactDocumentSchema, packDocument, unpackDocument } from '@/lib/alignment/compact-document';
import { documentViewSchema } from '@/lib/alignment/document-view-schema';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { createComment } from '@/lib/server/comments/create-comment';
import { addGlossaryEntry } from '@/lib/server/glossary/add-glossary-entry';
import { updateProjectSettings } from '@/lib/server/projects/update-project-settings';
import { qaFlagDecision } from '@/lib/server/qa/qa-flag-decision';
import { setLabels } from '@/lib/server/review/set-labels';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeTeam, makeUser } from '@/lib/server/testing/factories';
import { getDocument } from '@/lib/server/testing/get-document';
import { applyDocumentOperation } from './apply-document-operation';
import { createDocument } from './create-document';
import { splicedJsonText } from '@/lib/server/http/spliced-json';
import { documentAnswers, getCompactDocumentJson } from './get-document-answer';
import { heartbeat } from './presence';

// Decision 051: GET /api/v1/documents/{id} builds the heavy part of its answer once per version (and, for the full
// answer, per QA settings, glossary, dismissals, labels and comments) and keeps it; what is per user is computed
// on every request. Counted by builds, never timed.

type Team = Awaited<ReturnType<typeof makeTeam>>;
interface Flag {
  check: string;
  fingerprint: string;
  dismissed: { reason: string } | null;
}
interface Full {
  version: number;
  role: string;
  canUndo: boolean;
  presence: { userId: string }[];
  permissions: { align: boolean };
  beads: { id: string; labels: string[]; comments: number; qa: Flag[] }[];
}

const KO = ['시위에는 4만2천 명이 참가했다.', '한은은 기준금리를 올렸다.', '회의는 11월 27일 열렸다.'].join('\n');
const EN = ['Some 24,000 people joined the protest.', 'The BOK raised its key rate.', 'The meeting was held on Nov. 27.'].join('\n');

const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('document answers are built once per version and kept', () => {
  let team: Team;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    team = await makeTeam();
    for (const who of ['editor', 'viewer', 'reviewer', 'admin'] as const) tokens[who] = (await createApiToken(team[who].id)).token;
  });

  const open = async (who: string, documentId: string, format: 'compact' | 'full') => {
    const res = await callRoute(documentRoute.GET, {
      path: `/api/v1/documents/${documentId}${format === 'compact' ? '?format=compact' : ''}`,
      params: { documentId },
      token: tokens[who],
    });
    expect(res.status).toBe(200);
    return res.text();
  };
  const newDocument = async () =>
    (await createDocument(team.editor, { projectId: team.project.id, title: 'Kept answers', sourceText: KO, targetText: EN })).id;

  it('answers the full view and its packed form, and a second open at the same version builds nothing', async () => {
    const id = await newDocument();
    const beadId = (await getDocument(team.editor, { documentId: id })).beads[0].id;
    await applyDocumentOperation(team.editor, { documentId: id, baseVersion: 1, operation: { type: 'confirm', beadIds: [beadId] } });
    await setLabels(team.editor, { documentId: id, beadId, labels: ['terminology'] });
    await createComment(team.editor, { documentId: id, beadId, body: 'Check the figure.' });

    const builds = documentAnswers.builds;
    const first = await open('editor', id, 'compact');
    expect(documentAnswers.builds).toBe(builds + 1);
    const full = await open('editor', id, 'full');
    expect(documentAnswers.builds).toBe(builds + 2);
    const parsed = JSON.parse(full) as Full;
    expect(parsed.beads[0]).toMatchObject({ labels: ['terminology'], comments: 1, status: 'confirmed' });
    expect(parsed.beads.map((b) => b.qa.map((f) => f.check))).toEqual([['number'], [], []]);
    // The two formats are built apart (labels and comments reach the compact one per request): they say the same.
    const expected = packDocument(documentViewSchema.parse(parsed));
    expect(compactDocumentSchema.parse(JSON.parse(first))).toEqual(compactDocumentSchema.parse(overTheWire(expected)));
    expect(unpackDocument(compactDocumentSchema.parse(JSON.parse(first))).beads[0]).toMatchObject({
      labels: ['terminology'],
      comments: 1,
      status: 'confirmed',
    });

    expect(await open('editor', id, 'compact')).toBe(first);
    expect(await open('editor', id, 'full')).toBe(full);
    expect(documentAnswers.builds).toBe(builds + 2);
    // The document page hands the editor the same text.
    const page = await getCompactDocumentJson(team.editor, { documentId: id });
    expect(splicedJsonText(page.head, page.tail)).toBe(first);
    expect(page.meta).toMatchObject({ kind: 'article', version: 2, project: { id: team.project.id } });
  });

  it('an edit, a QA dismissal, a glossary entry and a settings change each give a fresh answer', async () => {
    const id = await newDocument();
    const view = await getDocument(team.editor, { documentId: id });
    const compact = await open('editor', id, 'compact');
    const full = await open('editor', id, 'full');
    let builds = documentAnswers.builds;
    const fresh = async (format: 'compact' | 'full', before: string) => {
      const after = await open('editor', id, format);
      expect(after).not.toBe(before);
      expect(documentAnswers.builds).toBe(builds + 1);
      builds = documentAnswers.builds;
      return after;
    };

    // An edit: a new version, both formats build again.
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: view.version,
      operation: { type: 'editText', segmentId: view.target[2].id, text: 'The meeting was held on Nov. 28.' },
    });
    const compact2 = await fresh('compact', compact);
    expect(JSON.parse(compact2)).toMatchObject({
      version: view.version + 1,
      target: { text: expect.arrayContaining(['The meeting was held on Nov. 28.']) },
    });
    let full2 = await fresh('full', full);
    expect((JSON.parse(full2) as Full).beads[2].qa.map((f) => f.check)).toEqual(['date']);

    // A dismissal (no version bump): the full answer says so; the compact one carries no QA and is kept.
    const number = (JSON.parse(full2) as Full).beads[0].qa[0];
    await qaFlagDecision(team.reviewer, {
      documentId: id,
      beadId: view.beads[0].id,
      verb: 'dismiss',
      fingerprint: number.fingerprint,
      reason: 'Rounded.',
    });
    full2 = await fresh('full', full2);
    expect((JSON.parse(full2) as Full).beads[0].qa[0].dismissed).toMatchObject({ reason: 'Rounded.' });
    expect(await open('editor', id, 'compact')).toBe(compact2);
    expect(documentAnswers.builds).toBe(builds);

    // A glossary entry the target misses on bead 3.
    await addGlossaryEntry(team.admin, { projectId: team.project.id, source: '회의', target: 'session' });
    full2 = await fresh('full', full2);
    expect((JSON.parse(full2) as Full).beads[2].qa.map((f) => f.check)).toContain('glossary');

    // Settings: no number check any more.
    await updateProjectSettings(team.admin, { projectId: team.project.id, qaChecks: ['date', 'glossary'] });
    full2 = await fresh('full', full2);
    expect((JSON.parse(full2) as Full).beads[0].qa).toEqual([]);
  });

  it('labels and comments reach the compact answer without a rebuild, and the full answer with one', async () => {
    const id = await newDocument();
    const beadId = (await getDocument(team.editor, { documentId: id })).beads[1].id;
    await open('editor', id, 'compact');
    const full = await open('editor', id, 'full');
    const builds = documentAnswers.builds;
    await setLabels(team.editor, { documentId: id, beadId, labels: ['style'] });
    await createComment(team.editor, { documentId: id, beadId, body: 'Tone.' });
    const compact = unpackDocument(compactDocumentSchema.parse(JSON.parse(await open('viewer', id, 'compact'))));
    expect(compact.beads[1]).toMatchObject({ labels: ['style'], comments: 1 });
    expect(documentAnswers.builds).toBe(builds);
    const after = JSON.parse(await open('editor', id, 'full')) as Full;
    expect(after.beads[1]).toMatchObject({ labels: ['style'], comments: 1 });
    expect(JSON.stringify(after)).not.toBe(full);
    expect(documentAnswers.builds).toBe(builds + 1);
  });

  it('one kept answer serves every user, each with their own role, permissions, undo and presence', async () => {
    const id = await newDocument();
    const view = await getDocument(team.editor, { documentId: id });
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: view.version,
      operation: { type: 'merge', beadId: view.beads[0].id },
    });
    await heartbeat(team.editor, { documentId: id, beadId: null });
    await heartbeat(team.viewer, { documentId: id, beadId: null });
    for (const format of ['compact', 'full'] as const) {
      const builds = documentAnswers.builds;
      const editor = JSON.parse(await open('editor', id, format)) as Full;
      const viewer = JSON.parse(await open('viewer', id, format)) as Full;
      expect(documentAnswers.builds).toBe(builds + 1);
      expect(editor).toMatchObject({ role: 'editor', canUndo: true, permissions: { align: true } });
      expect(viewer).toMatchObject({ role: 'viewer', canUndo: false, permissions: { align: false } });
      expect(editor.presence.map((p) => p.userId)).toEqual([team.viewer.id]);
      expect(viewer.presence.map((p) => p.userId)).toEqual([team.editor.id]);
    }
  });

  it('fifty opens at once build once per format', async () => {
    const id = await newDocument();
    const builds = documentAnswers.builds;
    const who = ['editor', 'viewer', 'reviewer', 'admin'];
    const compact = await Promise.all(Array.from({ length: 50 }, (_, i) => open(who[i % 4], id, 'compact')));
    const full = await Promise.all(Array.from({ length: 50 }, (_, i) => open(who[i % 4], id, 'full')));
    expect(documentAnswers.builds).toBe(builds + 2);
    expect(new Set(compact.filter((_, i) => i % 4 === 0)).size).toBe(1);
    expect(new Set(full.filter((_, i) => i % 4 === 1)).size).toBe(1);
  });

  it('access is checked on every open: an outsider gets a 404 for a kept answer, and a bad format is a 400', async () => {
    const id = await newDocument();
    await open('editor', id, 'compact');
    const outsider = (await createApiToken((await makeUser()).id)).token;
    for (const query of ['?format=compact', '']) {
      const res = await callRoute(documentRoute.GET, {
        path: `/api/v1/documents/${id}${query}`,
        params: { documentId: id },
        token: outsider,
      });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('beads');
    }
    const bad = await callRoute(documentRoute.GET, {
      path: `/api/v1/documents/${id}?format=<script>`,
      params: { documentId: id },
      token: tokens.editor,
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/format/);
    const missing = await callRoute(documentRoute.GET, {
      path: '/api/v1/documents/nope',
      params: { documentId: 'nope' },
      token: tokens.editor,
    });
    expect(missing.status).toBe(404);
  });
});
