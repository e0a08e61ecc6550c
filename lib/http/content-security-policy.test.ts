import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce in production and forbids framing', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc123==', development: false, https: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("adds 'unsafe-eval' only in development and upgrades requests only over https", () => {
    expect(contentSecurityPolicy({ nonce: 'n', development: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: 'n', development: false, https: true })).toContain('upgrade-insecure-requests');
  });

  it('refuses a nonce that could break out of the header', () => {
    for (const nonce of ["x'; script-src *", 'a b', '', 'x\r\nSet-Cookie: a=b']) {
      expect(() => contentSecurityPolicy({ nonce, development: false, https: false })).toThrow(/base64/);
    }
  });
});
