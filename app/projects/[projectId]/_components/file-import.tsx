'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { z } from 'zod';
import { DroppedLinesNotice, hasDroppedLines, KeepBoilerplateBox, type DroppedLines } from './dropped-lines-notice';
import { useFormUpload } from './use-form-upload';

const createdSchema = z.object({
  id: z.string(),
  dropped: z.object({ source: z.array(z.string()), target: z.array(z.string()) }).optional(),
});

export function FileImport({ projectId, sourceLang, targetLang }: { projectId: string; sourceLang: string; targetLang: string }) {
  const t = useTranslations('importPanel');
  const router = useRouter();
  const [dropped, setDropped] = useState<{ id: string; lines: DroppedLines } | null>(null);
  const open = (id: string) => router.push(`/projects/${projectId}/documents/${id}`);
  const { error, pending, onSubmit } = useFormUpload(`/api/v1/projects/${projectId}/documents`, createdSchema, {
    onStart: () => setDropped(null),
    onDone: (data) => (hasDroppedLines(data.dropped) ? setDropped({ id: data.id, lines: data.dropped }) : open(data.id)),
  });

  return (
    <form className="stack panel" onSubmit={onSubmit}>
      <p className="muted">{t.rich('filesIntro', { code: (chunks) => <code>{chunks}</code> })}</p>
      <label>
        {t('titleOptional')}
        <input name="title" maxLength={300} />
      </label>
      <div className="grid-2">
        <label>
          {t('sourceFile')}
          <input
            name="source"
            type="file"
            accept=".txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            required
          />
        </label>
        <label>
          {t('targetFile')}
          <input
            name="target"
            type="file"
            accept=".txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            required
          />
        </label>
      </div>
      <KeepBoilerplateBox />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {dropped && (
        <DroppedLinesNotice dropped={dropped.lines} langs={{ source: sourceLang, target: targetLang }} onOpen={() => open(dropped.id)} />
      )}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t('filesPending') : t('filesSubmit')}
        </button>
      </div>
    </form>
  );
}
