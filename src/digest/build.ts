// digest: facts → one document of the contract. One entry per index (and per futures
// contract) per document; the level reported is the best-supported one.
import type { Extraction } from '../extract/index.js';
import type { Facts } from '../link/index.js';
import type { DocumentWords } from '../link/words.js';
import type { IndexFact } from '../link/index-facts.js';
import type { Segmentation } from '../text/segment.js';
import { consistencyProblems } from './checks.js';
import { storyDate } from './date.js';
import { documentTone, indexTone, isFearGauge, type Move } from '../link/tone.js';
import type { DocumentDigest, IndexDigest } from './schema.js';

export interface DocumentParts {
  source: string;
  /** The decoded text: offsets and quoted text refer to it. */
  text: string;
  norm: string;
  segmentation: Segmentation;
  extraction: Extraction;
  facts: Facts;
}

export function buildDocument(p: DocumentParts): DocumentDigest {
  const { text } = p;
  const slice = (s: { start: number; end: number }): string => text.slice(s.start, s.end);
  return {
    source: p.source,
    headline: p.segmentation.headline ? slice(p.segmentation.headline) : null,
    date: storyDate(p.extraction.dates, p.norm),
    tone: documentTone(p.norm, p.segmentation.sentences, p.facts.indices.map(moveOf), p.facts.words),
    indices: p.facts.indices.map((f) => indexDigest(f, text, p.norm, p.facts.words)),
    percentages: p.facts.percentages.map((f) => ({
      value: f.value,
      text: slice(f.percent),
      approx: f.percent.approx,
      kind: f.kind,
      subject: f.subject,
      start: f.percent.start,
      end: f.percent.end,
    })),
    money: p.extraction.money.map((m) => ({ amount: m.amount, currency: m.currency, text: slice(m), approx: m.approx, start: m.start, end: m.end })),
    entities: p.facts.entities.map((e) => ({
      text: e.text,
      type: e.type,
      ticker: e.ticker,
      exchange: e.exchange,
      title: e.title,
      count: e.spans.length,
      spans: e.spans.map((s) => [s.start, s.end] as [number, number]),
    })),
    quotes: p.extraction.quotes.map((q) => ({ symbol: q.symbol, price: q.price, change: q.change, changePercent: q.changePercent })),
  };
}

function moveOf(f: IndexFact): Move {
  return { direction: f.direction, record: f.record, fearGauge: isFearGauge(f.index.name) };
}

function indexDigest(f: IndexFact, text: string, norm: string, words: DocumentWords): IndexDigest {
  const level = f.level;
  const aliases = [...new Set(f.mentions.map((m) => text.slice(m.start, m.end)))];
  const figures = {
    level: level?.value ?? null,
    changePercent: f.percent?.value ?? null,
    changePoints: f.points?.value ?? null,
    direction: f.direction,
  };
  return {
    name: f.index.name,
    aliases,
    region: f.index.region,
    currency: f.index.currency,
    futures: f.futures,
    level: level?.value ?? null,
    levelApprox: level?.approx ?? false,
    changePercent: f.percent?.value ?? null,
    changePoints: f.points?.value ?? null,
    direction: f.direction,
    record: f.record,
    tone: indexTone(norm, f.stretches, moveOf(f), words),
    problems: consistencyProblems(figures),
    evidence: f.sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
  };
}
