// Consistency of an index's figures: a points change, a percent change and a level must agree
// within rounding when all three are given (level − points is the previous close), and the
// direction must agree with their signs. A disagreement is reported, never silently fixed.
import type { IndexDigest } from './schema.js';

type Figures = Pick<IndexDigest, 'level' | 'changePercent' | 'changePoints' | 'direction'>;

export function consistencyProblems(i: Figures): string[] {
  const problems: string[] = [];
  const { level, changePercent: pct, changePoints: pts, direction } = i;
  if (level !== null && pct !== null && pts !== null) {
    const previous = level - pts;
    const implied = previous > 0 ? (pts / previous) * 100 : NaN;
    // Percentages are printed to one or two decimals; allow the rounding of the printed figure.
    if (!(Math.abs(implied - pct) <= Math.max(0.06, Math.abs(pct) * 0.05))) {
      problems.push(`points ${pts} and level ${level} imply ${implied.toFixed(2)}%, not ${pct}%`);
    }
  }
  for (const [label, v] of [['percent', pct], ['points', pts]] as const) {
    if (v === null || direction === null || direction === 'flat') continue;
    if ((direction === 'up' && v < 0) || (direction === 'down' && v > 0)) problems.push(`direction ${direction} but ${label} change ${v}`);
  }
  return problems;
}
