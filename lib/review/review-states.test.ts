import { describe, expect, it } from 'vitest';
import { DOCUMENT_STATUSES, documentStatusLabel } from './review-states';

describe('documentStatusLabel', () => {
  it('gives every document status one name; an approved document is "signed off", as in the editor', () => {
    expect(DOCUMENT_STATUSES.map(documentStatusLabel)).toEqual(['draft', 'in review', 'signed off', 'reopened']);
  });

  it('shows an unknown status readably instead of failing', () => {
    expect(documentStatusLabel('on_hold')).toBe('on hold');
  });
});
