// The shared index of a document's starts must hold exactly the positions each pattern's
// look-behind and first character allow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexText } from '../../src/extract/text-index.js';
import { isWordChar } from '../../src/extract/phrase-matcher.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const positions = (re: RegExp, text: string): number[] => [...text.matchAll(re)].map((m) => m.index);
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '5', ' ', '.', '-', "'", '&', '(', 'é', 'É', '×', '\u0250', '\u2014', '\u212a', '\n'), maxLength: 60 });

describe('indexText', () => {
  it('word starts: a word character (or one beyond ASCII) after none', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected: number[] = [];
        for (let i = 0; i < t.length; i++) {
          const c = t.charCodeAt(i);
          if ((i === 0 || !isWordChar(t.charCodeAt(i - 1))) && (isWordChar(c) || c >= 128)) expected.push(i);
        }
        expect([...indexText(t).wordStarts]).toEqual(expected);
      }),
      { numRuns },
    );
  });
  it('name starts: the company patterns\' look-behind and first class', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect([...indexText(t).nameStarts]).toEqual(positions(/(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F0-9&'.-])[A-Z0-9\u00C0-\u00DE]/g, t));
      }),
      { numRuns },
    );
  });
  it('letter and capital starts: no ASCII letter before', () => {
    fc.assert(
      fc.property(text, (t) => {
        const index = indexText(t);
        expect([...index.letterStarts]).toEqual(positions(/(?<![A-Za-z])[A-Za-z]/g, t));
        expect([...index.capitalStarts]).toEqual(positions(/(?<![A-Za-z])[A-Z\u00C0-\u00D6\u00D8-\u00DE]/g, t));
      }),
      { numRuns },
    );
  });
  it('gives each text its own positions, whatever the texts before or after it held', () => {
    // More starts than one buffer holds, then fewer: nothing of one text may show in another.
    const long = 'Word '.repeat(3000);
    const first = indexText(long);
    const copies = Object.values(first).map((list: Int32Array) => [...list]);
    const short = indexText(' Ab cd');
    expect([...short.wordStarts]).toEqual([1, 4]);
    expect([...short.capitalStarts]).toEqual([1]);
    indexText(' x y z');
    expect(Object.values(first).map((list: Int32Array) => [...list])).toEqual(copies);
    expect(copies[0]).toHaveLength(3000);
    expect(copies[0]![2999]).toBe(5 * 2999);
  });
});
