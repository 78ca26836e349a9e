// The company recognizer's MOVED pattern is tried back only from figures that a percentage's
// unit follows (moveFigures): it must still find every match a global scan of the pattern finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches } from '../../src/extract/anchored.js';
import { findCompanies, moveFigures } from '../../src/extract/companies.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { indexText } from '../../src/extract/text-index.js';
import { registeredPatterns } from '../../src/patterns.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const MOVED = registeredPatterns().find((p) => p.name === 'extract/companies:MOVED')!.pattern;

describe('moveFigures', () => {
  const cases: { text: string; figures: string[] }[] = [
    { text: 'Rio Tinto fell 3.2% and BHP rose 1 per cent', figures: ['3.2%', '1 per'] },
    { text: 'Equinor +1.9 %, Orsted -0.4pc', figures: ['1.9 %'] },
    { text: 'Sony gained 2 percent; Honda 4.5 pc', figures: ['2 percent', '4.5 pc'] },
    // Levels, years and money end no move.
    { text: 'The index closed at 38,000.5 in 2024, a $5 billion day', figures: [] },
    // A figure right after a letter or a dot is no move's figure either.
    { text: 'Q3% and v2.5%', figures: [] },
  ];
  it.each(cases)('$text', ({ text, figures }) => {
    const at = moveFigures(text, findNumbers(text));
    expect(at.map((i) => text.slice(i, i + figures[at.indexOf(i)]!.length))).toEqual(figures);
  });
});

describe('MOVED, tried back from moveFigures', () => {
  const soup = fc
    .array(fc.constantFrom('Rio', 'Tinto', 'Sony', 'of', 'the', 'Shares', 'shares', 'fell', 'rose', 'slid', 'as much as', 'nearly', '3.2', '3', '.5', '%', ' %', 'per cent', 'percent', 'pc', '+1.9%', '-0.4', '38,000', '$5', '+', '-', ' ', '   ', ', ', '\n'), { maxLength: 40 })
    .map((parts) => parts.join(' '));
  const scan = (text: string): [number, string][] => [...text.matchAll(new RegExp(MOVED.source, 'g'))].map((m) => [m.index, m[0]]);
  it('finds what a global scan finds', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const found = anchoredMatches(MOVED, text, moveFigures(text, findNumbers(text)), { tokens: 40, gap: 12 }, indexText(text).nameStarts);
        expect(found.map((m) => [m.index, m[0]])).toEqual(scan(text));
      }),
      { numRuns },
    );
  });

  it.each([
    ['Rio Tinto fell 3.2% in London.', 'Rio Tinto'],
    ['Novo Nordisk shares slid 6.2 per cent.', 'Novo Nordisk'],
    ['Equinor   +1.9%', 'Equinor'],
  ])('%s', (text, name) => {
    expect(findCompanies(text, []).map((c) => c.name)).toEqual([name]);
  });
});
