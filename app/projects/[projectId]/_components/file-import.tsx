'use client';

import { useRouter } from 'next/navigation';
import { useFormUpload } from './use-form-upload';

export function FileImport({ projectId }: { projectId: string }) {
  const router = useRouter();
  const { error, pending, onSubmit } = useFormUpload<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    onDone: (data) => router.push(`/projects/${projectId}/documents/${data.id}`),
  });

  return (
    <form className="stack panel" onSubmit={onSubmit}>
      <p className="muted">A <code>.txt</code> file (paragraphs separated by blank lines), a saved <code>.html</code> article page or a Word <code>.docx</code> file for each side.</p>
      <label>Title (optional)<input name="title" maxLength={300} /></label>
      <div className="grid-2">
        <label>Korean original<input name="source" type="file" accept=".txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" required /></label>
        <label>English edition<input name="target" type="file" accept=".txt,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" required /></label>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <div><button type="submit" disabled={pending}>{pending ? 'Importing and aligning…' : 'Import files'}</button></div>
    </form>
  );
}
