import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { DELETE as deleteToken } from '@/app/api/v1/tokens/[tokenId]/route';
import { POST as createProject } from '@/app/api/v1/projects/route';
import { createApiToken, userForApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { makeUser } from '@/lib/server/testing/factories';

// Issue 9, item 6: a page on another site (or another port of this host) must not be able to make a signed-in
// browser write through the API. These requests carry a session cookie the way a browser would attach it.
const APP = 'http://127.0.0.1:3000';
const sessionCookie = 'next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged-by-the-test';

function request(path: string, init: { method: string; headers: Record<string, string>; body?: string }): NextRequest {
  return new NextRequest(`${APP}${path}`, { method: init.method, body: init.body, headers: { host: '127.0.0.1:3000', ...init.headers } });
}

const projectBody = (name: string) => JSON.stringify({ name, sourceLang: 'ko', targetLang: 'en' });
const noParams = { params: Promise.resolve({}) };

async function projectsNamed(name: string): Promise<number> {
  return db.project.count({ where: { name } });
}

describe('cookie-signed API writes must come from this site (CSRF)', () => {
  it.each([
    [
      'a text/plain form from another site',
      { cookie: sessionCookie, origin: 'http://evil.example', 'content-type': 'text/plain;charset=UTF-8' },
    ],
    [
      'JSON from another port of the same host',
      { cookie: sessionCookie, origin: 'http://127.0.0.1:4000', 'content-type': 'application/json' },
    ],
    ['JSON with Origin: null', { cookie: sessionCookie, origin: 'null', 'content-type': 'application/json' }],
    [
      'JSON with no Origin and Sec-Fetch-Site: cross-site',
      { cookie: sessionCookie, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
    ],
    [
      'an urlencoded form that claims this origin',
      { cookie: sessionCookie, origin: APP, 'content-type': 'application/x-www-form-urlencoded' },
    ],
  ])('refuses %s with 403 and creates nothing', async (_label, headers) => {
    const name = `CSRF probe ${crypto.randomUUID()}`;
    const response = await createProject(request('/api/v1/projects', { method: 'POST', headers, body: projectBody(name) }), noParams);
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string; message: string; reason: string } };
    expect(body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'cross_origin_write' });
    expect(body.error.message).toMatch(/must come from a Bitext Desk page/);
    expect(await projectsNamed(name)).toBe(0);
  });

  it('refuses a cross-site DELETE and the token stays valid', async () => {
    const user = await makeUser();
    const { id, token } = await createApiToken(user.id);
    const response = await deleteToken(
      request(`/api/v1/tokens/${id}`, { method: 'DELETE', headers: { cookie: sessionCookie, origin: 'http://evil.example' } }),
      { params: Promise.resolve({ tokenId: id }) },
    );
    expect(response.status).toBe(403);
    expect((await userForApiToken(token))?.id).toBe(user.id);
  });

  it('leaves Bearer-token calls alone, whatever Origin and content type they carry', async () => {
    const user = await makeUser();
    const { token } = await createApiToken(user.id);
    const name = `Scripted desk ${crypto.randomUUID()}`;
    const created = await createProject(
      request('/api/v1/projects', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, origin: 'http://evil.example', 'content-type': 'text/plain' },
        body: projectBody(name),
      }),
      noParams,
    );
    expect(created.status).toBe(201);
    expect(await projectsNamed(name)).toBe(1);

    const { id: otherId } = await createApiToken(user.id);
    const revoked = await deleteToken(
      request(`/api/v1/tokens/${otherId}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }),
      { params: Promise.resolve({ tokenId: otherId }) },
    );
    expect(revoked.status).toBe(200);
  });
});
