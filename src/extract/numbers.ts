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
const APPROX_BEFORE = pattern('extract/numbers:APPROX_BEFORE', new RegExp(`(?:^|[^A-Za-z])(?:${alternation(APPROXIMATORS)}) ?$`, 'i'));

export function findNumbers(norm: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(norm); m; m = NUMBER.exec(norm)) {
    const [whole, sign, int, frac] = m;
    const digits = Number(int!.replace(/,/g, '') + (frac ?? ''));
    const base = sign === '-' ? -digits : digits;
    let end = m.index + whole.length;
    let scale: string | null = null;
    const after = SCALE_AFTER.exec(norm.slice(end, end + 10));
    if (after) {
      scale = (after[1] ?? after[2])!.toLowerCase();
      end += after[0].length;
    }
    const before = norm.slice(Math.max(0, m.index - 24), m.index);
    out.push({
      start: m.index,
      end,
      value: base * (scale ? SCALES[scale]! : 1),
      base,
      signed: sign !== undefined,
      decimals: frac ? frac.length - 1 : 0,
      grouped: int!.includes(','),
      scale,
      approx: APPROX_BEFORE.test(before) || scale === 'k',
    });
  }
  return out;
}
