// Companies: a capitalised name ending in a legal suffix ("Advantest Corp.", "Advanced Micro
// Devices, Inc.", "Mitsubishi Heavy Industries, Ltd."), a capitalised name right before a
// ticker ("Apple (NASDAQ: AAPL)"), or a name ending in a company word ("Samsung Electronics").
// Counter-example: "Corporate Governance Code" has no suffix, ticker or company word.
import { COMPANY_SUFFIXES, COMPANY_WORDS } from '../lexicon/company-suffixes.js';
import { NOT_COMPANY_SUBJECTS, STOCK_MOVE_VERBS } from '../lexicon/movement.js';
import { CURRENCIES } from '../lexicon/currencies.js';
import { alternation } from './regex.js';
import type { TickerSpan } from './tickers.js';
import { findNumbers, type NumberSpan } from './numbers.js';
import { Coverage, within } from '../spans.js';
import type { PhraseHit, PhraseMatcher } from './phrase-matcher.js';
import type { CompanyEntry } from '../lexicon/types.js';
import { pattern } from '../patterns.js';
import { anchoredMatches, Literals, type Reach } from './anchored.js';
import { indexText, type TextIndex } from './text-index.js';

export interface CompanySpan {
  start: number;
  /** End of the name, suffix included, ticker excluded. */
  end: number;
  name: string;
  /** The name without its legal suffix: what later mentions use ("Intel"). */
  core: string;
  ticker: string | null;
  exchange: string | null;
  /**
   * Found only by what follows the name (a company word, a move): the resolver drops it when
   * the name is a place, an organisation, a person or an index.
   */
  weak: boolean;
}

// A name word: capitalised, digits and '&' allowed, a dot only inside ("J.P"), never the end.
// Latin letters with accents count: "Petróleo Brasileiro SA", "Itaú Unibanco".
const L = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const WORD = `[A-Z0-9\\u00C0-\\u00DE](?:[${L}0-9&'-]|\\.(?=[A-Za-z]))*`;
// "and" is left out: "Samsung Electronics and Mitsubishi Heavy Industries, Ltd." is two companies.
const JOIN = `(?:${WORD}|of|&|de|du|la|der|von|van|the|y)`;
const RUN = `${WORD}(?: ${JOIN}){0,6}`;
// A name starts where no name character stands before it, accented letters included: otherwise
// every capital inside a long token would start another scan to its end.
const START = `(?<![${L}0-9&'.-])`;
// Suffixes also in capitals for headlines and terminals ("SOFTBANK GROUP").
const SUFFIX_FORMS = [...COMPANY_SUFFIXES, ...COMPANY_SUFFIXES.filter((s) => s.replace(/[^A-Za-z]/g, '').length >= 3).map((s) => s.toUpperCase())];
// The three patterns below run sticky, only within reach of what they end in (anchored.ts).
const SUFFIXED = pattern('extract/companies:SUFFIXED', new RegExp(`${START}(${RUN}),? (${alternation(SUFFIX_FORMS)})(?![A-Za-z0-9])`, 'y'));
const WORD_ENDED = pattern('extract/companies:WORD_ENDED', new RegExp(`${START}(${WORD}(?: ${JOIN}){0,4} (?:${alternation(COMPANY_WORDS)}))(?![A-Za-z0-9&-])`, 'y'));
const BEFORE_TICKER = pattern('extract/companies:BEFORE_TICKER', new RegExp(`${START}(${RUN}) ?$`));
// A row that gives the ticker first: "7203.T  TOYOTA MOTOR  +2.6%".
const AFTER_TICKER = pattern('extract/companies:AFTER_TICKER', new RegExp(`^ {1,12}(${RUN})(?= {2,}| ?[+-]\\d)`));
const verbForms = STOCK_MOVE_VERBS.flatMap((v) => [v, v.replace(/^./, (c) => c.toUpperCase()), v.toUpperCase()]);
const HEDGES = ['as much as', 'nearly', 'almost', 'about', 'more than', 'by'];
// "Rio Tinto fell 3.2%", "Novo Nordisk shares slid 6.2%", "Equinor +1.9%", "Samsung Slides 3%".
const MOVED = pattern(
  'extract/companies:MOVED',
  new RegExp(
    `${START}(${RUN})(?:'s)?(?: shares| stock| ADRs| Shares)?(?: (?:${alternation(verbForms)})(?:${HEDGES.map((h) => ` ${h}`).join('|')})? [+-]?| {1,12}[+-])\\d+(?:\\.\\d+)?(?: ?%| per ?cent| pc)`,
    'y',
  ),
);
// How far before its anchor each pattern can start: a name run is seven words at most; a move
// adds "shares", the verb, a hedge and a sign, or a sign after a column gap.
const words = (s: string): number => s.split(' ').length;
const SUFFIX_REACH: Reach = { tokens: 7, gap: 1 };
const WORD_REACH: Reach = { tokens: 5, gap: 1 };
const MOVED_REACH: Reach = { tokens: 7 + 1 + Math.max(...verbForms.map(words)) + Math.max(...HEDGES.map(words)) + 1, gap: 12 };
const SUFFIX_LITERALS = new Literals(SUFFIX_FORMS);
const WORD_LITERALS = new Literals(COMPANY_WORDS);
const NOT_COMPANY = new Set([...NOT_COMPANY_SUBJECTS, ...CURRENCIES.flatMap((c) => c.words ?? []).map((w) => w.toLowerCase())]);

