// Percentages: "3%", "3 percent", "3 per cent", "3pc", "-1.76%", "+0.25%", "(−0.6%)",
// "0.5 percentage point". Counter-example: "25 basis points" is not a percentage.
import type { NumberSpan } from './numbers.js';
import { pattern } from '../patterns.js';

export interface PercentSpan {
  start: number;
  end: number;
  /** Signed as written; the linker applies the sign of a falling verb. */
  value: number;
  signed: boolean;
  approx: boolean;
  /** "percentage point(s)": a difference of rates, not a move. */
  points: boolean;
  number: NumberSpan;
}

const UNIT = pattern('extract/percentages:UNIT', /^ ?(?:(%)|(percentage points?|pct pts?|ppts?)(?![A-Za-z])|(percent|per cent|pct|pc)(?![A-Za-z]))/i);

export function findPercentages(norm: string, numbers: readonly NumberSpan[]): PercentSpan[] {
  const out: PercentSpan[] = [];
  for (const n of numbers) {
    if (n.scale) continue;
    const m = UNIT.exec(norm.slice(n.end, n.end + 20));
    if (!m) continue;
    out.push({
      start: n.start,
      end: n.end + m[0].length,
      value: n.base,
      signed: n.signed,
      approx: n.approx,
      points: m[2] !== undefined,
      number: n,
    });
  }
  return out;
}
