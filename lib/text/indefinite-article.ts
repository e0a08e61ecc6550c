// "a reviewer", "an editor": one rule for the article in front of a word, so messages built from role or status
// names stay grammatical ("A editor may not sign off" was the bug; issue 12 item 10).

/** Words spelled with a vowel letter but spoken with a consonant sound, and the reverse. */
const CONSONANT_SOUND = /^(one|once|uni(?!nvit|mport|nform|nstall)|use|usu|eu|ewe)/i;
const VOWEL_SOUND = /^(hour|honest|honou?r|heir)/i;

/** 'a' or 'an' for the word that follows it. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const w = word.trim();
  if (VOWEL_SOUND.test(w)) return 'an';
  if (CONSONANT_SOUND.test(w)) return 'a';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** "an editor"; with `capital`, "An editor" (to start a sentence). */
export function withArticle(word: string, { capital = false }: { capital?: boolean } = {}): string {
  const article = indefiniteArticle(word);
  return `${capital ? article[0].toUpperCase() + article.slice(1) : article} ${word}`;
}
