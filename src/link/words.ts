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
  scan(norm, start, end, out);
  return out;
}

function scan(norm: string, start: number, end: number, out: Word[]): void {
  const slice = norm.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0].toLowerCase() });
  }
}

/**
 * A document's words, found once, and the words of any stretch of it: exactly what wordsIn
 * gives for the stretch. A stretch that starts or ends inside a word reads only its part of
 * the word, as a scan of the stretch alone would; the rest comes from the document's list.
 */
export class DocumentWords {
  readonly all: readonly Word[];

  constructor(private readonly norm: string) {
    this.all = wordsIn(norm, 0, norm.length);
  }

  between(start: number, end: number): Word[] {
    const all = this.all;
    const out: Word[] = [];
    if (start >= end) return out;
    // The first word that ends after `start`: words are disjoint, so their ends ascend too.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    let k = lo;
    const cut = all[k];
    if (cut !== undefined && cut.start < start) {
      // A scan from inside a word finds no word that reaches past the word's own end.
      scan(this.norm, start, Math.min(cut.end, end), out);
      if (cut.end >= end) return out;
      k++;
    }
    for (; k < all.length; k++) {
      const w = all[k]!;
      if (w.start >= end) break;
      if (w.end <= end) out.push(w);
      else {
        scan(this.norm, w.start, end, out);
        break;
      }
    }
    return out;
  }
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
