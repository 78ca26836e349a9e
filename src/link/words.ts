// Word-level views of a stretch of text, for the linker's small grammars.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Direction } from './direction.js';
import type { WordTone } from './tone.js';
import { FROZEN_STEMS } from './stems-frozen.js';
import { MEMO_WORDS, ownCopy, WordMemo } from './word-memo.js';

export interface Word {
  start: number;
  end: number;
  /** Lower case. */
  text: string;
  /** The word's lexeme, for a word of letters found by the scan (hand-made words may have none). */
  lex?: Lexeme | undefined;
}

/**
 * One distinct lower-case word, shared by all its occurrences in every document, with what the
 * linker's grammars have worked out about it so far: a document asks the same few thousand
 * words again and again, and a field read is cheaper than a lookup by string each time.
 * Each slot is filled by the module that owns the question, on first use: a memoised answer
 * that depends on the word alone, so the stages stay pure functions of their input.
 */
export class Lexeme {
  tone: WordTone | undefined = undefined;
  direction: Direction | null | undefined = undefined;
  rate: boolean | undefined = undefined;

  constructor(
    readonly text: string,
    readonly hash: number,
    /** In the table every occurrence of the word shares; past its cap a lexeme is one occurrence's alone. */
    readonly shared: boolean,
  ) {}
}

/** The questions a lexeme keeps answers to. */
type LexemeSlot = 'tone' | 'direction' | 'rate';
type Answer<K extends LexemeSlot> = Exclude<Lexeme[K], undefined>;

/**
 * A word's answer to one question. A shared lexeme keeps it: `fresh` works it out once per
 * distinct word, and it is kept there alone, not in a memo by string as well (a stream whose
 * articles each bring a new word kept every word some five times over). A word without a shared
 * lexeme (made by hand, or met once the table was full) asks `memoised`, the module's memo.
 */
export function lexemeAnswer<K extends LexemeSlot>(
  w: Word,
  slot: K,
  fresh: (word: string, w: Word) => Answer<K>,
  memoised: (word: string) => Answer<K>,
): Answer<K> {
  const lex = w.lex;
  if (lex === undefined || !lex.shared) return memoised(w.text);
  const kept = lex[slot];
  if (kept !== undefined) return kept as Answer<K>;
  const answer = fresh(w.text, w);
  lex[slot] = answer;
  return answer;
}

// Words (with inner hyphens and apostrophes), numbers, and the punctuation that ends a clause:
// the tokens of /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|[+-]?\d[\d,.]*%?|[;:()&]/g, found by a
// loop over code units because every sentence with an index in it is read this way.
export function wordsIn(norm: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  scan(norm, start, end, out);
  return out;
}

const LETTER = 1;
const INNER = 2; // ' and -, inside a word
const DIGIT = 4;
const FIGURE = 8; // digits, ',' and '.', inside a number
const SIGN = 16;
const STOP = 32; // ; : ( ) &
const KIND = new Uint8Array(128);
for (let c = 65; c <= 90; c++) KIND[c] = LETTER;
for (let c = 97; c <= 122; c++) KIND[c] = LETTER;
for (let c = 48; c <= 57; c++) KIND[c] = DIGIT | FIGURE;
KIND[39] = INNER;
KIND[45] = INNER | SIGN;
KIND[43] = SIGN;
KIND[44] = FIGURE;
KIND[46] = FIGURE;
for (const c of ';:()&') KIND[c.charCodeAt(0)] = STOP;

const kindOf = (norm: string, i: number): number => {
  const c = norm.charCodeAt(i);
  return c < 128 ? KIND[c]! : 0;
};

function scan(norm: string, start: number, end: number, out: Word[]): void {
  let i = start;
  while (i < end) {
    const k = kindOf(norm, i);
    if (k & LETTER) {
      // The lower-case word's hash, up to its last letter, as the scan goes.
      let hash = fold(HASH_SEED, norm.charCodeAt(i));
      let wordHash = hash;
      let last = i;
      for (let j = i + 1; j < end; j++) {
        const kj = kindOf(norm, j);
        if (!(kj & (LETTER | INNER))) break;
        hash = fold(hash, norm.charCodeAt(j));
        if (kj & LETTER) {
          last = j;
          wordHash = hash;
        }
      }
      const lex = lexemeAt(norm, i, last + 1, wordHash);
      out.push({ start: i, end: last + 1, text: lex.text, lex });
      i = last + 1;
    } else if (k & DIGIT || (k & SIGN && i + 1 < end && kindOf(norm, i + 1) & DIGIT)) {
      let j = k & DIGIT ? i + 1 : i + 2;
      while (j < end && kindOf(norm, j) & FIGURE) j++;
      if (j < end && norm.charCodeAt(j) === 37) j++;
      out.push({ start: i, end: j, text: norm.slice(i, j), lex: undefined });
      i = j;
    } else if (k & STOP) {
      out.push({ start: i, end: i + 1, text: norm[i]!, lex: undefined });
      i++;
    } else i++;
  }
}

