// Memoised answers about words: kept up to the cap, and what is kept never keeps alive the text
// a word was cut from.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy, WordMemo } from '../../src/link/word-memo.js';
import { DocumentWords, stem, wordsIn } from '../../src/link/words.js';
import { directionOf } from '../../src/link/direction.js';
import { toneOf } from '../../src/link/tone.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('WordMemo', () => {
  it('keeps an answer per word up to its cap, and gives back what it is asked to keep', () => {
    const memo = new WordMemo<number | null>(2);
    expect([memo.keep('up', 2), memo.keep('down', null), memo.keep('flat', 4)]).toEqual([2, null, 4]);
    expect([memo.get('up'), memo.get('down'), memo.get('flat')]).toEqual([2, null, undefined]);
  });
});

describe('ownCopy', () => {
  it.each(['', 'up', 'better-than-expected', 'x'.repeat(200)])('%s is the same text', (s) => {
    expect(ownCopy(s)).toBe(s);
  });
});

// 200 texts of 400 KB (one-byte, in the heap), each with a 20-letter lower-case word of its own
// at offset 1,000; the text is dropped once the word has been asked. Were each kept word a view
// into its text, 80 MB would stay reachable.
type Ask = (text: string, start: number, end: number) => void;

/** `n` in `length` letters, a to z, lowest first: a word of its own for each n. */
function spell(n: number, length: number): string {
  let s = '';
  for (let k = 0; k < length; k++, n = Math.floor(n / 26)) s += String.fromCharCode(97 + (n % 26));
  return s;
}

function askedFromLargeTexts(ask: Ask): number {
  gc();
  const before = getHeapStatistics().used_heap_size;
  for (let i = 0; i < 200; i++) {
    const bytes = Buffer.alloc(400_000, 0x20);
    bytes.write(spell(i * 7919 + 12345, 20), 1000, 'latin1');
    ask(bytes.toString('latin1'), 1000, 1020);
  }
  gc();
  return (getHeapStatistics().used_heap_size - before) / 1e6;
}

describe('kept words do not keep their texts alive', () => {
  const lengths = new WordMemo<number>();
  const cases: [string, Ask][] = [
    ['a memo', (t, s, e) => void lengths.keep(t.slice(s, e), e - s)],
    ['the stems', (t, s, e) => void stem(t.slice(s, e))],
    ['the directions', (t, s, e) => void directionOf(t.slice(s, e))],
    ['the lexemes of wordsIn', (t, s, e) => void wordsIn(t, s, e)],
  ];
  it.each(cases)('%s', (_, ask) => {
    expect(askedFromLargeTexts(ask)).toBeLessThan(20);
  });
});

// A long stream brings new words without end: 40,000 of them, 14 letters each, read as a
// document's words and toned (which asks each word's direction, and its stem). The lexeme table
// keeps the first 20,000 with their answers, the memos by string a quarter of that; each kept
// word is one copy.
describe('what a stream of new words keeps', () => {
  it('stays within a few bytes a word', () => {
    gc();
    const before = getHeapStatistics().used_heap_size;
    for (let chunk = 0; chunk < 40; chunk++) {
      const text = Array.from({ length: 1000 }, (_, i) => `zq${spell(chunk * 1000 + i, 12)}`).join(' ');
      toneOf(text, [{ start: 0, end: text.length }], false, new DocumentWords(text));
    }
    gc();
    // 3.8 MB here; 12.3 MB when every table and memo kept its own copy of every word.
    expect((getHeapStatistics().used_heap_size - before) / 1e6).toBeLessThan(6);
  });
});
