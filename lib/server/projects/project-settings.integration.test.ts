import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { createDocument } from '@/lib/server/documents/create-document';
import { getDocument } from '@/lib/server/testing/get-document';
import { approveAll } from '@/lib/server/review/approve-all';
import { currentVersion, smallDocument, submittedDocument } from '@/lib/server/testing/review-fixtures';
import { signOffDocument } from '@/lib/server/review/sign-off-document';
import { failure } from '@/lib/server/testing/failure';
import { addMember, makeTeam, makeUser } from '@/lib/server/testing/factories';
import { getProjectSettings } from './get-project-settings';
import { listMembers } from './manage-projects';
import { MAX_ABBREVIATIONS } from './project-settings-schema';
import { updateProjectSettings } from './update-project-settings';

type Team = Awaited<ReturnType<typeof makeTeam>>;

const settingsEvents = (projectId: string) =>
  db.auditEvent.findMany({
    where: { projectId, action: 'project.settings' },
    orderBy: { createdAt: 'asc' },
    select: { actorId: true, target: true, documentId: true, before: true, after: true },
  });

describe('project settings', () => {
  let team: Team;
  let outsider: SessionUser;
  beforeAll(async () => {
    team = await makeTeam();
    outsider = await makeUser();
  });

  it('starts with four-eyes on, reviewers not editing and no extra abbreviations; every member may read them', async () => {
    for (const role of ['admin', 'editor', 'reviewer', 'viewer'] as const) {
      expect(await getProjectSettings(team[role], { projectId: team.project.id })).toEqual({
        id: team.project.id,
        name: 'Test project',
        sourceLang: 'ko',
        targetLang: 'en',
        fourEyes: true,
        reviewersMayEdit: false,
        abbreviations: [],
        qaChecks: ['number', 'amount', 'date', 'name', 'negation', 'glossary'],
      });
    }
  });

  it('lets a project admin change them, recording one audit event with only what changed', async () => {
    const { project, admin } = await makeTeam();
    const saved = await updateProjectSettings(admin, {
      projectId: project.id,
      name: '  Politics desk ',
      fourEyes: false,
      reviewersMayEdit: false,
      abbreviations: ['Assn.', ' Natl. ', 'assn.', ''],
    });
    expect(saved).toMatchObject({
      name: 'Politics desk',
      fourEyes: false,
      reviewersMayEdit: false,
      abbreviations: ['Assn.', 'Natl.'],
      changed: ['name', 'fourEyes', 'abbreviations'],
    });
    expect(await getProjectSettings(admin, { projectId: project.id })).toMatchObject({
      name: 'Politics desk',
      fourEyes: false,
      abbreviations: ['Assn.', 'Natl.'],
    });
    expect(await settingsEvents(project.id)).toEqual([
      {
        actorId: admin.id,
        target: project.id,
        documentId: null,
        before: { name: 'Test project', fourEyes: true, abbreviations: [] },
        after: { name: 'Politics desk', fourEyes: false, abbreviations: ['Assn.', 'Natl.'] },
      },
    ]);

    // saving the same values again changes nothing and records nothing
    expect(
      (await updateProjectSettings(admin, { projectId: project.id, fourEyes: false, abbreviations: ['Assn.', 'Natl.'] })).changed,
    ).toEqual([]);
    await updateProjectSettings(admin, { projectId: project.id, reviewersMayEdit: true });
    const events = await settingsEvents(project.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ before: { reviewersMayEdit: false }, after: { reviewersMayEdit: true } });
  });

  it('refuses editors, reviewers and viewers (403) and non-members (404), changing nothing', async () => {
    for (const role of ['editor', 'reviewer', 'viewer'] as const) {
      expect((await failure(updateProjectSettings(team[role], { projectId: team.project.id, fourEyes: false }))).code).toBe('FORBIDDEN');
    }
    expect((await failure(updateProjectSettings(outsider, { projectId: team.project.id, fourEyes: false }))).code).toBe('NOT_FOUND');
    expect((await failure(getProjectSettings(outsider, { projectId: team.project.id }))).code).toBe('NOT_FOUND');
    expect((await getProjectSettings(team.admin, { projectId: team.project.id })).fourEyes).toBe(true);
    expect(await settingsEvents(team.project.id)).toEqual([]);
  });

  it('leaves the settings unchanged when the audit row fails', async () => {
    const { project } = await makeTeam();
    const ghostAdmin = { id: 'ghost-admin-without-a-user-row', email: 'ghost@test.example', name: 'Ghost', isAdmin: true };
    await expect(updateProjectSettings(ghostAdmin, { projectId: project.id, fourEyes: false, name: 'Renamed' })).rejects.toThrow();
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id }, select: { name: true, fourEyes: true } })).toEqual({
      name: 'Test project',
      fourEyes: true,
    });
  });

  it('validates abbreviations, names and unknown settings with messages that say what is wrong', async () => {
    // the transports turn a ZodError into 400 INVALID_INPUT with these messages
    const bad = async (input: Record<string, unknown>) => {
      const error: unknown = await updateProjectSettings(team.admin, { projectId: team.project.id, ...input }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(z.ZodError);
      return (error as z.ZodError).issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    };
    expect(await bad({ abbreviations: ['Corp'] })).toMatch(/"Corp" must end with a period/);
    expect(await bad({ abbreviations: ['Gov. Dept.'] })).toMatch(/one word/);
    expect(await bad({ abbreviations: ['.'] })).toMatch(/must start with a letter or digit/);
    expect(await bad({ abbreviations: [`${'x'.repeat(30)}.`] })).toMatch(/longer than 30 characters/);
    expect(await bad({ abbreviations: Array.from({ length: MAX_ABBREVIATIONS + 1 }, (_, i) => `A${i}.`) })).toMatch(/At most 200/);
    expect(await bad({ name: '   ' })).toMatch(/Enter a project name/);
    expect(await bad({ sourceLang: 'ja' })).toMatch(/sourceLang/);
    expect(await bad({})).toMatch(/Change at least one setting/);
    // exactly at the limits is fine
    const max = Array.from({ length: MAX_ABBREVIATIONS }, (_, i) => `A${i}.`);
    max[0] = `${'x'.repeat(29)}.`;
    expect((await updateProjectSettings(team.admin, { projectId: team.project.id, abbreviations: max })).abbreviations).toHaveLength(
      MAX_ABBREVIATIONS,
    );
    await updateProjectSettings(team.admin, { projectId: team.project.id, abbreviations: [] });
  });

  it('uses the extra abbreviations when splitting sentences of documents imported afterwards', async () => {
    const { project, admin, editor } = await makeTeam();
    const sentences = async () => {
      const { id } = await createDocument(editor, {
        projectId: project.id,
        title: 'Union',
        sourceText: '교원노조 김민수 위원장은 파업하겠다고 말했다.',
        targetText: 'The Teachers Assn. Chairman Kim Min-su said it would strike.',
      });
      return (await getDocument(editor, { documentId: id })).target.map((s) => s.text);
    };
    expect(await sentences()).toEqual(['The Teachers Assn.', 'Chairman Kim Min-su said it would strike.']);
    await updateProjectSettings(admin, { projectId: project.id, abbreviations: ['Assn.'] });
    expect(await sentences()).toEqual(['The Teachers Assn. Chairman Kim Min-su said it would strike.']);
  });

  it('the review switches take effect at once: reviewers may edit text, four-eyes off lets an earlier editor sign off', async () => {
    const team = await makeTeam();
    const formerEditor = await makeUser({ name: 'Former editor' });
    await addMember(team.owner, team.project.id, formerEditor, 'editor');
    const id = await submittedDocument(formerEditor, team.project.id);
    await approveAll(team.reviewer, { documentId: id, baseVersion: await currentVersion(team.reviewer, id) });
    await addMember(team.owner, team.project.id, formerEditor, 'reviewer');
    expect((await failure(signOffDocument(formerEditor, { documentId: id }))).code).toBe('FOUR_EYES');
    await updateProjectSettings(team.admin, { projectId: team.project.id, fourEyes: false });
    expect((await signOffDocument(formerEditor, { documentId: id })).status).toBe('approved');

    const draft = await smallDocument(team.editor, team.project.id);
    const edit = async () => {
      const doc = await getDocument(team.reviewer, { documentId: draft });
      return applyDocumentOperation(team.reviewer, {
        documentId: draft,
        baseVersion: doc.version,
        operation: { type: 'editText', segmentId: doc.target[0].id, text: 'Seoul adds more night buses.' },
      });
    };
    expect((await failure(edit())).code).toBe('FORBIDDEN');
    await updateProjectSettings(team.admin, { projectId: team.project.id, reviewersMayEdit: true });
    expect((await edit()).version).toBe(2);
  });
});

describe('members list', () => {
  it('lists every member with their role for any member, and is a 404 for anyone else', async () => {
    const team = await makeTeam();
    const members = await listMembers(team.viewer, { projectId: team.project.id });
    expect(members.map((m) => m.role).sort()).toEqual(['admin', 'admin', 'editor', 'reviewer', 'viewer']);
    expect(members.find((m) => m.user.id === team.editor.id)?.user).toMatchObject({
      email: team.editor.email,
      name: team.editor.name,
      active: true,
    });
    expect((await failure(listMembers(await makeUser(), { projectId: team.project.id }))).code).toBe('NOT_FOUND');
  });
});
