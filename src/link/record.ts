// Whether a stretch of text says an index set a record high: "record high", "all-time high",
// "record close", "closed at a record 6,120", "JUMPS 2.4% TO RECORD". Counter-examples:
// "record low", "record volume", "on record", "track record", "just shy of a record",
// "10% below its record high", "Monday's record close".
import { NOT_RECORD_AFTER, PAST_MARKERS, RECORD_NEGATORS } from '../lexicon/movement.js';
import { pattern } from '../patterns.js';
import { Occurrences } from './occurrences.js';

const RECORD = pattern('link/record:RECORD', /(?<![A-Za-z-])(?:records?|record-high|record-breaking|all[- ]time (?:highs?|peaks?)|lifetime (?:highs?|peaks?))(?![A-Za-z])/gi);
const RECORD_LITERALS = pattern('link/record:RECORD_LITERALS', /record|all[- ]time|lifetime/gi);
const NOT_AFTER = new Set(NOT_RECORD_AFTER);

/** Where the document holds a record word: stretches without one skip the record pattern. */
export function recordWords(norm: string): Occurrences {
  return new Occurrences(norm, RECORD_LITERALS);
}
const NEGATORS = new Set([...RECORD_NEGATORS, ...PAST_MARKERS, 'on', 'track', 'off']);

export function hasRecord(norm: string, start: number, end: number, words?: Occurrences): boolean {
  if (words && !words.anyStartingIn(start, end)) return false;
  const text = norm.slice(start, end);
  for (const m of text.matchAll(RECORD)) {
    const next = /^[ -]([A-Za-z]+)/.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    if (next && NOT_AFTER.has(next)) continue;
    // Negators count only within the phrase: "close near 58k, a record" is a record.
    const lead = text.slice(Math.max(0, m.index - 32), m.index).toLowerCase();
    const phrase = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.search(/\d[^\d]*$/)) + 1);
    const before = phrase.match(/[a-z][a-z']*/g) ?? [];
    if (before.slice(-3).some((w) => NEGATORS.has(w))) continue;
    return true;
  }
  return false;
}
