import { beforeAll, describe, expect, it } from 'vitest';
import * as documentRoute from '@/app/api/v1/documents/[documentId]/route';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeTeam } from '@/lib/server/testing/factories';

// Issue 14: each bead of GET /api/v1/documents/{id} carries `qa`, the findings where its two sides disagree,
// with spans as offsets into the bead's text (segments joined by one space); empty when nothing disagrees.

interface Answer {
  beads: { qa: { check: string; message: string; source: { start: number; end: number }[]; target: { start: number; end: number }[] }[] }[];
  source: { id: string; text: string }[];
}

describe('GET /api/v1/documents/{id} carries QA findings per bead', () => {
  let token: string;
  let documentId: string;

  beforeAll(async () => {
    const team = await makeTeam();
    token = (await createApiToken(team.viewer.id)).token;
    await db.glossaryEntry.create({ data: { projectId: team.project.id, source: '기준금리', target: 'base rate' } });
    const ko = ['시위에는 4만2천 명이 참가했다.', '한은은 기준금리를 올렸다.', '회의는 11월 27일 열렸다.'].join('\n');
    const en = ['Some 24,000 people joined the protest.', 'The BOK raised its key rate.', 'The meeting was held on Nov. 27.'].join('\n');
    documentId = (await createDocument(team.editor, { projectId: team.project.id, title: 'QA test', sourceText: ko, targetText: en })).id;
  });

  it('flags the wrong number and the unused glossary term, and nothing on the bead that agrees', async () => {
    const res = await callRoute(documentRoute.GET, { path: `/api/v1/documents/${documentId}`, params: { documentId }, token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as unknown as Answer;
    expect(body.beads.map((b) => b.qa.map((f) => f.check))).toEqual([['number'], ['glossary'], []]);
    const [finding] = body.beads[0].qa;
    expect(body.source[0].text.slice(finding.source[0].start, finding.source[0].end)).toBe('4만2천');
    expect(finding.message).toContain('24,000');
  });
});
