// The linker's words: the loop over code units gives the tokens of the pattern it replaced, and
// a stretch of a document gets from the document's list exactly what a scan of the stretch gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentWords, wordsIn } from '../../src/link/words.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const TOKEN = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|[+-]?\d[\d,.]*%?|[;:()&]/g;
const byPattern = (text: string, start: number, end: number) =>
  [...text.slice(start, end).matchAll(TOKEN)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, text: m[0].toLowerCase() }));

const text = fc.string({ unit: fc.constantFrom('a', 'Z', "'", '-', '+', '1', '9', ',', '.', '%', ';', ':', '(', ')', '&', ' ', '\n', 'é'), maxLength: 80 });
const stretch = text.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)).map(([s, a, b]) => [s, Math.min(a, b), Math.max(a, b)] as const));

describe('wordsIn', () => {
  it.each([
    ["It's up 1,234.5% (or -2); Sony-", ["it's", 'up', '1,234.5%', '(', 'or', '-2', ')', ';', 'sony']],
    ["rock-'n' roll", ["rock-'n", 'roll']],
    ['+-3 .5', ['-3', '5']],
  ] as const)('%s', (t, expected) => {
    expect(wordsIn(t, 0, t.length).map((w) => w.text)).toEqual(expected);
  });
  it('gives the tokens of the pattern', () => {
    fc.assert(
      fc.property(stretch, ([t, s, e]) => {
        expect(wordsIn(t, s, e)).toEqual(byPattern(t, s, e));
      }),
      { numRuns },
    );
  });
});

describe('DocumentWords', () => {
  it('gives any stretch the words a scan of the stretch gives, cut words included', () => {
    fc.assert(
      fc.property(stretch, ([t, s, e]) => {
        expect(new DocumentWords(t).between(s, e)).toEqual(byPattern(t, s, e));
      }),
      { numRuns },
    );
  });
});
