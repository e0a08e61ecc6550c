'use client';

import { useState } from 'react';
import { BatchImport, type Batch } from './batch-import';
import { FileImport } from './file-import';
import { NewDocumentForm } from './new-document-form';
import { TmxImport } from './tmx-import';
import { UrlImport } from './url-import';

const tabs = [
  { id: 'paste', label: 'Paste text' },
  { id: 'files', label: 'Upload files' },
  { id: 'url', label: 'From a URL' },
  { id: 'batch', label: 'Batch (CSV or zip)' },
  { id: 'tmx', label: 'TMX file' },
] as const;
type Tab = (typeof tabs)[number]['id'];

export function ImportPanel({ projectId, sourceLang, targetLang, batches }: { projectId: string; sourceLang: string; targetLang: string; batches: Batch[] }) {
  const [tab, setTab] = useState<Tab>('paste');
  return (
    <section aria-label="Import">
      <div role="tablist" aria-label="How to import" className="tabs">
        {tabs.map((t) => (
          <button key={t.id} role="tab" type="button" id={`tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`panel-${t.id}`}
            className={tab === t.id ? '' : 'secondary'} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'paste' && <NewDocumentForm projectId={projectId} sourceLang={sourceLang} targetLang={targetLang} />}
        {tab === 'files' && <FileImport projectId={projectId} sourceLang={sourceLang} targetLang={targetLang} />}
        {tab === 'url' && <UrlImport projectId={projectId} />}
        {tab === 'batch' && <BatchImport projectId={projectId} initialBatches={batches} />}
        {tab === 'tmx' && <TmxImport projectId={projectId} />}
      </div>
    </section>
  );
}
