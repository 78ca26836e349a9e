// What each percentage is about: an index move (decided by the index linker), a stock move
// ("Toyota jumped 4.1%", quote rows), a rate ("nudges rates toward 1.0%", "the 10-year yield
// rose to 4.25%", "inflation of 3%"), or something else ("a 10% correction", "a 5% stake").
import { RATE_WORDS } from '../lexicon/movement.js';
import type { PercentSpan } from '../extract/percentages.js';
import type { QuoteSpan } from '../extract/quotes.js';
import type { Sentence } from '../text/segment.js';
import type { IndexPercent } from './index-facts.js';
import { wordsIn } from './words.js';

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
const FALLING = /(?:^|[^a-z])(?:fell|fall|falls|falling|dropped|drops|drop|declined|declines|slid|slides|slipped|slips|lost|loses|tumbled|tumbles|plunged|plunges|sank|sinks|shed|sheds|eased|eases|down|lower|retreated|dipped|dips|slumped|slumps|gave up|skidded|sagged)(?:$|[^a-z])/;

export function classifyPercents(
  norm: string,
  sentences: readonly Sentence[],
  percents: readonly PercentSpan[],
  indexPercents: ReadonlyMap<PercentSpan, IndexPercent>,
  otherPercents: ReadonlySet<PercentSpan>,
  companies: readonly NamedSpan[],
  quotes: readonly QuoteSpan[],
): PercentFact[] {
  const out: PercentFact[] = [];
  let si = 0;
  for (const p of percents) {
    while (si < sentences.length && sentences[si]!.end <= p.start) si++;
    const sentence = sentences[si] ?? { start: 0, end: norm.length };
    const quote = quotes.find((q) => p.start >= q.start && p.end <= q.end);
    if (quote) {
      out.push({ percent: p, value: quote.changePercent, kind: 'stock-move', subject: quote.symbol });
      continue;
    }
    const move = indexPercents.get(p);
    if (move) {
      out.push({ percent: p, value: move.value, kind: 'index-move', subject: move.subject });
      continue;
    }
    const before = wordsIn(norm, Math.max(sentence.start, p.start - 80), p.start).map((w) => w.text);
    const after = wordsIn(norm, p.end, Math.min(sentence.end, p.end + 40)).map((w) => w.text);
    const near = [...before.slice(-6), ...after.slice(0, 3)];
    if (near.some((w) => RATES.has(w) || RATES.has(w.replace(/-/g, ' ')))) {
      out.push({ percent: p, value: p.value, kind: 'rate', subject: null });
      continue;
    }
    const company = otherPercents.has(p) ? undefined : nearestBefore(companies, p.start, sentence.start);
    if (company || before.slice(-5).some((w) => STOCK_WORDS.has(w))) {
      out.push({ percent: p, value: signed(norm, sentence.start, p), kind: 'stock-move', subject: company?.name ?? null });
      continue;
    }
    out.push({ percent: p, value: p.value, kind: 'other', subject: null });
  }
  return out;
}

/** A move written without a sign after a falling verb is negative. */
function signed(norm: string, from: number, p: PercentSpan): number {
  if (p.signed || p.value === 0) return p.value;
  const lead = norm.slice(Math.max(from, p.start - 40), p.start).toLowerCase();
  const lastClause = lead.split(/[,;]| while | and | but /).pop() ?? '';
  return FALLING.test(lastClause) ? -p.value : p.value;
}

function nearestBefore(spans: readonly NamedSpan[], at: number, from: number): NamedSpan | undefined {
  let best: NamedSpan | undefined;
  for (const s of spans) if (s.end <= at && s.start >= from && at - s.end < 80) best = s;
  return best;
}
