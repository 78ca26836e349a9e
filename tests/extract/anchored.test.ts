// Sticky patterns tried only within reach of their anchors must find exactly what a global scan
// finds: the companies, people, organisations and tickers recognizers depend on it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches, literalMatches, Literals, reachBack } from '../../src/extract/anchored.js';
import { indexText } from '../../src/extract/text-index.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const scan = (re: RegExp, text: string): [number, string][] => [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => [m.index, m[0]]);
const sticky = (re: RegExp): RegExp => new RegExp(re.source, 'y');
const got = (ms: RegExpExecArray[]): [number, string][] => ms.map((m) => [m.index, m[0]]);

// Words and separators that make name runs, suffixes and moves likely.
const soup = fc
  .array(fc.constantFrom('Sony', 'Group', 'Corp.', 'Inc.', 'of', 'the', 'Bank', 'Rio', 'Tinto', 'fell', 'rose', '3.2%', '+1.9%', '-', ' ', '  ', ', ', '\n', '(', 'x', 'Ltd', 'Co.,', 'É', 'A.', '5'), { maxLength: 40 })
  .map((parts) => parts.join(' '));

describe('reachBack', () => {
  const cases: { text: string; anchor: number; tokens: number; gap: number; from: number }[] = [
    { text: 'Sony Group Corp.', anchor: 11, tokens: 7, gap: 1, from: 0 },
    { text: 'a b c d', anchor: 6, tokens: 2, gap: 1, from: 2 },
    // A double space stops a run of single-spaced tokens.
    { text: 'alpha  beta gamma', anchor: 12, tokens: 7, gap: 1, from: 6 },
    { text: 'alpha  beta gamma', anchor: 12, tokens: 7, gap: 2, from: 0 },
    // So does a line break.
    { text: 'one\ntwo three', anchor: 8, tokens: 7, gap: 1, from: 4 },
  ];
  it.each(cases)('$text from $anchor', ({ text, anchor, tokens, gap, from }) => {
    expect(reachBack(text, anchor, { tokens, gap })).toBe(from);
  });
});

describe('anchoredMatches', () => {
  // A name of up to three capitalised words, then a suffix: anchored at the suffix.
  const NAME_SUFFIX = /(?<![A-Za-z])([A-Z][a-z]*(?: [A-Z][a-z]*){0,2}),? (?:Corp\.|Inc\.|Group|Ltd)(?![A-Za-z])/;
  const suffixes = new Literals(['Corp.', 'Inc.', 'Group', 'Ltd']);
  it('finds what a global scan finds', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const index = indexText(text);
        const anchors = suffixes.afterSpace(text, index.wordStarts);
        expect(got(anchoredMatches(sticky(NAME_SUFFIX), text, anchors, { tokens: 3, gap: 1 }, index.capitalStarts))).toEqual(scan(NAME_SUFFIX, text));
      }),
      { numRuns },
    );
  });

  // A name, then a verb and a signed figure after one to three spaces: anchored at the figure.
  const MOVE = /(?<![A-Za-z])([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: (?:fell|rose)| {1,3}[+-])\d+(?:\.\d+)?%/;
  it('follows gaps of several spaces', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const figures: number[] = [];
        for (let i = 0; i < text.length; i++) if (/\d/.test(text[i]!) && !/\d|\./.test(text[i - 1] ?? '')) figures.push(i);
        expect(got(anchoredMatches(sticky(MOVE), text, figures, { tokens: 4, gap: 3 }, indexText(text).capitalStarts))).toEqual(scan(MOVE, text));
      }),
      { numRuns },
    );
  });
});

describe('literalMatches', () => {
  const SAID = /(?<![A-Za-z])(?:said|according to) ([A-Z][a-z]+)(?![A-Za-z])/;
  it('finds what a global scan finds, tried only where a literal starts', () => {
    const words = fc.array(fc.constantFrom('said', 'Said', 'according', 'to', 'Jane', 'Doe', 'xsaid', ' ', '.', 'Bank'), { maxLength: 30 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(words, (text) => {
        const found = literalMatches(sticky(SAID), text, indexText(text).letterStarts, new Literals(['said', 'according to']));
        expect(got(found)).toEqual(scan(SAID, text));
      }),
      { numRuns },
    );
  });
});

describe('Literals', () => {
  const l = new Literals(['Corp.', 'Co', 'K', 'Inc']);
  it.each([
    ['Corp. x', 0, true],
    ['Coal', 0, true], // "Co" starts it
    ['Kospi', 0, true],
    ['Incline', 0, true],
    ['corp', 0, false],
    ['In', 0, false],
    ['x Cap', 2, false],
    ['x Corp', 2, true], // "Co" starts it
  ] as const)('%s at %i', (text, at, expected) => {
    expect(l.startsAt(text, at)).toBe(expected);
  });
  it('refuses a literal that a word start can never hold', () => {
    expect(() => new Literals(['(publ)'])).toThrow(/must start with/);
  });
});
