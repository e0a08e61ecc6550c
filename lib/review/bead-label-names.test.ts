import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { BEAD_LABEL_DESCRIPTIONS, BEAD_LABELS } from './bead-labels';

// The editor shows labels from the catalogs (`beadLabels`); the API and exports use the stored names and this
// table's descriptions. The English catalog must say the same, or the two would drift apart.
describe('bead label names in the catalogs', () => {
  it('the English catalog names each label as it is stored and describes it as the vocabulary does', () => {
    expect(en.beadLabels.name).toEqual(Object.fromEntries(BEAD_LABELS.map((label) => [label, label])));
    expect(en.beadLabels.description).toEqual(BEAD_LABEL_DESCRIPTIONS);
  });
});