// Words that start a sentence or a clause but never a company name.
const LEADING = new Set([
  'The', 'A', 'An', 'In', 'At', 'On', 'For', 'And', 'But', 'While', 'As', 'Shares', 'Rival', 'Both', 'Its', 'Their',
  'Meanwhile', 'However', 'Also', 'Including', 'Like', 'Unlike', 'With', 'From', 'By', 'Of', 'To', 'Peer', 'Peers',
  'Chipmaker', 'Automaker', 'Lender', 'Giant', 'Firms', 'Companies', 'Stocks', 'Heavyweight', 'Heavyweights', 'Then',
  'Elsewhere', 'Among', 'When', 'After', 'Before', 'Since', 'Under', 'Over', 'Investors', 'Analysts', 'Smaller',
  'Retailer', 'Conglomerate', 'Carmaker', 'Bank', 'Insurer', 'Miner', 'Group', 'Exporters', 'Japanese', 'American',
  'Chinese', 'Korean', 'European', 'German', 'French', 'British', 'Indian', 'Australian', 'U.S', 'US', 'UK',
  'Reserve', 'Central', 'Federal', 'Monetary', 'Elsewhere', 'Movers', 'Losers', 'Gainers', 'Laggards', 'Leaders',
  'of', 'and', '&', 'de', 'du', 'la', 'der', 'von', 'van', 'the', 'y', 'Tech', 'Technology', 'Energy', 'Oil',
]);

export interface CompanyOptions {
  /** Companies the user's config names: found by name, with their tickers. */
  known?: PhraseMatcher<CompanyEntry> | null;
  /** Spans (headings) where the company-word rule must not fire: title case makes every word capitalised. */
  skip?: readonly { start: number; end: number }[];
  /** The text's word and name starts (indexText). */
  index?: TextIndex;
  /** The gazetteer's hits of known companies, when the caller scanned for them already. */
  knownHits?: readonly PhraseHit<CompanyEntry>[];
  /** The text's numbers (findNumbers): a stock's move ends in one. */
  numbers?: readonly NumberSpan[];
}

/**
 * Digits of a number that a sign, a space or a column gap can lead to, and that a percentage's
 * unit follows as MOVED's tail reads it: where a move's figure starts. A figure without the unit
 * ("38,000", "2024", "$5 billion") can end no match, and most figures in news have none, so the
 * pattern is not tried back from them.
 */
