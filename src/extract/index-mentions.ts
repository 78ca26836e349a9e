// Index mentions from the gazetteer: "Nikkei 225", "the Nikkei", "Kospi", "S&P/ASX 200",
// and market phrases that stand for one index ("Hong Kong equities" → Hang Seng).
// A mention followed by "futures" is the futures contract; one followed by a sector word and
// "index" ("TOPIX banks index") is a sub-index, kept so its numbers are not given to the
// main index. Counter-example: "Nasdaq-listed" names no index.
import type { IndexEntry } from '../lexicon/types.js';
import { SECTOR_WORDS, SUBINDEX_NOUNS } from '../lexicon/movement.js';
import { compileLexicon } from './lexicon.js';
import type { PhraseHit, PhraseMatcher } from './phrase-matcher.js';
import { alternation, FirstWords } from './regex.js';
import { pattern } from '../patterns.js';

export interface IndexMention {
  start: number;
  end: number;
  index: IndexEntry;
  futures: boolean;
  /** A sector or sub-index of this index, not the index itself. */
  subIndex: boolean;
  /** Found by a market phrase ("Hong Kong equities"), not by the index's name. */
  phrase: boolean;
  /** "The index" standing for the index named before it (set by the linker). */
  anaphor?: boolean;
}

// "Nikkei futures", "S&P 500 index futures", and terminal shorthand "S&P 500 FUT".
const FUTURES_AFTER = pattern('extract/index-mentions:FUTURES_AFTER', /^(?:'s)? (?:index )?(?:futures|futs?)\b/i);
const FUTURES_BEFORE = pattern('extract/index-mentions:FUTURES_BEFORE', /(?:\bE-mini|\bfutures on(?: the)?) $/i);
const COMPOUND_AFTER = pattern('extract/index-mentions:COMPOUND_AFTER', /^-(?:listed|traded|quoted|based|linked|tracking|heavy|component|member|constituent)\b/i);
const SUB_AFTER = pattern(
  'extract/index-mentions:SUB_AFTER',
  new RegExp(
    `^(?:'s)? (?:${alternation(SECTOR_WORDS)})(?: (?:${alternation(SECTOR_WORDS)}))? (?:${alternation(SUBINDEX_NOUNS)})\\b`,
    'i',
  ),
);

// A sub-index names a sector right after the index: most mentions do not, and skip the pattern.
const SECTOR_FIRST = new FirstWords(SECTOR_WORDS, true);

/** Where a word may follow the name: past an optional "'s", after a space. */
function wordAfter(after: string): number {
  const at = after.charCodeAt(0) === 39 && (after.charCodeAt(1) | 32) === 115 ? 2 : 0;
  return after.charCodeAt(at) === 32 ? at + 1 : -1;
}

function maySubIndex(after: string): boolean {
  const at = wordAfter(after);
  return at >= 0 && SECTOR_FIRST.startAt(after, at);
}

/** "futures", "futs", "fut" or "index futures" can follow: it starts with f or i. */
function mayBeFutures(after: string): boolean {
  const at = wordAfter(after);
  const c = at >= 0 ? after.charCodeAt(at) | 32 : 0;
  return c === 102 || c === 105;
}

/** "E-mini " or "futures on (the) " ends right before the name: " " after "i", "n" or "e". */
function futuresBefore(before: string): boolean {
  const last = before.charCodeAt(before.length - 2) | 32;
  return before.charCodeAt(before.length - 1) === 32 && (last === 105 || last === 110 || last === 101) && FUTURES_BEFORE.test(before);
}

/**
 * @param starts the text's word starts (text-index.ts)
 * @param hits the gazetteer's index hits, when the caller scanned for them already
 */
export function findIndexMentions(
  norm: string,
  matcher: PhraseMatcher<IndexEntry> = compileLexicon().indices,
  starts?: Int32Array,
  hits?: readonly PhraseHit<IndexEntry>[],
): IndexMention[] {
  const out: IndexMention[] = [];
  for (const hit of hits ?? matcher.find(norm, 0, norm.length, starts)) {
    const after = norm.slice(hit.end, hit.end + 48);
    if (after.charCodeAt(0) === 45 && COMPOUND_AFTER.test(after)) continue;
    const before = norm.slice(Math.max(0, hit.start - 16), hit.start);
    out.push({
      start: hit.start,
      end: hit.end,
      index: hit.value,
      futures: (mayBeFutures(after) && FUTURES_AFTER.test(after)) || futuresBefore(before),
      subIndex: maySubIndex(after) && SUB_AFTER.test(after),
      phrase: (hit.value.phrases ?? []).includes(hit.phrase),
    });
  }
  return out;
}
