// Dates: "January 13, 2026", "Jan. 13", "13 January 2026", "2026-01-13", and weekdays
// ("on Tuesday"). Counter-example: "2026" alone is a year, not a date.
import { pattern } from '../patterns.js';

export interface DateSpan {
  start: number;
  end: number;
  year: number | null;
  /** 1–12, or null for a weekday alone. */
  month: number | null;
  day: number | null;
  /** 0 = Sunday … 6 = Saturday, for weekday mentions. */
  weekday: number | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_ALT = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

const MONTH_DAY = pattern('extract/dates:MONTH_DAY', new RegExp(`(?<![A-Za-z])(${MONTH_ALT})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\d])`, 'g'));
const DAY_MONTH = pattern('extract/dates:DAY_MONTH', new RegExp(`(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_ALT})\\.?(?: (\\d{4}))?(?![A-Za-z\\d])`, 'g'));
const ISO = pattern('extract/dates:ISO', /(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])/g);
// Terminal headers: "26-FEB-2026", "02-Sep-26".
const DASHED = pattern('extract/dates:DASHED', new RegExp(`(?<![\\w-])(\\d{1,2})-(${MONTH_ALT})-(\\d{4}|\\d{2})(?![\\w-])`, 'gi'));
const WEEKDAY = pattern('extract/dates:WEEKDAY', /(?<![A-Za-z])(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?![A-Za-z])/g);

export function findDates(norm: string): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of norm.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    // "May 5" is a date, "may 5" is not: the pattern is case-sensitive on the month.
    if (valid(month, day)) out.push({ start: m.index, end: m.index + m[0].length, year: m[3] ? Number(m[3]) : null, month, day, weekday: null });
  }
  for (const m of norm.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[2]!);
    const day = Number(m[1]);
    if (valid(month, day)) out.push({ start: m.index, end: m.index + m[0].length, year: m[3] ? Number(m[3]) : null, month, day, weekday: null });
  }
  for (const m of norm.matchAll(ISO)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (valid(month, day)) out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), month, day, weekday: null });
  }
  for (const m of norm.matchAll(DASHED)) {
    const month = monthNumber(m[2]!);
    const day = Number(m[1]);
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    if (valid(month, day)) out.push({ start: m.index, end: m.index + m[0].length, year, month, day, weekday: null });
  }
  for (const m of norm.matchAll(WEEKDAY)) {
    out.push({ start: m.index, end: m.index + m[0].length, year: null, month: null, day: null, weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()) });
  }
  return dropOverlaps(out.sort((a, b) => a.start - b.start || b.end - a.end));
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function dropOverlaps(spans: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}
