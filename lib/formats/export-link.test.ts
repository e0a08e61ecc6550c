import { describe, expect, it } from 'vitest';
import { exportHref } from './export-link';

const query = (href: string) => Object.fromEntries(new URL(href, 'http://x').searchParams);

describe('exportHref: export links default to approved beads and no comments', () => {
  it('a plain document link asks for TMX and nothing more', () => {
    expect(exportHref({ documentId: 'd1' })).toBe('/api/v1/documents/d1/export?format=tmx');
  });

  it.each([
    { options: {}, expected: { format: 'tmx' } },
    { options: { format: 'xliff' as const, status: 'approved' as const, includeComments: false }, expected: { format: 'xliff' } },
    { options: { status: 'all' as const }, expected: { format: 'tmx', status: 'all' } },
    { options: { includeComments: true }, expected: { format: 'tmx', includeComments: '1' } },
    {
      options: { minConfidence: ' 0.8 ', langCodes: 'primary' as const, level: 'paragraph' as const },
      expected: { format: 'tmx', minConfidence: '0.8', langCodes: 'primary', level: 'paragraph' },
    },
    { options: { excludeLabels: 'rewrite,exclude-from-tm' }, expected: { format: 'tmx' } },
    { options: { excludeLabels: '' }, expected: { format: 'tmx', excludeLabels: '' } },
  ])('$options → $expected', ({ options, expected }) => {
    expect(query(exportHref({ projectId: 'p1' }, options))).toEqual(expected);
  });

  it('escapes hostile ids instead of building another path or query', () => {
    const href = exportHref({ documentId: '../x?status=all&includeComments=1#' });
    expect(href.startsWith('/api/v1/documents/..%2Fx%3Fstatus%3Dall%26includeComments%3D1%23/export?')).toBe(true);
    expect(query(href)).toEqual({ format: 'tmx' });
  });
});
