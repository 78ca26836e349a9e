// Word-level views of a stretch of text, for the linker's small grammars.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { pattern } from '../patterns.js';

export interface Word {
  start: number;
  end: number;
  /** Lower case. */
  text: string;
}

// Words (with inner hyphens and apostrophes), numbers, and the punctuation that ends a clause.
const WORD = pattern('link/words:WORD', /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|[+-]?\d[\d,.]*%?|[;:()&]/g);

export function wordsIn(norm: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const slice = norm.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0].toLowerCase() });
  }
  return out;
}

const stems = new Map<string, string>();

/** Porter stem of a lower-case word, memoised: the same few hundred words recur in news. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stems.size < 50000) stems.set(word, s);
  }
  return s;
}

export function stemSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => (w.includes(' ') ? w : stem(w))));
}
