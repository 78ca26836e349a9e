// What each percentage is about: an index move (decided by the index linker), a stock move
// ("Toyota jumped 4.1%", quote rows), a rate ("nudges rates toward 1.0%", "the 10-year yield
// rose to 4.25%", "inflation of 3%"), or something else ("a 10% correction", "a 5% stake").
import { RATE_WORDS } from '../lexicon/movement.js';
import { adjectivalNotMove } from './adjectival.js';
import type { PercentSpan } from '../extract/percentages.js';
import type { QuoteSpan } from '../extract/quotes.js';
import type { Sentence } from '../text/segment.js';
import type { IndexPercent } from './index-facts.js';
import { directionOf } from './direction.js';
import { WordMemo } from './word-memo.js';
import { DocumentWords, lexemeAnswer, type Word } from './words.js';
import { within } from '../spans.js';
import { pattern } from '../patterns.js';

export type PercentKind = 'index-move' | 'stock-move' | 'rate' | 'other';

export interface PercentFact {
  percent: PercentSpan;
  value: number;
  kind: PercentKind;
  subject: string | null;
}

export interface NamedSpan {
  start: number;
  end: number;
  name: string;
}

const RATES = new Set(RATE_WORDS);
const STOCK_WORDS = new Set(['shares', 'share', 'stock', 'stocks', 'equity']);

export function classifyPercents(
  norm: string,
  sentences: readonly Sentence[],
  percents: readonly PercentSpan[],
  indexPercents: ReadonlyMap<PercentSpan, IndexPercent>,
  otherPercents: ReadonlySet<PercentSpan>,
  companies: readonly NamedSpan[],
  quotes: readonly QuoteSpan[],
  words: DocumentWords = new DocumentWords(norm),
): PercentFact[] {
  const out: PercentFact[] = [];
  let si = 0;
  let previous: { fact: PercentFact; sentence: number } | null = null;
  for (const p of percents) {
    while (si < sentences.length && sentences[si]!.end <= p.start) si++;
    const sentence = sentences[si] ?? { start: 0, end: norm.length };
    const quote = within(quotes, p.start - 200, p.end).find((q) => p.start >= q.start && p.end <= q.end);
    if (quote) {
      out.push({ percent: p, value: quote.changePercent, kind: 'stock-move', subject: quote.symbol });
      continue;
    }
    const move = indexPercents.get(p);
    if (move) {
      out.push({ percent: p, value: move.value, kind: 'index-move', subject: move.subject });
      continue;
    }
    const fact = classifyOther(norm, words, sentence, p, otherPercents, companies, previous?.sentence === si ? previous.fact : null);
    out.push(fact);
    previous = { fact, sentence: si };
  }
  return out;
}

function classifyOther(
  norm: string,
  words: DocumentWords,
  sentence: { start: number; end: number },
  p: PercentSpan,
  otherPercents: ReadonlySet<PercentSpan>,
  companies: readonly NamedSpan[],
  previous: PercentFact | null,
): PercentFact {
  // The second end of a range ("a range of 3.50% to 3.75%", "3.0% and 3.5%") is what the first is.
  if (previous && /^ ?(?:to|and|-|or) (?:the [a-z-]+ (?:at )?)?$/.test(norm.slice(previous.percent.end, p.start).replace(/[^ a-z-]/g, ''))) {
    return { percent: p, value: previous.kind === 'rate' ? p.value : signed(norm, sentence.start, p), kind: previous.kind, subject: previous.subject };
  }
  const clause = clauseAround(norm, sentence, p);
  const beforeWords = words.between(clause.start, p.start);
  const afterWords = words.between(p.end, Math.min(clause.end, p.end + 40));
  const before = beforeWords.map((w) => w.text);
  const after = afterWords.map((w) => w.text);
  const company = otherPercents.has(p) ? undefined : nearestBefore(companies, p.start, clause.start);
  // The nearer cue wins: "FedEx cut its outlook, sending its shares down 7.8%" is a stock move.
  // -1 unless a rate word stands among the last RATE_REACH words; lastStock is -1 at least.
  const lastRate = lastIndex(beforeWords, isRate, before.length - RATE_REACH);
  const lastStock = Math.max(lastIndex(before, (w) => STOCK_WORDS.has(w)), company ? before.length - words.between(company.end, p.start).length - 1 : -1);
  const rateAfter = afterWords.slice(0, 4).some(isRate);
  const ratePhrase = RATE_PHRASE.test(norm.slice(Math.max(clause.start, p.start - 60), Math.min(clause.end, p.end + 40)));
  if (lastRate > lastStock || (lastStock < 0 && (rateAfter || ratePhrase))) {
    return { percent: p, value: p.value, kind: 'rate', subject: null };
  }
  if (adjectivalNotMove(before.slice(-2), after[0])) return { percent: p, value: p.value, kind: 'other', subject: null };
  if (company || before.slice(-5).some((w) => STOCK_WORDS.has(w))) {
    return { percent: p, value: signed(norm, sentence.start, p), kind: 'stock-move', subject: company?.name ?? null };
  }
  return { percent: p, value: signed(norm, sentence.start, p), kind: 'other', subject: null };
}

