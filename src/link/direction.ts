// Which way a stretch of text says a market moved: "soared", "edged higher", "saw minor
// declines" (down), "traded largely flat", "remained steady", "pared losses" (still down).
// The nearest word to the index wins.
import { DIRECTION_PHRASES, DOWN_WORDS, FLAT_WORDS, UP_WORDS } from '../lexicon/movement.js';
import { alternation } from '../extract/regex.js';
import { freshStem, lexemeAnswer, stem, stemSet, type Word } from './words.js';
import { within } from '../spans.js';
import { pattern } from '../patterns.js';
import { Occurrences } from './occurrences.js';
import { WordMemo } from './word-memo.js';

export type Direction = 'up' | 'down' | 'flat';

const UP = stemSet(UP_WORDS);
const DOWN = stemSet(DOWN_WORDS);
const FLAT = stemSet(FLAT_WORDS);
const LEADS = stemLeads([...UP, ...DOWN, ...FLAT]);
const multiWord: Record<string, Direction> = { ...DIRECTION_PHRASES };
for (const w of FLAT_WORDS) if (w.includes(' ')) multiWord[w] = 'flat';
for (const w of DOWN_WORDS) if (w.includes(' ')) multiWord[w] = 'down';
const PHRASE = pattern('link/direction:PHRASE', new RegExp(`(?<![A-Za-z])(?:${alternation(Object.keys(multiWord))})(?![A-Za-z])`, 'i'));
const PHRASES = pattern('link/direction:PHRASES', new RegExp(PHRASE.source, 'gi'));
const PHRASE_LITERALS = pattern('link/direction:PHRASE_LITERALS', new RegExp(alternation(Object.keys(multiWord)), 'gi'));

/** Where the document holds a direction phrase: stretches without one skip the phrase pattern. */
export function directionPhrases(norm: string): Occurrences {
  return new Occurrences(norm, PHRASE_LITERALS);
}

export interface DirectionHit {
  direction: Direction;
  start: number;
  end: number;
}

export function findDirection(norm: string, words: readonly Word[], start: number, end: number, phrases?: Occurrences): DirectionHit | null {
  let best: DirectionHit | null = null;
  const m = phrases && !phrases.anyStartingIn(start, end) ? null : PHRASE.exec(norm.slice(start, end));
  if (m) best = { direction: multiWord[m[0].toLowerCase()]!, start: start + m.index, end: start + m.index + m[0].length };
  for (const w of within(words, start, end)) {
    if (best && w.start >= best.start) break;
    const d = directionOfWord(w);
    if (d) return { direction: d, start: w.start, end: w.end };
  }
  return best;
}

/** The direction a lower-case word says, memoised: the same few thousand words recur in news. */
export function directionOf(word: string): Direction | null {
  // A word that does not start with a lower-case letter (a number, punctuation) says none.
  const c = word.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return null;
  const d = directions.get(word);
  return d !== undefined ? d : directions.keep(word, directionFrom(word, stem));
}

const directions = new WordMemo<Direction | null>();

/** directionOf a scanned word, kept on its lexeme (see lexemeAnswer). */
export function directionOfWord(w: Word): Direction | null {
  return lexemeAnswer(w, 'direction', freshDirection, directionOf);
}

// A lexeme's text is a lower-case word of letters: directionOf's first check always passes.
function freshDirection(word: string): Direction | null {
  return directionFrom(word, freshStem);
}

/**
 * The Porter stemmer rewrites a word's ending only, so a stem keeps its word's first two letters
 * ("soaring" → "soar"), or the first alone when the stem has one or two ("eying" → "ei"). A word
 * whose first letters begin none of the lexicon's stems says no direction, and is not stemmed:
 * that is most words of a text, and until V8 has optimised the stemmer it costs tens of
 * microseconds a word, milliseconds of a short document's run.
 */
interface StemLeads {
  /** By first letter's code: 1 when a stem of one or two letters starts with it. */
  firsts: Uint8Array;
  /** By first two letters' codes (128 × first + second): 1 when a longer stem starts with them. */
  pairs: Uint8Array;
}

function stemLeads(stems: Iterable<string>): StemLeads {
  const leads: StemLeads = { firsts: new Uint8Array(128), pairs: new Uint8Array(128 * 128) };
  for (const s of stems) {
    const a = s.charCodeAt(0);
    const b = s.charCodeAt(1);
    // A stem of other characters than ASCII is never skipped: the lead tables cannot hold it.
    if (!(a < 128) || (s.length > 2 && !(b < 128))) leads.firsts.fill(1);
    else if (s.length <= 2) leads.firsts[a] = 1;
    else leads.pairs[a * 128 + b] = 1;
  }
  return leads;
}

function mayStemToOne(word: string): boolean {
  const a = word.charCodeAt(0);
  if (!(a < 128)) return true;
  if (LEADS.firsts[a] === 1) return true;
  // The stemmer lower-cases what it is given.
  const b = word.charCodeAt(1);
  return b < 128 && LEADS.pairs[a * 128 + (b >= 65 && b <= 90 ? b + 32 : b)] === 1;
}

/** The direction of a word by `stemOf`'s stem of it, or of the word itself; a word no stem could match is not stemmed. */
function directionFrom(word: string, stemOf: (word: string) => string): Direction | null {
  if (!mayStemToOne(word)) return null;
  const s = stemOf(word);
  if (UP.has(s) || UP.has(word)) return 'up';
  if (DOWN.has(s) || DOWN.has(word)) return 'down';
  if (FLAT.has(s) || FLAT.has(word)) return 'flat';
  return null;
}

/** The direction word nearest before `end` ("up 12% this year but fell 0.3%": fell). */
export function findDirectionBefore(norm: string, words: readonly Word[], start: number, end: number, phrases?: Occurrences): DirectionHit | null {
  let best: DirectionHit | null = null;
  for (const w of within(words, start, end)) {
    const d = directionOfWord(w);
    if (d) best = { direction: d, start: w.start, end: w.end };
  }
  if (phrases && !phrases.anyStartingIn(start, end)) return best;
  for (const m of norm.slice(start, end).matchAll(PHRASES)) {
    if (!best || start + m.index >= best.start) best = { direction: multiWord[m[0].toLowerCase()]!, start: start + m.index, end: start + m.index + m[0].length };
  }
  return best;
}
