'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Feedback, type Message } from '../../settings/_components/feedback';
import { addGlossaryEntryAction } from '../actions';

export function GlossaryAddForm({ projectId, sourceLang, targetLang }: { projectId: string; sourceLang: string; targetLang: string }) {
  const t = useTranslations('glossary');
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    const result = await addGlossaryEntryAction(projectId, {
      source: String(form.get('source') ?? ''),
      target: String(form.get('target') ?? ''),
    });
    setPending(false);
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    setMessage({ ok: true, text: t('added', { source: result.data.source, target: result.data.target }) });
    formElement.reset();
    formElement.querySelector<HTMLInputElement>('input[name="source"]')?.focus();
    router.refresh();
  }

  return (
    <form className="inline panel" onSubmit={onSubmit} aria-label={t('newEntry')}>
      <label>
        {t('sourceTermLang', { lang: sourceLang })}
        <input name="source" lang={sourceLang} required maxLength={200} />
      </label>
      <label>
        {t('targetTermLang', { lang: targetLang })}
        <input name="target" lang={targetLang} required maxLength={200} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? t('adding') : t('addSubmit')}
      </button>
      <div style={{ flexBasis: '100%' }}>
        <Feedback message={message} />
      </div>
    </form>
  );
}
