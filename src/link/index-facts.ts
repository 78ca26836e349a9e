// Attaches levels, moves, directions and records to the index they belong to. Within a
// sentence each index name owns the words after it up to the next subject (another index, a
// company, a currency, "yields", ...); two names joined only by "and", commas or "both" share
// what follows them. Numbers and words before the first name count only for direction and
// record, and only within the same clause ("Record highs: Nikkei ..." does not reach back).
import type { Sentence } from '../text/segment.js';
import type { IndexEntry } from '../lexicon/types.js';
import type { IndexMention } from '../extract/index-mentions.js';
import type { NumberSpan } from '../extract/numbers.js';
import type { PercentSpan } from '../extract/percentages.js';
import { CLOSING_WORDS, COORDINATORS, LONG_PERIOD_PHRASES, OTHER_SUBJECTS } from '../lexicon/movement.js';
import { alternation, FirstWords } from '../extract/regex.js';
import { directionPhrases, findDirection, findDirectionBefore, type Direction } from './direction.js';
import { numberRole } from './levels.js';
import { hasRecord, recordWords } from './record.js';
import type { Occurrences } from './occurrences.js';
import { adjectivalNotMove } from './adjectival.js';
import { DocumentWords, type Word } from './words.js';
import { lowerBound, within, type Span } from '../spans.js';
import { pattern } from '../patterns.js';

export type { Span } from '../spans.js';

export interface LevelCandidate extends Span {
  value: number;
  approx: boolean;
  closing: boolean;
  decimals: number;
}

type PercentReading = Span & { value: number; approx: boolean };
type PointsReading = Span & { value: number };

/** What one mention's stretch of a sentence says about its index. */
interface Reading {
  closing: boolean;
  direction: Direction | null;
  percent: PercentReading | null;
  points: PointsReading | null;
}

export interface IndexFact {
  index: IndexEntry;
  futures: boolean;
  mentions: Span[];
  levels: LevelCandidate[];
  readings: Reading[];
  /** Settled from the readings once the whole document is read. */
  level: LevelCandidate | null;
  percent: PercentReading | null;
  points: PointsReading | null;
  direction: Direction | null;
  record: boolean;
  sentences: Span[];
  /** Each mention with the words it owns: what the index's tone is read from. */
  stretches: Span[];
}

export interface LinkInput {
  norm: string;
  sentences: readonly Sentence[];
  mentions: readonly IndexMention[];
  numbers: readonly NumberSpan[];
  percents: readonly PercentSpan[];
  /** Spans whose numbers belong to something else: money, dates, tickers, quotes (sorted by start). */
  claimed: readonly Span[];
  /** Spans that start another subject: companies, people, organisations, tickers (sorted by start). */
  subjects: readonly Span[];
  /** Timestamped updates: a later figure supersedes an earlier one. */
  liveBlog?: boolean;
  /** The document's words, when the caller has them. */
  words?: DocumentWords;
}

export interface IndexPercent {
  subject: string;
  value: number;
}

export interface LinkResult {
  facts: IndexFact[];
  /** Percentages that describe an index move: the index's name and the signed value. */
  indexPercents: Map<PercentSpan, IndexPercent>;
  /** Percentages next to an index but not its move ("a 10% correction"). */
  otherPercents: Set<PercentSpan>;
  /** Percent changes read from a table's %Chg column, printed without a % sign. */
  tablePercents: PercentSpan[];
}

