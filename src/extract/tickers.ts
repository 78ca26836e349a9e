// Tickers: "(NASDAQ: INTC)", "(TYO: 6857)", "7203.T", "0700.HK", "$AAPL".
// Counter-example: "U.S." is not the symbol "U" on an exchange "S".
import { EXCHANGES } from '../lexicon/exchanges.js';
import type { ExchangeEntry } from '../lexicon/types.js';
import { pattern } from '../patterns.js';

export interface TickerSpan {
  start: number;
  end: number;
  symbol: string;
  /** Exchange code as the lexicon spells it, or null for a cashtag. */
  exchange: string | null;
}

const byCode = new Map<string, ExchangeEntry>();
const bySuffix = new Map<string, ExchangeEntry>();
for (const e of EXCHANGES) {
  for (const code of [e.code, ...(e.aliases ?? [])]) byCode.set(code.toUpperCase(), e);
  if (e.suffix) bySuffix.set(e.suffix, e);
}

// One listing or several: "(NYSE: TM, TYO: 7203)"; the first is kept.
const PAREN = pattern('extract/tickers:PAREN', /\((?:listed as )?([A-Za-z][A-Za-z0-9]{0,9}) ?: ?([A-Z0-9][A-Za-z0-9.-]{0,11})(?:[,;] [^()]{0,40})?\)/g);
const SUFFIXED = pattern('extract/tickers:SUFFIXED', /(?<![\w.$])(\d{3,6}|[A-Z][A-Z0-9]{1,5})\.([A-Z]{1,2})(?![\w.])/g);
const CASHTAG = pattern('extract/tickers:CASHTAG', /(?<![\w$])\$([A-Z]{1,5})(?![\w])/g);

export function findTickers(norm: string): TickerSpan[] {
  const out: TickerSpan[] = [];
  for (const m of norm.matchAll(PAREN)) {
    const ex = byCode.get(m[1]!.toUpperCase());
    if (ex) out.push({ start: m.index, end: m.index + m[0].length, symbol: m[2]!.replace(/\.$/, ''), exchange: ex.code });
  }
  for (const m of norm.matchAll(SUFFIXED)) {
    const ex = bySuffix.get(m[2]!);
    if (ex) out.push({ start: m.index, end: m.index + m[0].length, symbol: m[1]!, exchange: ex.code });
  }
  for (const m of norm.matchAll(CASHTAG)) out.push({ start: m.index, end: m.index + m[0].length, symbol: m[1]!, exchange: null });
  return out.sort((a, b) => a.start - b.start);
}
