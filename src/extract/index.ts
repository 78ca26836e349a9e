// Runs every recognizer once over the whole normalised text.
import type { Segmentation } from '../text/segment.js';
import { overlapsAny, overlapsSome } from '../spans.js';
import { compileLexicon, type CompiledLexicon } from './lexicon.js';
import { findCompanies, type CompanySpan } from './companies.js';
import { findDates, type DateSpan } from './dates.js';
import { findIndexMentions, type IndexMention } from './index-mentions.js';
import { findMoney, type MoneySpan } from './money.js';
import { findNumbers, type NumberSpan } from './numbers.js';
import { findOrganizations, type OrganizationSpan } from './organizations.js';
import { findPeople, type PersonSpan } from './people.js';
import { findPercentages, type PercentSpan } from './percentages.js';
import { findPlaces, type PlaceSpan } from './places.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import { findTickers, type TickerSpan } from './tickers.js';
import { indexText, type TextIndex } from './text-index.js';

export interface Extraction {
  numbers: NumberSpan[];
  percents: PercentSpan[];
  money: MoneySpan[];
  mentions: IndexMention[];
  tickers: TickerSpan[];
  companies: CompanySpan[];
  organizations: OrganizationSpan[];
  people: PersonSpan[];
  places: PlaceSpan[];
  dates: DateSpan[];
  quotes: QuoteSpan[];
  /** Where words and names start (indexText): every gazetteer scan of the document shares them. */
  index: TextIndex;
}

export function extract(norm: string, segmentation: Segmentation, lexicon: CompiledLexicon = compileLexicon()): Extraction {
  const index = indexText(norm);
  const starts = index.wordStarts;
  const found = lexicon.gazetteer.find(norm, starts);
  const numbers = findNumbers(norm);
  const tickers = findTickers(norm);
  // "(NASDAQ: INTC)" names an exchange, not the Nasdaq Composite.
  const mentions = findIndexMentions(norm, lexicon.indices, starts, found.indices).filter((m) => !overlapsAny(tickers, m));
  const headings = segmentation.sentences.filter((s) => s.kind === 'heading');
  const quotes = findQuotes(norm).filter((q) => !overlapsAny(mentions, q));
  const organizations = findOrganizations(norm, index, found.organizations);
  const people = findPeople(norm, index);
  const places = findPlaces(norm, starts, found.places);
  // "Japan rose 2%" or "Sensex slumps 1%" look like a company's move; the name says otherwise.
  const names = [...places, ...people, ...mentions, ...organizations].sort((a, b) => a.start - b.start);
  const companies = findCompanies(norm, tickers, { skip: headings, known: lexicon.companies, index, numbers, knownHits: lexicon.companies ? found.companies : undefined }).filter((c) => !c.weak || !overlapsSome(names, c));
  return {
    numbers,
    percents: findPercentages(norm, numbers),
    money: findMoney(norm, numbers),
    mentions,
    tickers,
    companies,
    organizations,
    people,
    places,
    dates: findDates(norm),
    quotes,
    index,
  };
}
