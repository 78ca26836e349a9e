// Numbers as written in news: "1,234.5", "53,549.16", "-4.27", "+0.25", "58k", "1.2 million",
// "US$2.1bn" (the 2.1bn part). Counter-example: the "225" of "Nikkei 225" is a number here;
// telling it apart is the linker's job.
import { APPROXIMATORS, SCALES, SPACED_SCALES } from '../lexicon/scales.js';
import { alternation } from './regex.js';
import { pattern } from '../patterns.js';

export interface NumberSpan {
  start: number;
  /** End of the number, scale word included. */
  end: number;
  /** Value with sign and scale applied. */
  value: number;
  /** Value of the digits alone (sign applied, no scale). */
  base: number;
  /** An explicit + or - was written. */
  signed: boolean;
  decimals: number;
  /** Written with thousands separators ("53,549"). */
  grouped: boolean;
  /** Scale word or letter that followed ("billion", "bn", "k"), lower case. */
  scale: string | null;
  approx: boolean;
}

// Sign only where it cannot be a hyphen inside a word or range ("US-Japan", "2020-2025").
// Times ("09:45") are not numbers: no digits right after "d:" nor right before ":d".
const NUMBER = pattern('extract/numbers:NUMBER', /(?:(?<![\w.,+-])([+-]))?(?<![\w.,]|\d:)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d|,\d{3}|:\d)/g);
const SCALE_AFTER = pattern('extract/numbers:SCALE_AFTER', new RegExp(`^(?: (${alternation(SPACED_SCALES)})|(${alternation(Object.keys(SCALES))}))(?![A-Za-z0-9])`, 'i'));
// The first letters a scale can have, after a space and touching the number: most numbers are
// followed by neither, and skip the scale pattern.
const firstLetters = (words: readonly string[]): Set<number> => new Set(words.map((w) => w.charCodeAt(0)));
const SPACED_FIRST = firstLetters(SPACED_SCALES);
const TOUCHING_FIRST = firstLetters(Object.keys(SCALES));
// Approximators by their last code unit, longest first (the pattern's alternation order).
const APPROX_BY_LAST = new Map<number, string[]>();
for (const a of [...new Set(APPROXIMATORS)].sort((x, y) => y.length - x.length)) {
  const last = a.charCodeAt(a.length - 1);
  APPROX_BY_LAST.set(last, [...(APPROX_BY_LAST.get(last) ?? []), a]);
}
/** How far back an approximator is looked for: the number's 24 code units before it. */
const APPROX_WINDOW = 24;

export function findNumbers(norm: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(norm); m; m = NUMBER.exec(norm)) {
    const [whole, sign, int, frac] = m;
    const digits = Number((int!.includes(',') ? int!.replace(/,/g, '') : int!) + (frac ?? ''));
    const base = sign === '-' ? -digits : digits;
    let end = m.index + whole.length;
    let scale: string | null = null;
    const after = mayScale(norm, end) ? SCALE_AFTER.exec(norm.slice(end, end + 10)) : null;
    if (after) {
      scale = (after[1] ?? after[2])!.toLowerCase();
      end += after[0].length;
    }
    out.push({
      start: m.index,
      end,
      value: base * (scale ? SCALES[scale]! : 1),
      base,
      signed: sign !== undefined,
      decimals: frac ? frac.length - 1 : 0,
      grouped: int!.includes(','),
      scale,
      approx: approxBefore(norm, m.index) || scale === 'k',
    });
  }
  return out;
}

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether a scale word can follow at `end`: a letter one may start with, touching or after a space. */
function mayScale(norm: string, end: number): boolean {
  const c = norm.charCodeAt(end);
  return c === 32 ? SPACED_FIRST.has(lowerAscii(norm.charCodeAt(end + 1))) : TOUCHING_FIRST.has(lowerAscii(c));
}

/**
 * An approximator ends right before the number, or one space before it, within the 24 code
 * units before the number, with no letter before it unless it starts those 24:
 * /(?:^|[^A-Za-z])(?:nearly|about|...) ?$/i over the 24 code units before the number.
 */
function approxBefore(norm: string, at: number): boolean {
  const from = Math.max(0, at - APPROX_WINDOW);
  return approxEndingAt(norm, at, from) || (norm.charCodeAt(at - 1) === 32 && approxEndingAt(norm, at - 1, from));
}

function approxEndingAt(norm: string, end: number, from: number): boolean {
  const candidates = APPROX_BY_LAST.get(lowerAscii(norm.charCodeAt(end - 1)));
  if (candidates === undefined) return false;
  for (const a of candidates) {
    const start = end - a.length;
    if (start < from || !endsWithFolded(norm, end, a)) continue;
    const before = norm.charCodeAt(start - 1);
    if (start === from || !((before >= 65 && before <= 90) || (before >= 97 && before <= 122))) return true;
  }
  return false;
}

/** norm[end - a.length, end) equals the lower-case `a`, ASCII letters compared without case. */
function endsWithFolded(norm: string, end: number, a: string): boolean {
  for (let k = 0, j = end - a.length; k < a.length; k++, j++) if (lowerAscii(norm.charCodeAt(j)) !== a.charCodeAt(k)) return false;
  return true;
}
