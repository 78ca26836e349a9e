// A document's short names are found as a trie of exact phrases would find them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactPhrases } from '../../src/extract/exact-phrases.js';
import { PhraseMatcher } from '../../src/extract/phrase-matcher.js';
import { indexText } from '../../src/extract/text-index.js';

const NAMES = ['Intel', 'Intel Corp', 'BoJ', 'BOJ', 'Takaichi', 'Sony Group', 'Sony', 'AMZN', 'Int'];

describe('ExactPhrases', () => {
  it.each([
    ['Intel and Intel Corp rose', [[0, 5], [10, 20]]],
    ['Intelligence fell; intel too', []],
    ['the BoJ, the BOJ', [[4, 7], [13, 16]]],
    ['Sony Group and Sonya', [[0, 10]]],
  ] as const)('%s', (text, expected) => {
    const x = new ExactPhrases<string>();
    for (const n of NAMES) x.add(n, n);
    expect(x.find(text, indexText(text).wordStarts).map((h) => [h.start, h.end])).toEqual(expected);
  });

  it('finds what a trie of the same exact phrases finds', () => {
    const text = fc.array(fc.constantFrom(...NAMES, 'intel', 'x', ' ', ', ', '-', 'Corp', 'Group', 'ligence', '\u00e9'), { maxLength: 20 }).map((w) => w.join(' '));
    const names = fc.subarray(NAMES, { minLength: 1 });
    fc.assert(
      fc.property(text, names, (t, ns) => {
        const x = new ExactPhrases<string>();
        const m = new PhraseMatcher<string>();
        for (const n of ns) {
          x.add(n, n);
          m.add(n, n, true);
        }
        const starts = indexText(t).wordStarts;
        expect(x.find(t, starts)).toEqual(m.find(t, 0, t.length, starts));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
