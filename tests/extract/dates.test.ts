import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { storyDate } from '../../src/digest/date.js';

describe('findDates', () => {
  const cases: { text: string; span: string; year: number | null; month: number | null; day: number | null }[] = [
    { text: 'on January 13, 2026, the', span: 'January 13, 2026', year: 2026, month: 1, day: 13 },
    { text: 'on Jan. 13 the', span: 'Jan. 13', year: null, month: 1, day: 13 },
    { text: 'on 13 January 2026 the', span: '13 January 2026', year: 2026, month: 1, day: 13 },
    { text: 'dated 2026-01-13.', span: '2026-01-13', year: 2026, month: 1, day: 13 },
    { text: 'since Sept. 30, 2025', span: 'Sept. 30, 2025', year: 2025, month: 9, day: 30 },
    { text: 'on March 3rd', span: 'March 3rd', year: null, month: 3, day: 3 },
    { text: 'on Tuesday', span: 'Tuesday', year: null, month: null, day: null },
    { text: 'by Dec 31 2026', span: 'Dec 31 2026', year: 2026, month: 12, day: 31 },
    { text: 'CLOSE  26-FEB-2026  16:05', span: '26-FEB-2026', year: 2026, month: 2, day: 26 },
    { text: 'as of 02-Sep-26 close', span: '02-Sep-26', year: 2026, month: 9, day: 2 },
  ];
  it.each(cases)('$text', ({ text, span, year, month, day }) => {
    const [d] = findDates(text);
    expect(d).toBeDefined();
    expect(text.slice(d!.start, d!.end)).toBe(span);
    expect([d!.year, d!.month, d!.day]).toEqual([year, month, day]);
  });

  it.each(['in 2026', 'may 5 people', 'March 45', 'the 13th'])('no date in %j', (text) => {
    expect(findDates(text).filter((d) => d.month !== null)).toEqual([]);
  });
});

describe('storyDate', () => {
  const cases: [string, string | null][] = [
    ['Stocks rose on January 13, 2026, as ...', '2026-01-13'],
    ['TOKYO, March 17, 2026 - The Nikkei rose on Monday.', '2026-03-16'],
    ['In 2026 the index rose. On Jan. 13 it hit a record.', '2026-01-13'],
    ['Stocks rose on Tuesday.', null],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(storyDate(findDates(text), text)).toBe(expected);
  });
});
