// One entity per real thing: spans found by the recognizers are ranked where they overlap
// (organisation > company > person > place: "Bank of Japan" is not the place Japan, "Tokyo
// Electron Ltd." not Tokyo), grouped ("Intel Corp. (NASDAQ: INTC)" and later "Intel"; "Prime
// Minister Sanae Takaichi" and later "Takaichi"; "Bank of Japan (BoJ)" and "the BoJ"), and
// counted with every span.
import type { CompanySpan } from '../extract/companies.js';
import type { OrganizationSpan } from '../extract/organizations.js';
import type { PersonSpan } from '../extract/people.js';
import type { PlaceSpan } from '../extract/places.js';
import type { TickerSpan } from '../extract/tickers.js';
import { ExactPhrases } from '../extract/exact-phrases.js';
import { indexText } from '../extract/text-index.js';
import { COMPANY_WORDS } from '../lexicon/company-suffixes.js';
import { Coverage, lowerBound, overlapsAny, type Span } from '../spans.js';

export type EntityType = 'person' | 'company' | 'organization' | 'place';

export interface EntityFact {
  text: string;
  type: EntityType;
  ticker: string | null;
  exchange: string | null;
  title: string | null;
  spans: Span[];
}

export interface EntityInput {
  norm: string;
  organizations: readonly OrganizationSpan[];
  companies: readonly CompanySpan[];
  people: readonly PersonSpan[];
  places: readonly PlaceSpan[];
  tickers: readonly TickerSpan[];
  /**
   * Index names: no person, company or organisation inside them ("S&P/ASX 200" is not the
   * ASX), but places are kept ("Hong Kong equities" speaks of Hong Kong).
   */
  indexNames: readonly (Span & { phrase?: boolean })[];
  /** Word starts of the text (wordStarts), when the extractor computed them. */
  wordStarts?: Int32Array;
}

interface Candidate extends Span {
  rank: number;
  key: string;
  entity: EntityFact;
}

export function resolveEntities(input: EntityInput): EntityFact[] {
  const groups = new Map<string, EntityFact>();
  const candidates: Candidate[] = [];
  const add = (span: Span, rank: number, key: string, make: () => EntityFact): void => {
    let entity = groups.get(key);
    if (!entity) {
      entity = make();
      groups.set(key, entity);
    }
    candidates.push({ start: span.start, end: span.end, rank, key, entity });
  };

  const aliases = new Map<string, string>();
  for (const o of input.organizations) {
    const key = `organization:${o.name.toLowerCase()}`;
    add(o, 0, key, () => entity(o.name, 'organization'));
    if (o.acronym) aliases.set(o.acronym, key);
  }
  for (const c of input.companies) {
    const key = `company:${c.core.toLowerCase()}`;
    add(c, 1, key, () => entity(c.name, 'company'));
    const e = groups.get(key)!;
    if (c.name.length > e.text.length) e.text = c.name;
    if (c.ticker && !e.ticker) {
      e.ticker = c.ticker;
      e.exchange = c.exchange;
    }
    aliases.set(c.core, key);
    // "Toyota Motor Corp." is "Toyota" on second mention, "Sony Group Corp." is "Sony".
    const short = shortCompanyName(c.core);
    if (short) aliases.set(short, key);
    if (c.ticker && /^[A-Z]{2,}$/.test(c.ticker)) aliases.set(c.ticker, key);
  }
  const claimedTickers = new Set(input.companies.map((c) => c.ticker));
  for (const t of input.tickers) {
    if (t.exchange !== null || claimedTickers.has(t.symbol)) continue;
    add(t, 1, `company:$${t.symbol}`, () => ({ ...entity(t.symbol, 'company'), ticker: t.symbol }));
  }
  const wordCount = (name: string): number => name.split(' ').length;
  const people = [...input.people].sort((a, b) => wordCount(b.name) - wordCount(a.name));
  // "Takaichi" is the first full name ending in it ("Sanae Takaichi"), looked up, not searched.
  const fullByLast = new Map<string, string>();
  for (const q of people) {
    const space = q.name.lastIndexOf(' ');
    if (space >= 0 && !fullByLast.has(q.name.slice(space + 1))) fullByLast.set(q.name.slice(space + 1), q.name);
  }
  for (const p of people) {
    const last = p.name.split(' ').pop()!;
    const full = p.name.includes(' ') ? undefined : fullByLast.get(last);
    const name = full ?? p.name;
    const key = `person:${name}`;
    add(p, 2, key, () => entity(name, 'person'));
    const e = groups.get(key)!;
    e.title ??= p.title;
    if (name.includes(' ')) aliases.set(last, key);
  }
  for (const p of input.places) add(p, 3, `place:${p.place.name}`, () => entity(p.place.name, 'place'));

  // Later mentions by short name: "Intel", "Takaichi", "the BoJ".
  const shortNames = new ExactPhrases<string>();
  for (const [name, key] of aliases) if (name.length >= 2) shortNames.add(name, key);
  for (const h of shortNames.find(input.norm, input.wordStarts ?? indexText(input.norm).wordStarts)) candidates.push({ start: h.start, end: h.end, rank: 4, key: h.value, entity: groups.get(h.value)! });

  const kept = keepBest(input.norm, candidates, input.indexNames, input.tickers);
  for (const c of kept) c.entity.spans.push({ start: c.start, end: c.end });
  return [...groups.values()].filter((e) => e.spans.length > 0);
}

const COMPANY_WORD_SET = new Set(COMPANY_WORDS.map((w) => w.toLowerCase()));

function shortCompanyName(core: string): string | null {
  const words = core.split(' ');
  if (words.length < 2) return null;
  let keep = words.length;
  while (keep > 1 && (COMPANY_WORD_SET.has(words[keep - 1]!.toLowerCase()) || /^(?:Group|Holdings?|&|and|Co)$/.test(words[keep - 1]!))) keep--;
  const short = words.slice(0, keep).join(' ');
  return keep < words.length && short.length >= 3 && /^[A-Z]/.test(short) ? short : null;
}

function entity(text: string, type: EntityType): EntityFact {
  return { text, type, ticker: null, exchange: null, title: null, spans: [] };
}

/** Overlapping candidates: the better rank wins, then the longer span. */
function phraseAt(indexNames: readonly (Span & { phrase?: boolean })[], c: Span): boolean {
  const i = lowerBound(indexNames, c.start);
  return [indexNames[i - 1], indexNames[i]].some((m) => m !== undefined && m.start < c.end && c.start < m.end && m.phrase === true);
}

function keepBest(norm: string, candidates: Candidate[], indexNames: readonly (Span & { phrase?: boolean })[], tickers: readonly Span[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Coverage(norm.length);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    // "(NYSE: CAT)" holds no organisation; an index name ("Shanghai Composite") holds no name,
    // but a market phrase ("Hong Kong equities") or an owner ("Warsaw's WIG20") speaks of its place.
    const inIndexName = overlapsAny(indexNames, c);
    const placeSpoken = c.entity.type === 'place' && (phraseAt(indexNames, c) || norm.startsWith("'s ", c.end));
    if (overlapsAny(tickers, c) || (inIndexName && !placeSpoken)) continue;
    if (taken.overlaps(c)) continue;
    taken.add(c);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
