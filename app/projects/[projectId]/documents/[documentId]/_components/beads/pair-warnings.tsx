import type { PairWarning } from '@/lib/import/pair-plausibility';

// Shown above the editor when the two texts do not look like translations of each other (decision 018): the
// warnings of the import, kept with the document (decision 029), so whoever opens the document sees them, not
// only whoever imported it.
export function PairWarnings({ warnings }: { warnings: readonly PairWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="warning" role="status" aria-label="Import warnings" data-testid="pair-warnings">
      <strong>These texts may not be translations of each other.</strong> Check the pair before aligning it:
      <ul>
        {warnings.map((w) => (
          <li key={w.code} data-code={w.code}>
            {w.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