export function moveFigures(norm: string, numbers: readonly NumberSpan[]): number[] {
  const out: number[] = [];
  for (const n of numbers) {
    const d = n.signed ? n.start + 1 : n.start;
    const b = norm.charCodeAt(d - 1);
    if ((b === 32 || b === 43 || b === 45) && percentFigureAt(norm, d)) out.push(d);
  }
  return out;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// The units of MOVED's tail, (?: ?%| per ?cent| pc), spelt out.
const PERCENT_UNITS = ['%', ' %', ' per cent', ' percent', ' pc'];

/**
 * Whether \d+(?:\.\d+)? at `at` can be followed by a unit of MOVED: after the whole digits, or
 * after the decimals (backing off a digit leaves a digit next, which starts no unit).
 */
function percentFigureAt(norm: string, at: number): boolean {
  let j = at;
  while (isDigit(norm.charCodeAt(j))) j++;
  if (j === at) return false;
  if (unitAt(norm, j)) return true;
  if (norm.charCodeAt(j) !== 46 || !isDigit(norm.charCodeAt(j + 1))) return false;
  let k = j + 1;
  while (isDigit(norm.charCodeAt(k))) k++;
  return unitAt(norm, k);
}

function unitAt(norm: string, at: number): boolean {
  for (const u of PERCENT_UNITS) if (norm.startsWith(u, at)) return true;
  return false;
}

export function findCompanies(norm: string, tickers: readonly TickerSpan[], options: CompanyOptions = {}): CompanySpan[] {
  const found: CompanySpan[] = [];
  const { wordStarts, nameStarts } = options.index ?? indexText(norm);
  const tickerAt = new Map<number, TickerSpan>();
  for (const t of tickers) tickerAt.set(t.start, t);

  // Every company found so far; they never overlap, so a later rule cannot claim the same words.
  const taken = new Coverage(norm.length);
  const add = (c: CompanySpan): void => {
    found.push(c);
    taken.add(c);
  };
  const attach = (start: number, end: number, core: string): void => {
    // A ticker caught inside the name ("Mahindra & Mahindra M&M.NS") ends it.
    const inside = within(tickers, start + 1, end)[0];
    if (inside) {
      end = inside.start;
      while (end > start && norm[end - 1] === ' ') end--;
      core = norm.slice(start, end);
      if (!core) return;
    }
    const name = norm.slice(start, end);
    const gap = norm[end] === ' ' ? 1 : 0;
    // "(NASDAQ: INTC)" starts at its parenthesis, "(2330.TW)" inside it.
    const t = tickerAt.get(end + gap) ?? (norm[end + gap] === '(' ? tickerAt.get(end + gap + 1) : undefined);
    add({ start, end, name, core, ticker: t?.symbol ?? null, exchange: t?.exchange ?? null, weak });
  };
  let weak = false;

  for (const h of options.knownHits ?? options.known?.find(norm, 0, norm.length, wordStarts) ?? []) {
    add({ start: h.start, end: h.end, name: h.value.name, core: h.value.name, ticker: h.value.ticker ?? null, exchange: h.value.exchange ?? null, weak: false });
  }
  const overlapsFound = (start: number, end: number): boolean => taken.overlaps({ start, end });
  for (const m of anchoredMatches(SUFFIXED, norm, SUFFIX_LITERALS.afterSpace(norm, wordStarts), SUFFIX_REACH, nameStarts)) {
    const trimmed = trimLeading(m[1]!);
    if (!trimmed) continue;
    const start = m.index + m[1]!.length - trimmed.length;
    if (!overlapsFound(start, m.index + m[0].length)) attach(start, m.index + m[0].length, trimmed);
  }
  for (const t of tickers) {
    if (t.exchange === null) continue;
    if (norm[t.start] !== '(' && norm[t.start - 1] !== '(') {
      const row = AFTER_TICKER.exec(norm.slice(t.end, t.end + 80));
      if (row && !/^[+-]?\d/.test(row[1]!)) {
        const start = t.end + row[0].length - row[1]!.length;
        if (!overlapsFound(start, start + row[1]!.length)) add({ start, end: start + row[1]!.length, name: row[1]!, core: row[1]!, ticker: t.symbol, exchange: t.exchange, weak: false });
      }
      continue;
    }
    const open = norm[t.start] === '(' ? t.start : t.start - 1;
    const before = BEFORE_TICKER.exec(norm.slice(Math.max(0, open - 80), open));
    if (!before) continue;
    const trimmed = trimLeading(before[1]!);
    if (!trimmed) continue;
    const end = open - (norm[open - 1] === ' ' ? 1 : 0);
    const start = end - trimmed.length;
    if (!overlapsFound(start, end)) attach(start, end, trimmed);
  }
  const skip = options.skip ?? [];
  weak = true;
  for (const m of anchoredMatches(WORD_ENDED, norm, WORD_LITERALS.afterSpace(norm, wordStarts), WORD_REACH, nameStarts)) {
    const trimmed = trimLeading(m[1]!);
    if (!trimmed || !trimmed.includes(' ')) continue;
    const start = m.index + m[1]!.length - trimmed.length;
    const end = m.index + m[0].length;
    if (skip.some((s) => start >= s.start && start < s.end)) continue;
    if (!overlapsFound(start, end)) attach(start, end, trimmed);
  }
  for (const m of anchoredMatches(MOVED, norm, moveFigures(norm, options.numbers ?? findNumbers(norm)), MOVED_REACH, nameStarts)) {
    const trimmed = trimLeading(m[1]!);
    if (!trimmed || (!trimmed.includes(' ') && NOT_COMPANY.has(trimmed.toLowerCase()))) continue;
    // In an ALL-CAPS headline every word looks like a name ("ENDS UP 1.1%").
    if (trimmed === trimmed.toUpperCase() && shouting(norm, m.index)) continue;
    const start = m.index + m[1]!.length - trimmed.length;
    const end = start + trimmed.length;
    if (!overlapsFound(start, end)) attach(start, end, trimmed);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The line around `at` (at most 200 characters each way) is mostly capitals. */
function shouting(norm: string, at: number): boolean {
  const from = Math.max(0, at - 200);
  const to = Math.min(norm.length, at + 200);
  let start = from;
  for (let i = at - 1; i >= from; i--) {
    if (norm.charCodeAt(i) === 10) {
      start = i + 1;
      break;
    }
  }
  let upper = 0;
  let lower = 0;
  for (let i = start; i < to; i++) {
    const c = norm.charCodeAt(i);
    if (c === 10 && i >= at) break;
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 2 * lower;
}

const LINKED = pattern('extract/companies:LINKED', /-(?:listed|based|headquartered|owned|backed|controlled|registered)$/);
const JOINS = new Set(['of', 'and', '&', 'de', 'du', 'la', 'der', 'von', 'van', 'the', 'y']);

function trimLeading(run: string): string {
  // Most runs need no trimming: look at the first and last words before splitting.
  const firstSpace = run.indexOf(' ');
  const first = firstSpace < 0 ? run : run.slice(0, firstSpace);
  const last = firstSpace < 0 ? run : run.slice(run.lastIndexOf(' ') + 1);
  if (!LEADING.has(first) && !LINKED.test(first) && !JOINS.has(last)) return run;
  const words = run.split(' ');
  // "Lisbon-listed Caravela Energia SA": the compound describes the company, it is not its name.
  while (words.length && (LEADING.has(words[0]!) || LINKED.test(words[0]!))) words.shift();
  while (words.length && JOINS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}
