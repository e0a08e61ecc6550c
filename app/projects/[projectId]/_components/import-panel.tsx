'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { BatchImport, type Batch } from './batch-import';
import { FileImport } from './file-import';
import { NewDocumentForm } from './new-document-form';
import { TmxImport } from './tmx-import';
import { UrlImport } from './url-import';

const tabs = ['paste', 'files', 'url', 'batch', 'tmx'] as const;
type Tab = (typeof tabs)[number];

export function ImportPanel({
  projectId,
  sourceLang,
  targetLang,
  batches,
}: {
  projectId: string;
  sourceLang: string;
  targetLang: string;
  batches: Batch[];
}) {
  const t = useTranslations('importPanel');
  const [tab, setTab] = useState<Tab>('paste');
  return (
    <section aria-label={t('label')}>
      <div role="tablist" aria-label={t('how')} className="tabs">
        {tabs.map((id) => (
          <button
            key={id}
            role="tab"
            type="button"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            className={tab === id ? '' : 'secondary'}
            onClick={() => setTab(id)}
          >
            {t(id)}
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
