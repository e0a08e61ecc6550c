'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { callApi } from '@/lib/http/api-outcome';

const importResultSchema = z.object({
  added: z.number(),
  duplicates: z.number(),
  rejected: z.array(z.object({ line: z.number(), text: z.string(), reason: z.string() })),
  rejectedCount: z.number(),
  total: z.number(),
});
type ImportResult = z.infer<typeof importResultSchema>;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

// The file goes to the REST endpoint as the request body (files can be larger than a server action takes).
// Sent as application/octet-stream: the API refuses text/plain from a session cookie (a type any other site's
// form could send; decision 015), and the endpoint reads the bytes whatever the type says.
export function GlossaryImportForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setError('Choose a file (.tsv, .csv or .txt).');
    setPending(true);
    setError(undefined);
    setResult(undefined);
    const format = /\.csv$/i.test(file.name) ? '&format=csv' : /\.tsv$/i.test(file.name) ? '&format=tsv' : '';
    const response = await callApi(
      `/api/v1/projects/${projectId}/glossary/import?name=${encodeURIComponent(file.name)}${format}`,
      importResultSchema,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: file,
      },
    );
    setPending(false);
    if (!response.ok) return setError(response.message);
    setResult(response.data);
    router.refresh();
  }

  return (
    <form className="stack panel" onSubmit={onSubmit} aria-label="Glossary import">
      <p className="muted" style={{ margin: 0 }}>
        One pair a line: <code>source&lt;TAB&gt;target</code> (TSV) or <code>source,target</code> (CSV). A header line, blank lines and
        lines starting with # are skipped; pairs already in the glossary are counted, not added twice. At most 5,000 entries a file.
      </p>
      <label>
        Glossary file
        <input name="file" type="file" accept=".tsv,.csv,.txt,text/tab-separated-values,text/csv,text/plain" required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && (
        <div role="status" className="notice">
          Added {plural(result.added, 'entry', 'entries')}; {plural(result.duplicates, 'duplicate', 'duplicates')} skipped;{' '}
          {plural(result.rejectedCount, 'line', 'lines')} rejected. The glossary now has {plural(result.total, 'entry', 'entries')}.
          {result.rejected.length > 0 && (
            <ul>
              {result.rejected.map((r) => (
                <li key={r.line}>
                  Line {r.line}: {r.reason} <span className="muted">({r.text})</span>
                </li>
              ))}
              {result.rejectedCount > result.rejected.length && <li>… and {result.rejectedCount - result.rejected.length} more.</li>}
            </ul>
          )}
        </div>
      )}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Importing…' : 'Import glossary'}
        </button>
      </div>
    </form>
  );
}
