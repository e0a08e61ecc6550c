import { pairPlausibility } from '@/lib/import/pair-plausibility';

interface PairWarningsProps {
  document: {
    kind: string;
    source: readonly { text: string }[];
    target: readonly { text: string }[];
    project: { sourceLang: string; targetLang: string };
  };
}

// Shown above the editor when the two texts do not look like translations of each other (decision 018): the
// same checks the import answer's `warnings` come from, recomputed from the stored segments, so whoever opens
// the document sees them, not only whoever imported it. Translation memories (TMX) are pairs already: no check.
export function PairWarnings({ document }: PairWarningsProps) {
  if (document.kind !== 'article') return null;
  const warnings = pairPlausibility({
    source: document.source.map((s) => s.text), target: document.target.map((s) => s.text),
    sourceLang: document.project.sourceLang, targetLang: document.project.targetLang,
  });
  if (warnings.length === 0) return null;
  return (
    <section className="warning" role="status" aria-label="Import warnings" data-testid="pair-warnings">
      <strong>These texts may not be translations of each other.</strong> Check the pair before aligning it:
      <ul>
        {warnings.map((w) => <li key={w.code} data-code={w.code}>{w.message}</li>)}
      </ul>
    </section>
  );
}
