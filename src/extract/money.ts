// Money with currency and scale: "¥135 billion", "$550 billion", "US$2.1bn", "€40m",
// "5 trillion yen", "USD 1.2 million". Counter-example: the "50,000-yen barrier" is an index
// threshold written in yen, not an amount of money.
import { CURRENCIES } from '../lexicon/currencies.js';
import type { NumberSpan } from './numbers.js';
import { pattern } from '../patterns.js';

export interface MoneySpan {
  start: number;
  end: number;
  amount: number;
  currency: string;
  approx: boolean;
}

interface Marker {
  text: string;
  code: string;
}

const bySymbol: Marker[] = [];
const byWord: Marker[] = [];
for (const c of CURRENCIES) {
  for (const s of c.symbols ?? []) bySymbol.push({ text: s, code: c.code });
  for (const w of c.words ?? []) for (const form of new Set([w, w.toUpperCase()])) byWord.push({ text: form, code: c.code });
}
// Longest first, so "US$" wins over "$" and "Hong Kong dollars" over "dollars".
bySymbol.sort((a, b) => b.text.length - a.text.length);
byWord.sort((a, b) => b.text.length - a.text.length);
// Each number asks for a symbol ending just before it and a word starting just after it: the
// markers are looked up by that last (or first) code unit, longest first still.
const symbolsEndingIn = groupBy(bySymbol, (m) => m.text.charCodeAt(m.text.length - 1));
const wordsStartingWith = groupBy(byWord, (m) => m.text.charCodeAt(0));

function groupBy(markers: readonly Marker[], key: (m: Marker) => number): Map<number, Marker[]> {
  const out = new Map<number, Marker[]>();
  for (const m of markers) {
    const k = key(m);
    const list = out.get(k);
    if (list) list.push(m);
    else out.set(k, [m]);
  }
  return out;
}
const CODES = new Set(CURRENCIES.map((c) => c.code));
const THRESHOLD_NOUN = pattern('extract/money:THRESHOLD_NOUN', /^-[A-Za-z]+ (?:level|mark|barrier|threshold|line|milestone|handle)\b/);

export function findMoney(norm: string, numbers: readonly NumberSpan[]): MoneySpan[] {
  const out: MoneySpan[] = [];
  for (const n of numbers) {
    if (n.signed && norm[n.start] === '+') continue;
    const before = currencyBefore(norm, n.start);
    if (before) {
      out.push({ start: before.start, end: n.end, amount: Math.abs(n.value), currency: before.code, approx: n.approx });
      continue;
    }
    if (norm.charCodeAt(n.end) === 45 && THRESHOLD_NOUN.test(norm.slice(n.end, n.end + 24))) continue;
    const after = currencyAfter(norm, n.end);
    if (after) out.push({ start: n.start, end: after.end, amount: Math.abs(n.value), currency: after.code, approx: n.approx });
  }
  return out;
}

function currencyBefore(norm: string, at: number): { start: number; code: string } | null {
  for (const gap of [0, 1]) {
    const end = at - gap;
    if (gap === 1 && norm[end] !== ' ') continue;
    for (const s of symbolsEndingIn.get(norm.charCodeAt(end - 1)) ?? []) {
      const start = end - s.text.length;
      if (start >= 0 && norm.startsWith(s.text, start) && !isWordChar(norm.charCodeAt(start - 1), s.text)) {
        return { start, code: s.code };
      }
    }
    const code = norm.slice(end - 3, end);
    if (CODES.has(code) && !isLetter(norm.charCodeAt(end - 4))) return { start: end - 3, code };
  }
  return null;
}

function currencyAfter(norm: string, at: number): { end: number; code: string } | null {
  const sep = norm[at] === ' ' || norm[at] === '-' ? 1 : 0;
  if (sep === 0) return null;
  // What follows, up to 23 code units: a word must fit in them, and their end counts as a boundary.
  const from = at + 1;
  const room = Math.max(0, Math.min(23, norm.length - from));
  const letterAt = (k: number): boolean => k < room && isLetter(norm.charCodeAt(from + k));
  // As the lexicon writes it ("yen", "Swiss francs") or in capitals ("5 TRILLION YEN"): "the
  // 11:00 Euro zone data" holds no euros.
  for (const w of wordsStartingWith.get(norm.charCodeAt(from)) ?? []) {
    if (w.text.length <= room && norm.startsWith(w.text, from) && !letterAt(w.text.length)) return { end: from + w.text.length, code: w.code };
  }
  if (room < 3) return null;
  const code = norm.slice(from, from + 3);
  if (CODES.has(code) && !letterAt(3)) return { end: at + 4, code };
  return null;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A symbol that starts with a letter ("US$", "HK$") must not be glued to a preceding word. */
function isWordChar(c: number, symbol: string): boolean {
  return isLetter(symbol.charCodeAt(0)) && (isLetter(c) || (c >= 48 && c <= 57));
}
