// Places from the gazetteer: countries, regions, financial centres, by name or alias
// ("U.S." → United States, "Britain" → United Kingdom). Counter-example: "Wall Street" is a
// market, not a place; a place inside a company or organisation name is the caller's to drop.
import { PLACES } from '../lexicon/places.js';
import type { PlaceEntry } from '../lexicon/types.js';
import { PhraseMatcher, type PhraseHit } from './phrase-matcher.js';

export interface PlaceSpan {
  start: number;
  end: number;
  place: PlaceEntry;
}

let matcher: PhraseMatcher<PlaceEntry> | null = null;

/** The phrases places are known by: names and aliases; short capitalised ones as written. */
export function addPlaces(add: (phrase: string, entry: PlaceEntry, exact: boolean) => void): void {
  for (const p of PLACES) {
    // Place names are proper nouns: matched capitalised only, so "chad" or "turkey" are not places.
    for (const alias of new Set([p.name, ...(p.aliases ?? [])])) add(alias, p, /^[A-Z]/.test(alias) && alias.length <= 3);
  }
}

function placeMatcher(): PhraseMatcher<PlaceEntry> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<PlaceEntry>();
  addPlaces((phrase, entry, exact) => m.add(phrase, entry, exact));
  return (matcher = m);
}

/**
 * @param starts the text's word starts (text-index.ts)
 * @param hits the gazetteer's place hits, when the caller scanned for them already
 */
export function findPlaces(norm: string, starts?: Int32Array, hits?: readonly PhraseHit<PlaceEntry>[]): PlaceSpan[] {
  return (hits ?? placeMatcher().find(norm, 0, norm.length, starts))
    // "US$2bn" is money, not a mention of the United States.
    .filter((h) => norm[h.end] !== '$')
    .map((h) => ({ start: h.start, end: h.end, place: h.value }));
}