// FNV-1a over the lower-cased code units (words are ASCII letters, apostrophes and hyphens).
const HASH_SEED = 0x811c9dc5 | 0;
const fold = (hash: number, c: number): number => Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);

// The lexemes seen so far, by hash, in an open-addressed table. Bounded: past the cap a word
// gets a lexeme of its own (correct, only not shared), so a hostile text of millions of
// distinct words cannot grow it.
const MAX_LEXEMES = MEMO_WORDS;
let slots: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(1 << 12).fill(undefined);
// Each slot's hash beside it, so a probe reads no lexeme whose hash differs.
let hashes = new Int32Array(1 << 12);
let lexemes = 0;

function lexemeAt(norm: string, from: number, to: number, hash: number): Lexeme {
  const mask = slots.length - 1;
  let s = hash & mask;
  for (let lex = slots[s]; lex !== undefined; s = (s + 1) & mask, lex = slots[s]) {
    if (hashes[s] === hash && spells(norm, from, to, lex.text)) return lex;
  }
  const text = norm.slice(from, to).toLowerCase();
  // Only a lexeme that is kept needs a text of its own (see ownCopy).
  const shared = lexemes < MAX_LEXEMES;
  const lex = new Lexeme(shared ? ownCopy(text) : text, hash, shared);
  if (shared) {
    slots[s] = lex;
    hashes[s] = hash;
    if (++lexemes * 2 > slots.length) rehash(slots.length * 2);
  }
  return lex;
}

/** Whether norm[from, to), lower-cased, is `text`. */
function spells(norm: string, from: number, to: number, text: string): boolean {
  if (to - from !== text.length) return false;
  for (let k = 0; k < text.length; k++) {
    const c = norm.charCodeAt(from + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== text.charCodeAt(k)) return false;
  }
  return true;
}

function rehash(size: number): void {
  const old = slots;
  slots = new Array<Lexeme | undefined>(size).fill(undefined);
  hashes = new Int32Array(size);
  const mask = size - 1;
  for (const lex of old) {
    if (lex === undefined) continue;
    let s = lex.hash & mask;
    while (slots[s] !== undefined) s = (s + 1) & mask;
    slots[s] = lex;
    hashes[s] = lex.hash;
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

  /**
   * Where the words of [start, end) lie in `all`, [from, to), when no word crosses either end
   * (a sentence's stretch): the caller reads them in place. Null when one does; `between` reads it.
   */
  wholeRange(start: number, end: number): { from: number; to: number } | null {
    const all = this.all;
    const from = this.firstEndingAfter(start);
    if (all[from] !== undefined && all[from]!.start < start) return null;
    let to = from;
    while (to < all.length && all[to]!.end <= end) to++;
    if (to < all.length && all[to]!.start < end) return null;
    return { from, to };
  }

  between(start: number, end: number): Word[] {
    const all = this.all;
    const out: Word[] = [];
    if (start >= end) return out;
    let k = this.firstEndingAfter(start);
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

  /** The first word that ends after `at`: words are disjoint, so their ends ascend too. */
  private firstEndingAfter(at: number): number {
    const all = this.all;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Porter stem of a lower-case word, memoised: the same few hundred words recur in news. A stem
 * is cut from its word, so it is copied too (see ownCopy).
 */
export function stem(word: string): string {
  return stems.get(word) ?? stems.keep(word, ownCopy(PorterStemmer.stem(word)));
}

/** Porter stem of a lower-case word, worked out each time: for answers kept on a lexeme. */
export function freshStem(word: string): string {
  return PorterStemmer.stem(word);
}

const stems = new WordMemo<string>();

/** The stems of a lexicon's words, a phrase of several words as it is; stems frozen at build time where they are. */
export function stemSet(words: readonly string[], frozen: Readonly<Record<string, string>> | null = FROZEN_STEMS): Set<string> {
  return new Set(words.map((w) => (w.includes(' ') ? w : frozen && Object.hasOwn(frozen, w) ? frozen[w]! : stem(w))));
}
