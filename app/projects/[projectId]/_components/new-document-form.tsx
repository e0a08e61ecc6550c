'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { createDocumentAction } from '../actions';

// Paste a pair and align it. News-site furniture (post dates, bylines, share buttons, story boxes) is dropped on
// import unless the editor unticks the box; what was dropped is listed before the document opens, so nothing goes
// unseen (decision 022). To get those lines back, import again with the box unticked.

interface Dropped {
  id: string;
  source: string[];
  target: string[];
}

export function NewDocumentForm({ projectId, sourceLang, targetLang }: { projectId: string; sourceLang: string; targetLang: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [dropped, setDropped] = useState<Dropped | null>(null);
  const documentPath = (id: string) => `/projects/${projectId}/documents/${id}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await createDocumentAction({
      projectId,
      title: String(form.get('title') ?? ''),
      sourceText: String(form.get('sourceText') ?? ''),
      targetText: String(form.get('targetText') ?? ''),
      keepBoilerplate: form.get('dropBoilerplate') !== 'on',
    });
    setPending(false);
    if (!result.ok) return setError(result.error);
    const { id, dropped: lines } = result.data;
    if (lines.source.length + lines.target.length === 0) return router.push(documentPath(id));
    setDropped({ id, ...lines });
  }

  return (
    <form className="stack panel" onSubmit={onSubmit}>
      <label>Title<input name="title" required maxLength={300} /></label>
      <div className="grid-2">
        <label>Source text ({sourceLang})<textarea name="sourceText" lang={sourceLang} required placeholder="Paste the original article; separate paragraphs with a blank line." /></label>
        <label>Target text ({targetLang})<textarea name="targetText" lang={targetLang} required placeholder="Paste the translated article." /></label>
      </div>
      <label className="inline">
        <input type="checkbox" name="dropBoilerplate" defaultChecked /> Drop news-site boilerplate (post dates, bylines, share buttons, “Related stories”, contact and copyright lines)
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      {dropped && (
        <div role="status" className="panel" data-testid="dropped-lines">
          <p>
            Imported. {dropped.source.length + dropped.target.length} boilerplate line(s) were left out. To keep them, untick the box and
            import again.
          </p>
          {(['source', 'target'] as const).map((side) =>
            dropped[side].length > 0 ? (
              <details key={side}>
                <summary>{side === 'source' ? `Source (${sourceLang})` : `Target (${targetLang})`}: {dropped[side].length} line(s)</summary>
                <ul lang={side === 'source' ? sourceLang : targetLang}>{dropped[side].map((line, i) => <li key={i}>{line}</li>)}</ul>
              </details>
            ) : null,
          )}
          <button type="button" onClick={() => router.push(documentPath(dropped.id))}>Open the document</button>
        </div>
      )}
      <div><button type="submit" disabled={pending}>{pending ? 'Aligning…' : 'Import and align'}</button></div>
    </form>
  );
}
