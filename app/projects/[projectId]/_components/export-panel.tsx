'use client';

import { useState } from 'react';

// Builds the export URL from the choices; the browser downloads the streamed file.
export function ExportPanel({ projectId }: { projectId: string }) {
  const [format, setFormat] = useState('tmx');
  const [status, setStatus] = useState('approved');
  const [minConfidence, setMinConfidence] = useState('');
  const [excludeLabels, setExcludeLabels] = useState('rewrite,exclude-from-tm');
  const [langCodes, setLangCodes] = useState('region');
  const [level, setLevel] = useState('sentence');
  const params = new URLSearchParams({ format, status, excludeLabels, langCodes, level, ...(minConfidence ? { minConfidence } : {}) });
  return (
    <form className="inline panel" aria-label="Export" onSubmit={(e) => e.preventDefault()}>
      <label>Format
        <select value={format} onChange={(e) => setFormat(e.target.value)}>
          <option value="tmx">TMX 1.4</option><option value="xliff">XLIFF 1.2</option><option value="tsv">TSV</option><option value="jsonl">JSONL (training data)</option>
        </select>
      </label>
      <label>Beads
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="approved">Approved only</option><option value="all">All but rejected</option>
        </select>
      </label>
      <label>Minimum confidence<input type="number" min={0} max={1} step={0.05} value={minConfidence} onChange={(e) => setMinConfidence(e.target.value)} placeholder="any" size={5} /></label>
      <label>Leave out labels<input value={excludeLabels} onChange={(e) => setExcludeLabels(e.target.value)} /></label>
      <label>Language codes
        <select value={langCodes} onChange={(e) => setLangCodes(e.target.value)}><option value="region">ko-KR / en-US</option><option value="primary">ko / en</option></select>
      </label>
      <label>Units
        <select value={level} onChange={(e) => setLevel(e.target.value)}><option value="sentence">Sentences</option><option value="paragraph">Paragraphs</option></select>
      </label>
      <a className="button" href={`/api/v1/projects/${projectId}/export?${params}`} download>Export project</a>
    </form>
  );
}
