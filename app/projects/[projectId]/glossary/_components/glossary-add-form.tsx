'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Feedback, type Message } from '../../settings/_components/feedback';
import { addGlossaryEntryAction } from '../actions';

export function GlossaryAddForm({ projectId, sourceLang, targetLang }: { projectId: string; sourceLang: string; targetLang: string }) {
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
    if (!result.ok) return setMessage({ ok: false, text: result.error });
    setMessage({ ok: true, text: `Added ${result.data.source} → ${result.data.target}.` });
    formElement.reset();
    formElement.querySelector<HTMLInputElement>('input[name="source"]')?.focus();
    router.refresh();
  }

  return (
    <form className="inline panel" onSubmit={onSubmit} aria-label="New glossary entry">
      <label>
        Source term ({sourceLang})<input name="source" lang={sourceLang} required maxLength={200} />
      </label>
      <label>
        Target term ({targetLang})<input name="target" lang={targetLang} required maxLength={200} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add entry'}
      </button>
      <div style={{ flexBasis: '100%' }}>
        <Feedback message={message} />
      </div>
    </form>
  );
}
