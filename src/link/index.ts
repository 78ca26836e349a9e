// link: spans → facts.
import type { Extraction } from '../extract/index.js';
import type { Segmentation } from '../text/segment.js';
import { resolveEntities, type EntityFact } from './entities.js';
import { linkIndexFacts, type IndexFact } from './index-facts.js';
import { classifyPercents, type PercentFact } from './percent-kinds.js';
import { DocumentWords } from './words.js';

export interface Facts {
  indices: IndexFact[];
  percentages: PercentFact[];
  entities: EntityFact[];
  /** The document's words, for the digest's tone. */
  words: DocumentWords;
}

/** Two or more lines that open with a time ("- 09:45 BST:", "10:25 IST") make a live blog. */
export function isLiveBlog(norm: string): boolean {
  const stamps = norm.match(/^[ \t]*(?:[-*\u2022][ \t]*)?\d{1,2}:\d{2}(?![\d])/gm);
  return (stamps?.length ?? 0) >= 2;
}

export function link(norm: string, segmentation: Segmentation, x: Extraction): Facts {
  const byStart = <T extends { start: number }>(a: T, b: T): number => a.start - b.start;
  const words = new DocumentWords(norm);
  const subjects = [...x.companies, ...x.organizations, ...x.people, ...x.tickers].sort(byStart);
  const linked = linkIndexFacts({
    norm,
    sentences: segmentation.sentences,
    mentions: x.mentions,
    numbers: x.numbers,
    percents: x.percents,
    claimed: [...x.money, ...x.dates, ...x.tickers, ...x.quotes].sort(byStart),
    subjects,
    liveBlog: isLiveBlog(norm),
    words,
  });
  const attached = new Set(x.companies.filter((c) => c.ticker).map((c) => `${c.end}:${c.ticker}`));
  const named = [
    ...x.companies.map((c) => ({ start: c.start, end: c.end, name: c.core })),
    // A ticker right after its company names the same thing; the company's name reads better.
    ...x.tickers.filter((t) => !attached.has(`${t.start}:${t.symbol}`) && !attached.has(`${t.start - 1}:${t.symbol}`)).map((t) => ({ start: t.start, end: t.end, name: t.symbol })),
  ].sort((a, b) => a.start - b.start);
  const allPercents = linked.tablePercents.length ? [...x.percents, ...linked.tablePercents].sort((a, b) => a.start - b.start) : x.percents;
  const percentages = classifyPercents(norm, segmentation.sentences, allPercents, linked.indexPercents, linked.otherPercents, named, x.quotes, words);
  const entities = resolveEntities({
    norm,
    organizations: x.organizations,
    companies: x.companies,
    people: x.people,
    places: x.places,
    tickers: x.tickers,
    indexNames: x.mentions,
    wordStarts: x.index.wordStarts,
  });
  return { indices: linked.facts, percentages, entities, words };
}