const OTHER = new Set(OTHER_SUBJECTS);
const CLOSING = new Set(CLOSING_WORDS);
const COORD = new Set(COORDINATORS);
const AFTER_NAME = pattern('link/index-facts:AFTER_NAME', /^(?:'s)?(?: (?:index|indices|indexes|average|gauge|benchmark))?(?: (?:index )?futures(?: contracts?)?)?/i);
// Facts about an index sit within a few dozen words of its name; a bound keeps a hostile
// 10 MB sentence from making every mention scan the rest of it.
const MAX_REGION = 400;
// Longest span (a quote row, a dated phrase) that can claim a number, looking back from it.
const MAX_CLAIMED = 200;
const LONG_PERIOD = pattern('link/index-facts:LONG_PERIOD', new RegExp(`^[ ,]{0,3}(?:${alternation(LONG_PERIOD_PHRASES)})(?![A-Za-z])`, 'i'));

const LONG_PERIOD_FIRST = new FirstWords(LONG_PERIOD_PHRASES, true);

/** Whether a long period's phrase can follow a percentage at `at`, after up to three spaces or commas. */
function mayBeLongPeriod(norm: string, at: number): boolean {
  let q = at;
  while (q < at + 4 && (norm.charCodeAt(q) === 32 || norm.charCodeAt(q) === 44)) q++;
  return q < at + 4 && LONG_PERIOD_FIRST.startAt(norm, q);
}

export function linkIndexFacts(input: LinkInput): LinkResult {
  const { norm, sentences, mentions } = input;
  const facts = new Map<string, IndexFact>();
  const indexPercents = new Map<PercentSpan, IndexPercent>();
  const otherPercents = new Set<PercentSpan>();
  const tablePercents: PercentSpan[] = [];
  const docWords = input.words ?? new DocumentWords(norm);
  let cues: Cues | undefined;
  let mi = 0;
  let last: IndexMention | null = null;
  for (const sentence of sentences) {
    while (mi < mentions.length && mentions[mi]!.start < sentence.start) mi++;
    const inSentence: IndexMention[] = [];
    for (let k = mi; k < mentions.length && mentions[k]!.start < sentence.end; k++) inSentence.push(mentions[k]!);
    if (!inSentence.length && last) {
      const anaphor = anaphorAt(norm, sentence, last);
      if (anaphor) inSentence.push(anaphor);
    }
    if (!inSentence.length) continue;
    for (const m of inSentence) if (!m.subIndex && !m.futures && !m.anaphor) last = m;
    const words = docWords.between(sentence.start, sentence.end);
    const stops = subjectStops(input, sentence, words, inSentence);
    const regions = ownRegions(norm, inSentence, stops, sentence);
    const seen = new Set<string>();
    const first = firstMain(inSentence);
    inSentence.forEach((m, i) => {
      if (m.subIndex) return;
      const region = regions[i]!;
      const fact = factFor(facts, m);
      if (!m.anaphor) fact.mentions.push({ start: m.start, end: m.end });
      const key = factKey(m);
      if (!seen.has(key)) fact.sentences.push({ start: sentence.start, end: sentence.end });
      seen.add(key);
      fact.stretches.push({ start: m.start, end: Math.max(m.end, Math.min(region.end, m.start + MAX_REGION)) });
      cues ??= { phrases: directionPhrases(norm), records: recordWords(norm) };
      readRegion(input, cues, sentence, words, m, region, i === first, fact, indexPercents, otherPercents, tablePercents);
    });
  }
  for (const f of facts.values()) settle(f, input.liveBlog ?? false);
  return { facts: [...facts.values()], indexPercents, otherPercents, tablePercents };
}

/**
 * One figure per field from all the readings of a document: a reading from a closing
 * sentence wins; otherwise the first, or in a live blog the latest.
 */
function settle(f: IndexFact, latest: boolean): void {
  const pick = <T>(items: readonly T[]): T | undefined => (latest ? items[items.length - 1] : items[0]);
  const moves = f.readings.filter((r) => r.percent || r.points);
  const chosen = pick(moves.filter((r) => r.closing)) ?? pick(moves);
  f.percent = chosen?.percent ?? pick(moves.filter((r) => r.percent))?.percent ?? null;
  f.points = chosen?.points ?? pick(moves.filter((r) => r.points))?.points ?? null;
  f.direction = chosen?.direction ?? pick(f.readings.filter((r) => r.direction))?.direction ?? null;
  f.level = bestLevel(f.levels, latest);
}

/** Exact over approximate, a close over an intraday figure, more decimals over fewer, then first (latest in a live blog). */
export function bestLevel(levels: readonly LevelCandidate[], latest = false): LevelCandidate | null {
  let best: LevelCandidate | null = null;
  for (const l of levels) {
    if (!best) best = l;
    else if (best.approx !== l.approx) best = best.approx ? l : best;
    else if (best.closing !== l.closing) best = best.closing ? best : l;
    else if (latest) best = l;
    else if (l.decimals > best.decimals) best = l;
  }
  return best;
}

// "The blue-chip index shed 41.37 points": a sentence that opens with the index as its subject
// speaks of the index named last.
const ANAPHOR = pattern('link/index-facts:ANAPHOR', /^(?:The|the|That|This) (?:(?:blue-chip|benchmark|broader|broad|main|key|wider|headline|[a-z]+-heavy|[a-z]+-weighted) )?(?:index|gauge|benchmark|average|barometer|measure)(?![A-Za-z-])/);

function anaphorAt(norm: string, sentence: Sentence, last: IndexMention): IndexMention | null {
  const m = ANAPHOR.exec(norm.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
  if (!m) return null;
  return { start: sentence.start, end: sentence.start + m[0].length, index: last.index, futures: false, subIndex: false, phrase: true, anaphor: true };
}

function firstMain(ms: readonly IndexMention[]): number {
  return ms.findIndex((m) => !m.subIndex);
}

function factKey(m: IndexMention): string {
  return `${m.index.name}\u0000${m.futures}`;
}

function factFor(facts: Map<string, IndexFact>, m: IndexMention): IndexFact {
  const key = factKey(m);
  let f = facts.get(key);
  if (!f) {
    f = { index: m.index, futures: m.futures, mentions: [], levels: [], percent: null, points: null, direction: null, record: false, sentences: [], stretches: [], readings: [], level: null };
    facts.set(key, f);
  }
  return f;
}

/** Positions in the sentence where another subject begins. */
function subjectStops(input: LinkInput, sentence: Sentence, words: readonly Word[], ms: readonly IndexMention[]): number[] {
  const stops: number[] = [];
  for (const m of ms) stops.push(m.start);
  const subjects = input.subjects;
  for (let k = lowerBound(subjects, sentence.start); k < subjects.length && subjects[k]!.start < sentence.end; k++) stops.push(subjects[k]!.start);
  for (const w of words) if (OTHER.has(w.text) || w.text === ';') stops.push(w.start);
  return stops.sort((a, b) => a - b);
}

/** The stretch after each mention that its facts come from; coordinated names share one. */
function ownRegions(norm: string, ms: readonly IndexMention[], stops: readonly number[], sentence: Sentence): Span[] {
  const regions: Span[] = ms.map((m) => {
    const start = m.end + (AFTER_NAME.exec(norm.slice(m.end, m.end + 40))?.[0].length ?? 0);
    const end = stops[firstAtOrAfter(stops, start)] ?? sentence.end;
    return { start, end: Math.min(end, sentence.end, start + MAX_REGION) };
  });
  for (let i = ms.length - 2; i >= 0; i--) {
    if (ms[i]!.subIndex || ms[i + 1]!.subIndex) continue;
    // A chain of names shares what follows it, within the reach of one stretch.
    const shared = regions[i + 1]!;
    if (shared.start - ms[i]!.end <= MAX_REGION / 2 && coordinated(norm.slice(regions[i]!.start, ms[i + 1]!.start))) {
      regions[i] = { start: shared.start, end: Math.min(shared.end, ms[i]!.end + MAX_REGION) };
    }
  }
  return regions;
}

/** Index of the first value ≥ `x` in an ascending list (binary search: sentences can hold 100k names). */
function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function coordinated(gap: string): boolean {
  const tokens = gap.match(/[A-Za-z][A-Za-z'&-]*|[^\sA-Za-z]+/g) ?? [];
  return tokens.every((t) => t === ',' || COORD.has(t.toLowerCase()) || /^[A-Z][a-z]+'s$/.test(t));
}

/** Where the document holds direction phrases and record words, found once, on the first mention. */
interface Cues {
  phrases: Occurrences;
  records: Occurrences;
}

function readRegion(
  input: LinkInput,
  cues: Cues,
  sentence: Sentence,
  words: readonly Word[],
  m: IndexMention,
  region: Span,
  first: boolean,
  fact: IndexFact,
  indexPercents: Map<PercentSpan, IndexPercent>,
  otherPercents: Set<PercentSpan>,
  tablePercents: PercentSpan[],
): void {
  const { norm } = input;
  let direction = findDirection(norm, words, region.start, region.end, cues.phrases)?.direction ?? null;
  let record = hasRecord(norm, region.start, region.end, cues.records);
  if (first) {
    const clause = clauseStart(norm, sentence.start, m.start);
    if (!direction) direction = findDirection(norm, words, clause, m.start, cues.phrases)?.direction ?? null;
    record ||= hasRecord(norm, clause, m.start, cues.records);
  }

  let percent: IndexFact['percent'] = null;
  const moves: PercentSpan[] = [];
  const regionPercents = within(input.percents, region.start, region.end);
  for (const p of regionPercents) {
    if (p.points || adjectival(words, p)) {
      otherPercents.add(p);
      continue;
    }
    moves.push(p);
    if (mayBeLongPeriod(norm, p.end) && LONG_PERIOD.test(norm.slice(p.end, p.end + 40))) continue;
    // "rose 0.5% early, and later closed 1.1% higher": the close wins within one stretch too.
    const lead = norm.slice(percent ? percent.end : region.start, p.start).toLowerCase();
    if (!percent || /\b(?:closed|ended|finished|settled|at the close)\b/.test(lead)) percent = { start: p.start, end: p.end, value: p.value, approx: p.approx };
  }

  let points: IndexFact['points'] = null;
  const levels: LevelCandidate[] = [];
  const regionWords = within(words, region.start, region.end);
  const loose: NumberSpan[] = [];
  for (const n of within(input.numbers, region.start, region.end)) {
    if (inside(regionPercents, n) || inside(within(input.claimed, n.start - MAX_CLAIMED, n.end), n)) continue;
    // The words of the number's own clause: "a gauge of expected volatility, jumped 6.2% to 14.85"
    // is no forecast.
    const comma = norm.lastIndexOf(',', n.start);
    const clauseFrom = comma >= region.start && !/\d/.test(norm[comma + 1] ?? '') ? comma : region.start;
    const before = regionWords.filter((w) => w.end <= n.start && w.start >= clauseFrom);
    const direct = /^[ :=]{0,3}$/.test(norm.slice(m.end, n.start)) || (sentence.kind === 'table' && levels.length === 0 && !n.signed);
    const role = numberRole(norm, n, before, direct);
    if (role.role === 'level') levels.push({ start: n.start, end: n.end, value: n.value, approx: n.approx, closing: role.closing, decimals: n.decimals });
    else if (role.role === 'points' && !points) points = { start: n.start, end: n.end, value: n.value };
    else if (role.role === 'none' && sentence.kind === 'table' && levels.length) loose.push(n);
  }
  // Table rows ("Nikkei 225  38,450.10  +456.20  +1.20"): after the level come the change and the percent.
  if (sentence.kind === 'table' && levels.length) {
    if (!points && loose[0]) points = { start: loose[0].start, end: loose[0].end, value: loose[0].value };
    const column = loose[1];
    if (!percent && column && Math.abs(column.value) < 30) {
      percent = { start: column.start, end: column.end, value: column.value, approx: false };
      // A %Chg column prints no % sign; the figure is still a percentage of the index's move.
      const span: PercentSpan = { start: column.start, end: column.end, value: column.value, signed: column.signed, approx: false, points: false, number: column };
      tablePercents.push(span);
      moves.push(span);
    }
  }

  // The verb that governs the move wins over the first verb: "up 12% this year but fell 0.3%".
  const governed = percent ?? points;
  if (governed) direction = findDirectionBefore(norm, words, region.start, governed.start, cues.phrases)?.direction ?? direction;
  if (!direction) direction = signDirection(percent?.value ?? points?.value ?? null);
  if (direction === 'down') {
    if (percent && percent.value > 0 && norm[percent.start] !== '+') percent = { ...percent, value: -percent.value };
    if (points && points.value > 0 && norm[points.start] !== '+') points = { ...points, value: -points.value };
  }
  for (const p of moves) {
    const value = direction === 'down' && !p.signed ? -p.value : p.value;
    indexPercents.set(p, { subject: m.index.name, value });
  }

  const closing = regionWords.some((w, k) => CLOSING.has(w.text) && !(w.text === 'close' && regionWords[k + 1]?.text === 'to'))
    || within(words, Math.max(sentence.start, m.start - MAX_REGION), m.start).some((w, k, lead) => CLOSING.has(w.text) && !(w.text === 'close' && lead[k + 1]?.text === 'to'));
  fact.readings.push({ closing, direction, percent, points });
  fact.record ||= record;
  fact.levels.push(...levels);
}

function signDirection(v: number | null): Direction | null {
  if (v === null) return null;
  return v > 0 ? 'up' : v < 0 ? 'down' : 'flat';
}

function adjectival(words: readonly Word[], p: PercentSpan): boolean {
  const idx = lowerBound(words, p.start);
  let next = idx;
  while (next < words.length && words[next]!.start < p.end) next++;
  return adjectivalNotMove([words[idx - 2]?.text, words[idx - 1]?.text], words[next]?.text);
}

function clauseStart(norm: string, from: number, to: number): number {
  from = Math.max(from, to - MAX_REGION);
  for (let i = to - 1; i >= from; i--) {
    const c = norm[i];
    if (c === ':' || c === ';' || c === '(' || c === ')' || c === '"') return i + 1;
  }
  return from;
}

function inside(spans: readonly Span[], n: Span): boolean {
  for (const s of spans) if (n.start >= s.start && n.end <= s.end) return true;
  return false;
}
