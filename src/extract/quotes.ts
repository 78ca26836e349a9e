// Quote tables: rows of `SYMBOL PRICE CHANGE (PCT%)`, on one line or with the change on the
// next line ("AMZN  238.33" / "-4.27 (-1.76%)"). A row is kept only when its percent agrees
// with its change and price, so prose that happens to fit the shape is not a quote.
// Counter-example: "DAX 18,500 +120 (+0.65%)" is an index row; the caller drops rows that
// overlap an index mention.
import { pattern } from '../patterns.js';

export interface QuoteSpan {
  start: number;
  end: number;
  symbol: string;
  price: number;
  change: number;
  changePercent: number;
}

// Digit runs are bounded and the change and the percent are kept apart by a space or a
// parenthesis, so a long run of digits cannot be split between them in every possible way.
const ROW = pattern(
  'extract/quotes:ROW',
  /^([A-Z][A-Z0-9.-]{0,7})[ \t]{1,8}(\d{1,3}(?:,\d{3}){0,4}(?:\.\d{1,6})?|\d{1,9}(?:\.\d{1,6})?)[ \t]{0,8}\n?[ \t]{0,8}([+-]\d{1,9}(?:\.\d{1,6})?)(?:[ \t]{1,4}\(?|\()([+-]?\d{1,4}(?:\.\d{1,4})?)%\)?[ \t]*$/gm,
);

export function findQuotes(norm: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const m of norm.matchAll(ROW)) {
    const price = Number(m[2]!.replace(/,/g, ''));
    const change = Number(m[3]);
    let pct = Number(m[4]);
    if (!m[4]!.startsWith('-') && !m[4]!.startsWith('+') && change < 0) pct = -pct;
    if (!agrees(price, change, pct)) continue;
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, symbol: m[1]!, price, change, changePercent: pct });
  }
  return out;
}

/** The percent is the change over the previous price (price − change), within rounding. */
function agrees(price: number, change: number, pct: number): boolean {
  const previous = price - change;
  if (previous <= 0) return false;
  const implied = (change / previous) * 100;
  return Math.abs(implied - pct) <= Math.max(0.06, Math.abs(pct) * 0.02) && Math.sign(implied) === Math.sign(pct || implied);
}
