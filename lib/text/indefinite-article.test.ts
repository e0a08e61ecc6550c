import { describe, expect, it } from 'vitest';
import { indefiniteArticle, withArticle } from './indefinite-article';

describe('indefiniteArticle', () => {
  it.each([
    ['editor', 'an'],
    ['admin', 'an'],
    ['owner', 'an'],
    ['reviewer', 'a'],
    ['viewer', 'a'],
    ['Editor', 'an'],
    ['user', 'a'],
    ['unreviewed bead', 'an'],
    ['unit', 'a'],
    ['hour', 'an'],
    ['one-off', 'a'],
    ['', 'a'],
  ] as const)('%s → %s', (word, article) => {
    expect(indefiniteArticle(word)).toBe(article);
  });
});

describe('withArticle', () => {
  it('starts a sentence with a capital and keeps the word as written', () => {
    expect(withArticle('editor', { capital: true })).toBe('An editor');
    expect(withArticle('reviewer', { capital: true })).toBe('A reviewer');
    expect(withArticle('admin')).toBe('an admin');
  });
});
