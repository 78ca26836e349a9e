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
// Both run sticky, only where they can start: within six code units before a dot that a capital
// follows, and at a dollar sign. Most text has few of either.
const SUFFIXED = pattern('extract/tickers:SUFFIXED', /(?<![\w.$])(\d{3,6}|[A-Z][A-Z0-9]{1,5})\.([A-Z]{1,2})(?![\w.])/y);
const CASHTAG = pattern('extract/tickers:CASHTAG', /(?<![\w$])\$([A-Z]{1,5})(?![\w])/y);
const SYMBOL_BEFORE_DOT = 6;

function suffixedMatches(norm: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  for (let dot = norm.indexOf('.', 2); dot >= 0; dot = norm.indexOf('.', dot + 1)) {
    const c = norm.charCodeAt(dot + 1);
    if (!(c >= 65 && c <= 90)) continue;
    // The symbol is two to six code units right before the dot.
    for (let p = Math.max(pos, dot - SYMBOL_BEFORE_DOT); p <= dot - 2; p++) {
      SUFFIXED.lastIndex = p;
      const m = SUFFIXED.exec(norm);
      if (m) {
        out.push(m);
        pos = p + m[0].length;
        break;
      }
    }
  }
  return out;
}

function cashtagMatches(norm: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let at = norm.indexOf('$'); at >= 0; at = norm.indexOf('$', at + 1)) {
    CASHTAG.lastIndex = at;
    const m = CASHTAG.exec(norm);
    if (m) out.push(m);
  }
  return out;
}

export function findTickers(norm: string): TickerSpan[] {
  const out: TickerSpan[] = [];
  for (const m of norm.matchAll(PAREN)) {
    const ex = byCode.get(m[1]!.toUpperCase());
    if (ex) out.push({ start: m.index, end: m.index + m[0].length, symbol: m[2]!.replace(/\.$/, ''), exchange: ex.code });
  }
  for (const m of suffixedMatches(norm)) {
    const ex = bySuffix.get(m[2]!);
    if (ex) out.push({ start: m.index, end: m.index + m[0].length, symbol: m[1]!, exchange: ex.code });
  }
  for (const m of cashtagMatches(norm)) out.push({ start: m.index, end: m.index + m[0].length, symbol: m[1]!, exchange: null });
  return out.sort((a, b) => a.start - b.start);
}
