'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { GlossaryEntryView } from '@/lib/server/glossary/glossary-schema';
import { Feedback, type Message } from '../../settings/_components/feedback';
import { deleteGlossaryEntryAction, updateGlossaryEntryAction } from '../actions';

// One entry; editors and admins get Edit (inline, Escape cancels) and Delete (the audit log keeps the pair).
export function GlossaryRow({
  projectId,
  entry,
  canEdit,
  langs,
}: {
  projectId: string;
  entry: GlossaryEntryView;
  canEdit: boolean;
  langs: [string, string];
}) {
  const t = useTranslations('glossary');
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<Message>();
  const pair = { source: entry.source, target: entry.target };

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await updateGlossaryEntryAction(projectId, entry.id, {
      source: String(form.get('source') ?? ''),
      target: String(form.get('target') ?? ''),
    });
    setPending(false);
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    setEditing(false);
    setMessage({ ok: true, text: t('saved', { source: result.data.source, target: result.data.target }) });
    router.refresh();
  }

  async function onDelete() {
    setPending(true);
    const result = await deleteGlossaryEntryAction(projectId, entry.id);
    setPending(false);
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    router.refresh();
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') setEditing(false);
  };

  if (editing) {
    return (
      <tr>
        <td colSpan={3}>
          <form className="inline" onSubmit={onSave} onKeyDown={onKeyDown} aria-label={t('editLabel', pair)}>
            <label>
              {t('sourceTerm')}
              <input name="source" lang={langs[0]} defaultValue={entry.source} required maxLength={200} autoFocus />
            </label>
            <label>
              {t('targetTerm')}
              <input name="target" lang={langs[1]} defaultValue={entry.target} required maxLength={200} />
            </label>
            <button type="submit" disabled={pending}>
              {t('save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
          </form>
          <Feedback message={message} />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td lang={langs[0]}>{entry.source}</td>
      <td lang={langs[1]}>{entry.target}</td>
      {canEdit && (
        <td>
          <div style={{ display: 'flex', gap: 6 }}>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setMessage(undefined);
                setEditing(true);
              }}
              aria-label={t('editLabel', pair)}
            >
              {t('edit')}
            </button>
            <button type="button" className="secondary" onClick={onDelete} disabled={pending} aria-label={t('deleteLabel', pair)}>
              {t('delete')}
            </button>
          </div>
          <Feedback message={message} />
        </td>
      )}
    </tr>
  );
}
