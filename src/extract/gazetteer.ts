// The document's gazetteer scans in one: index names, organisations, places and the companies a
// user's config names share one trie and one walk per word start, each keeping the hits its own
// matcher would find (PhraseMatcher.findKinds).
import type { CompanyEntry, IndexEntry, OrganizationEntry, PlaceEntry } from '../lexicon/types.js';
import { PhraseMatcher, type FrozenTable, type PhraseHit } from './phrase-matcher.js';

const INDEX = 0;
const ORGANIZATION = 1;
const PLACE = 2;
const COMPANY = 3;

export interface GazetteerHits {
  indices: PhraseHit<IndexEntry>[];
  organizations: PhraseHit<OrganizationEntry>[];
  places: PhraseHit<PlaceEntry>[];
  companies: PhraseHit<CompanyEntry>[];
}

type Value = IndexEntry | OrganizationEntry | PlaceEntry | CompanyEntry;

export class Gazetteer {
  private readonly matcher = new PhraseMatcher<Value>();

  addIndex(phrase: string, entry: IndexEntry, exact = false): void {
    this.matcher.add(phrase, entry, exact, INDEX);
  }

  addOrganization(phrase: string, entry: OrganizationEntry, exact = false): void {
    this.matcher.add(phrase, entry, exact, ORGANIZATION);
  }

  addPlace(phrase: string, entry: PlaceEntry, exact = false): void {
    this.matcher.add(phrase, entry, exact, PLACE);
  }

  addCompany(phrase: string, entry: CompanyEntry, exact = false): void {
    this.matcher.add(phrase, entry, exact, COMPANY);
  }

  /** The trie of the phrases added so far (see PhraseMatcher.freeze). */
  freeze(): FrozenTable {
    return this.matcher.freeze();
  }

  /** Takes up a frozen trie if it holds exactly the phrases added. */
  thaw(frozen: FrozenTable): boolean {
    return this.matcher.thaw(frozen);
  }

  /** @param starts the text's word starts (text-index.ts) */
  find(text: string, starts: Int32Array): GazetteerHits {
    const hits = this.matcher.findKinds(text, starts, 4);
    // Each kind's hits hold the values added under that kind only.
    return {
      indices: hits[INDEX] as PhraseHit<IndexEntry>[],
      organizations: hits[ORGANIZATION] as PhraseHit<OrganizationEntry>[],
      places: hits[PLACE] as PhraseHit<PlaceEntry>[],
      companies: hits[COMPANY] as PhraseHit<CompanyEntry>[],
    };
  }
}
