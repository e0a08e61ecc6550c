import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listApiTokens } from '@/lib/server/auth/api-tokens';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { SignOutEverywhereButton } from '@/app/_components/sign-out-button';
import { CreateTokenForm, RevokeTokenButton } from './_components/token-forms';
import { LocalTime } from '@/app/_components/local-time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('tokens'))('title') };
}

function when(date: Date | null, none: string) {
  return date ? <LocalTime value={date} /> : none;
}

export default async function TokensPage() {
  const user = await requirePageUser('/account/tokens');
  const [tokens, t] = await Promise.all([listApiTokens(user.id), getTranslations('tokens')]);
  const now = new Date();
  return (
    <main>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <h2>{t('yours')}</h2>
      {tokens.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('name')}</th>
              <th>{t('token')}</th>
              <th>{t('created')}</th>
              <th>{t('lastUsed')}</th>
              <th>{t('expires')}</th>
              <th>{t('action')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{when(token.createdAt, '')}</td>
                <td>{when(token.lastUsedAt, t('never'))}</td>
                <td>
                  {token.expiresAt && token.expiresAt <= now ? (
                    <>
                      {t('expired')} {when(token.expiresAt, '')}
                    </>
                  ) : (
                    when(token.expiresAt, t('never'))
                  )}
                </td>
                <td>
                  <RevokeTokenButton tokenId={token.id} name={token.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('new')}</h2>
      <CreateTokenForm />
      <h2>{t('sessions')}</h2>
      <p className="muted">{t('sessionsNote')}</p>
      <SignOutEverywhereButton />
    </main>
  );
}
