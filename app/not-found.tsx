import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <main className="narrow">
      <h1>{t('heading')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/projects">{t('back')}</Link>
      </p>
    </main>
  );
}
