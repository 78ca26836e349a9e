// Whether a stretch of text says an index set a record high: "record high", "all-time high",
// "record close", "closed at a record 6,120". Counter-examples: "record low", "record
// volume", "just shy of a record", "10% below its record high".
import { NOT_RECORD_AFTER, RECORD_NEGATORS, RECORD_PHRASES } from '../lexicon/movement.js';
import { alternation } from '../extract/regex.js';

const PHRASE = new RegExp(`(?<![A-Za-z])(?:${alternation(RECORD_PHRASES)})(?![A-Za-z])`, 'gi');
const NOT_AFTER = new Set(NOT_RECORD_AFTER);
const NEGATORS = new Set(RECORD_NEGATORS);

export function hasRecord(norm: string, start: number, end: number): boolean {
  const text = norm.slice(start, end);
  for (const m of text.matchAll(PHRASE)) {
    const next = /^[ -]([A-Za-z]+)/.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    if (next && NOT_AFTER.has(next)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase().match(/[a-z]+/g) ?? [];
    if (before.slice(-3).some((w) => NEGATORS.has(w))) continue;
    return true;
  }
  return false;
}
