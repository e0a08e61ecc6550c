import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { failureOutcome, runAction } from '@/lib/server/http/run-action';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeTeam } from '@/lib/server/testing/factories';
import { setUserLocale } from '@/lib/server/users/set-user-locale';
import * as document from './documents/[documentId]/route';
import * as projects from './projects/route';

// Decision 030: an API error keeps its stable `code`; its `message` is in the caller's language — the user's
// choice, else the request's Accept-Language, else English — decided in one place (apiHandler / runAction).

const HANGUL = /[\uac00-\ud7a3]/;

describe("error messages in the caller's language", () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let koreanToken: string;
  let englishToken: string;

  beforeAll(async () => {
    team = await makeTeam();
    await setUserLocale({ userId: team.editor.id, locale: 'ko' });
    koreanToken = (await createApiToken(team.editor.id)).token;
    englishToken = (await createApiToken(team.reviewer.id)).token;
  });

  const missing = (token: string | undefined, headers: Record<string, string> = {}) =>
    callRoute(document.GET, { path: '/api/v1/documents/nope', params: { documentId: 'nope' }, token, headers });

  it('a Korean user gets a Korean message with the same code and status, whatever the browser says', async () => {
    const korean = await missing(koreanToken, { 'accept-language': 'en-US,en;q=0.9' });
    const english = await missing(englishToken);
    expect(korean.status).toBe(404);
    expect(english.status).toBe(404);
    const koBody = (await korean.json()).error as { code: string; message: string };
    const enBody = (await english.json()).error as { code: string; message: string };
    expect(koBody.code).toBe('NOT_FOUND');
    expect(enBody.code).toBe('NOT_FOUND');
    expect(koBody.message).toMatch(HANGUL);
    expect(enBody.message).not.toMatch(HANGUL);
  });

  it('a user who chose nothing gets the language of Accept-Language; English otherwise', async () => {
    const viaBrowser = await missing(englishToken, { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' });
    expect(((await viaBrowser.json()).error as { message: string }).message).toMatch(HANGUL);
    const noHeader = await callRoute(projects.GET, {
      path: '/api/v1/projects',
      token: 'not-a-token',
      headers: { 'accept-language': 'ko' },
    });
    expect(noHeader.status).toBe(401);
    const body = (await noHeader.json()).error as { code: string; message: string };
    expect(body.code).toBe('UNAUTHENTICATED');
    expect(body.message).toMatch(HANGUL);
  });

  it('keeps the fields of an error (the field that was wrong) next to the translated message', async () => {
    const response = await callRoute(projects.POST, {
      path: '/api/v1/projects',
      token: koreanToken,
      body: { name: 'x\u0000y', sourceLang: 'ko', targetLang: 'en' },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()).error as { code: string; message: string; field?: string };
    expect(body.code).toBe('INVALID_INPUT');
    expect(body.field).toBe('name');
    expect(body.message).toMatch(HANGUL);
    expect(body.message).toContain('name');
  });

  it('a hostile Accept-Language changes nothing but the language', async () => {
    const response = await missing(englishToken, { 'accept-language': `${'<script>;q=1,'.repeat(2000)}ko` });
    expect(response.status).toBe(404);
    expect(((await response.json()).error as { message: string }).message).not.toMatch(/script/);
  });

  it('server actions answer in the same way (English outside a request when the user chose nothing)', async () => {
    const result = await runAction(async () => 'never', [{ name: 'x\ud800' }]);
    expect(result).toEqual({
      ok: false,
      kind: 'refused',
      status: 400,
      message: expect.stringMatching(/^name: contains a lone UTF-16 surrogate/),
    });
  });

  it('a server action failure has the Outcome kind callApi gives the same HTTP answer (decision 031, item 3)', () => {
    expect(failureOutcome('VERSION_CONFLICT', 'm')).toEqual({ ok: false, kind: 'conflict', message: 'm' });
    expect(failureOutcome('FORBIDDEN', 'm')).toEqual({ ok: false, kind: 'refused', status: 403, message: 'm' });
    expect(failureOutcome('DOCUMENT_LOCKED', 'm')).toEqual({ ok: false, kind: 'refused', status: 409, message: 'm' });
    for (const code of ['INTERNAL', 'UPSTREAM_FAILED', 'DATABASE_UNAVAILABLE', 'SERVER_BUSY'] as const) {
      expect(failureOutcome(code, 'm')).toEqual({ ok: false, kind: 'network', message: 'm' });
    }
  });

  it('stores only our languages on a user: anything else is refused and nothing is written', async () => {
    for (const bad of ['de', 'KO', '', 'ko\u0000', '<script>', 'x'.repeat(10_000)]) {
      await expect(setUserLocale({ userId: team.viewer.id, locale: bad as 'ko' })).rejects.toThrow();
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: team.viewer.id }, select: { locale: true } })).locale).toBeNull();
    await setUserLocale({ userId: team.viewer.id, locale: 'ko' });
    await setUserLocale({ userId: team.viewer.id, locale: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: team.viewer.id }, select: { locale: true } })).locale).toBeNull();
  });
});