// Bond tenors ("10-year", "five-year") and annual comparisons mark rates and economic data.
const TENOR = pattern('link/percent-kinds:TENOR', /^(?:\d{1,2}|one|two|three|five|seven|ten|thirty)-(?:year|month|week)$/);
const RATE_PHRASE = pattern('link/percent-kinds:RATE_PHRASE', /(?:consumer|producer|retail|wholesale|core) (?:prices|inflation)|from a year (?:earlier|ago)|year[- ]on[- ]year|annual(?:ised|ized)? (?:rate|pace|growth)|price index/i);

/** How many words before a percentage a rate word may stand and still make it a rate. */
const RATE_REACH = 10;

/** The last index at or after `from` whose word passes `test`, or -1. */
function lastIndex<T>(words: readonly T[], test: (w: T) => boolean, from = 0): number {
  for (let i = words.length - 1; i >= Math.max(0, from); i--) if (test(words[i]!)) return i;
  return -1;
}

const isRate = (w: Word): boolean => lexemeAnswer(w, 'rate', rateWord, isRateWord);

/** Memoised: every word of the clause before each percentage is asked. */
function isRateWord(w: string): boolean {
  return rateWords.get(w) ?? rateWords.keep(w, rateWord(w));
}

function rateWord(w: string): boolean {
  return RATES.has(w) || RATES.has(w.replace(/-/g, ' ')) || TENOR.test(w);
}

const rateWords = new WordMemo<boolean>();

/** The clause holding the percentage: cut at semicolons, and at commas before a new subject. */
function clauseAround(norm: string, sentence: { start: number; end: number }, p: PercentSpan): { start: number; end: number } {
  // Bounded: a clause is a few dozen words, whatever the length of a hostile sentence.
  let start = Math.max(sentence.start, p.start - 200);
  for (let i = p.start - 1; i > start; i--) {
    const c = norm[i];
    // Not at ':' — tickers hold one ("(TYO: 6857) jumped 5.4%").
    if (c === ';' || (c === ',' && /^, (?:while|whereas|but|and) /.test(norm.slice(i, i + 12)))) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(sentence.end, p.end + 200);
  for (let i = p.end; i < end; i++) {
    const c = norm[i];
    if (c === ';' || (c === ',' && /^, (?:while|whereas|but) /.test(norm.slice(i, i + 12)))) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/**
 * A move written without a sign after a falling verb is negative ("fell 3.2%", "down 4%");
 * a level reached is not ("fell to 2.9%").
 */
function signed(norm: string, from: number, p: PercentSpan): number {
  if (p.signed || p.value === 0) return p.value;
  const lead = norm.slice(Math.max(from, p.start - 40), p.start).toLowerCase();
  const lastClause = lead.split(/[,;]| while | and | but /).pop() ?? '';
  if (/(?:^|[^a-z])(?:to|at|of|from|than|near|around)(?: (?:about|around|nearly|almost|roughly|just|some))? $/.test(lastClause)) return p.value;
  return (lastClause.match(/[a-z][a-z'-]*/g) ?? []).some((w) => directionOf(w) === 'down') ? -p.value : p.value;
}

function nearestBefore(spans: readonly NamedSpan[], at: number, from: number): NamedSpan | undefined {
  let best: NamedSpan | undefined;
  for (const s of within(spans, Math.max(from, at - 400), at)) if (at - s.end < 80) best = s;
  return best;
}
