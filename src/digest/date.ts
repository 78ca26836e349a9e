// The trading day a story reports: a full date stated in the text ("January 13, 2026"), or a
// month and day completed by a year stated elsewhere, or a weekday ("on Tuesday") counted
// back from a dated dateline. Null when the text does not say.
import type { DateSpan } from '../extract/dates.js';

export function storyDate(dates: readonly DateSpan[], norm: string): string | null {
  const full = dates.find((d) => d.year !== null && d.month !== null && d.day !== null && d.year >= 1990 && d.year <= 2100);
  const dayMonth = dates.find((d) => d.month !== null && d.day !== null);
  let anchor: { year: number; month: number; day: number } | null = null;
  if (full) anchor = { year: full.year!, month: full.month!, day: full.day! };
  else if (dayMonth) {
    const year = statedYear(norm);
    if (year) anchor = { year, month: dayMonth.month!, day: dayMonth.day! };
  }
  if (!anchor) return null;
  const weekday = dates.find((d) => d.weekday !== null);
  const anchorDay = dates.find((d) => d.month !== null);
  // A dateline ("Tokyo, March 17, 2026 —") followed by "on Tuesday": the last such weekday on or before it.
  if (weekday && anchorDay && anchorDay.start < weekday.start && anchorDay.start < 200) {
    const base = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day));
    const back = (base.getUTCDay() - weekday.weekday! + 7) % 7;
    base.setUTCDate(base.getUTCDate() - back);
    return iso(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate());
  }
  return iso(anchor.year, anchor.month, anchor.day);
}

function statedYear(norm: string): number | null {
  const m = /(?<![\d,.])(19[89]\d|20\d\d)(?![\d,])/.exec(norm);
  return m ? Number(m[1]) : null;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
