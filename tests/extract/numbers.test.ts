import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers.js';
import { alternation } from '../../src/extract/regex.js';
import { APPROXIMATORS } from '../../src/lexicon/scales.js';

describe('findNumbers', () => {
  const cases: { text: string; span: string; value: number; approx?: boolean; signed?: boolean; decimals?: number }[] = [
    { text: 'closed at 1,234.5 today', span: '1,234.5', value: 1234.5, decimals: 1 },
    { text: 'a record close of 53,549.16.', span: '53,549.16', value: 53549.16, decimals: 2 },
    { text: 'the Nikkei hit 58k', span: '58k', value: 58000, approx: true },
    { text: 'revenue of 1.2 million', span: '1.2 million', value: 1_200_000 },
    { text: 'nearly 3%', span: '3', value: 3, approx: true },
    { text: 'close to 58,000 points', span: '58,000', value: 58000, approx: true },
    { text: 'about 6,100', span: '6,100', value: 6100, approx: true },
    { text: 'change -4.27 today', span: '-4.27', value: -4.27, signed: true },
    { text: 'change +0.56 today', span: '+0.56', value: 0.56, signed: true },
    { text: 'US$2.1bn deal', span: '2.1bn', value: 2.1e9 },
    { text: '¥135 billion', span: '135 billion', value: 135e9 },
    { text: '5 trillion yen', span: '5 trillion', value: 5e12 },
    { text: '€40m fund', span: '40m', value: 40e6 },
    { text: 'roughly 41,002.3 points', span: '41,002.3', value: 41002.3, approx: true },
    { text: 'range 2020-2025', span: '2020', value: 2020 },
    { text: '(-1.76%)', span: '-1.76', value: -1.76, signed: true },
    { text: 'the 0.25 level', span: '0.25', value: 0.25 },
    { text: 'just under 40,000', span: '40,000', value: 40000, approx: true },
  ];
  it.each(cases)('$text', ({ text, span, value, approx = false, signed = false, decimals }) => {
    const n = findNumbers(text)[0]!;
    expect(text.slice(n.start, n.end)).toBe(span);
    expect(n.value).toBeCloseTo(value, 6);
    expect(n.approx).toBe(approx);
    expect(n.signed).toBe(signed);
    if (decimals !== undefined) expect(n.decimals).toBe(decimals);
  });

  it('does not read a hyphenated word or range as a sign', () => {
    expect(findNumbers('US-Japan deal in 2020-2025').map((n) => n.value)).toEqual([2020, 2025]);
  });

  it('does not split grouped digits', () => {
    expect(findNumbers('1,1,1,1').length).toBe(1);
    expect(findNumbers('12,345,678.9').map((n) => n.value)).toEqual([12345678.9]);
  });

  it('finds nothing in plain words', () => {
    expect(findNumbers('Stocks rose on Tuesday.')).toEqual([]);
  });
});

describe('findNumbers approximators and scales', () => {
  // What the number's 24 code units before it and 10 after it say, as the patterns read them.
  const APPROX = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(APPROXIMATORS)}) ?$`, 'i');
  const parts = fc.constantFrom('nearly ', 'NEARLY', 'about', 'Around ', 'approx.', 'close to ', 'just shy of ', '~', 'x', ' ', '5', '12.5', '1,234', ' million', ' bn', 'k', 'M ', ' Trillion', 'in the region of ', 'xnear ', '+3', '.', ' crore', 'B', 'TN');
  it('marks a number approximate exactly where the approximator pattern matches', () => {
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 14 }).map((p) => p.join('')), (text) => {
        for (const n of findNumbers(text)) {
          const before = text.slice(Math.max(0, n.start - 24), n.start);
          expect(n.approx).toBe(APPROX.test(before) || n.scale === 'k');
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
