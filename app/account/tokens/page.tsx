import type { Metadata } from 'next';
import { listApiTokens } from '@/lib/server/auth/api-tokens';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { SignOutEverywhereButton } from '@/app/_components/sign-out-button';
import { CreateTokenForm, RevokeTokenButton } from './_components/token-forms';
import { LocalTime } from '@/app/_components/local-time';

export const metadata: Metadata = { title: 'API tokens' };

function when(date: Date | null, none: string) {
  return date ? <LocalTime value={date} /> : none;
}

export default async function TokensPage() {
  const user = await requirePageUser('/account/tokens');
  const tokens = await listApiTokens(user.id);
  const now = new Date();
  return (
    <main>
      <h1>API tokens</h1>
      <p className="muted">
        Tokens let scripts call the REST API (see docs/api.md) as you. Each is shown once, when you create it.
        They stop working when they expire, when you revoke them, and when your password is reset.
      </p>
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <p className="muted">You have no tokens.</p>
      ) : (
        <table className="list">
          <thead><tr><th>Name</th><th>Token</th><th>Created</th><th>Last used</th><th>Expires</th><th>Action</th></tr></thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td><code>{t.prefix}…</code></td>
                <td>{when(t.createdAt, '')}</td>
                <td>{when(t.lastUsedAt, 'never')}</td>
                <td>{t.expiresAt && t.expiresAt <= now ? <>expired {when(t.expiresAt, '')}</> : when(t.expiresAt, 'never')}</td>
                <td><RevokeTokenButton tokenId={t.id} name={t.name} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>New token</h2>
      <CreateTokenForm />
      <h2>Sessions</h2>
      <p className="muted">
        Signing out ends the session in this browser. To end your sessions in every browser (a lost laptop, a
        shared computer), sign out everywhere; your API tokens keep working — revoke them above.
      </p>
      <SignOutEverywhereButton />
    </main>
  );
}
