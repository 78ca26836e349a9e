// The linker's words: the loop over code units gives the tokens of the pattern it replaced, and
// a stretch of a document gets from the document's list exactly what a scan of the stretch gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentWords, lexemeAnswer, wordsIn, type Word } from '../../src/link/words.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const TOKEN = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|[+-]?\d[\d,.]*%?|[;:()&]/g;
const plain = (words: readonly Word[]) => words.map(({ start, end, text }) => ({ start, end, text }));
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
        expect(plain(wordsIn(t, s, e))).toEqual(byPattern(t, s, e));
      }),
      { numRuns },
    );
  });
});

describe('DocumentWords', () => {
  it('gives any stretch the words a scan of the stretch gives, cut words included', () => {
    fc.assert(
      fc.property(stretch, ([t, s, e]) => {
        expect(plain(new DocumentWords(t).between(s, e))).toEqual(byPattern(t, s, e));
      }),
      { numRuns },
    );
  });
});

describe('lexemeAnswer', () => {
  it('works a shared lexeme\'s answer out once per distinct word and keeps it there, null included; a hand-made word asks its memo every time', () => {
    const fresh: string[] = [];
    const memo: string[] = [];
    const answer = (w: string): 'up' | null => (w === 'soared' ? 'up' : null);
    const freshly = (w: string): 'up' | null => {
      fresh.push(w);
      return answer(w.slice(3));
    };
    const memoised = (w: string): 'up' | null => {
      memo.push(w);
      return answer(w);
    };
    // Words this test alone uses, so no other test has answered for them; before the test of the
    // table's bound below fills it.
    const t = 'Qzzsoared qzzflat QZZSOARED qzzflat';
    const words = wordsIn(t, 0, t.length);
    expect(words.map((w) => w.lex?.shared)).toEqual([true, true, true, true]);
    expect(words.map((w) => lexemeAnswer(w, 'direction', freshly, memoised))).toEqual(['up', null, 'up', null]);
    expect(fresh).toEqual(['qzzsoared', 'qzzflat']);
    expect(memo).toEqual([]);
    expect(words.map((w) => w.lex?.direction)).toEqual(['up', null, 'up', null]);
    const hand: Word = { start: 0, end: 6, text: 'soared' };
    expect([lexemeAnswer(hand, 'direction', freshly, memoised), lexemeAnswer(hand, 'direction', freshly, memoised)]).toEqual(['up', 'up']);
    expect(memo).toEqual(['soared', 'soared']);
    expect(fresh).toEqual(['qzzsoared', 'qzzflat']);
  });
});

describe('lexemes', () => {
  it('every word of letters has the lexeme of its lower-case text, the same one wherever it occurs', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const seen = new Map<string, unknown>();
        for (const w of [...wordsIn(a, 0, a.length), ...new DocumentWords(b).all]) {
          if (!/^[a-z]/.test(w.text)) {
            expect(w.lex).toBeUndefined();
            continue;
          }
          expect(w.lex?.text).toBe(w.text);
          if (seen.has(w.text)) expect(w.lex).toBe(seen.get(w.text));
          seen.set(w.text, w.lex);
        }
      }),
      { numRuns },
    );
  });

  it('words whose hashes collide keep lexemes of their own', () => {
    // Pairs with the same 32-bit FNV-1a hash, the table's.
    const t = 'costarring liquid Declinate MACALLUMS altarage zinke';
    expect(wordsIn(t, 0, t.length).map((w) => w.lex?.text)).toEqual(['costarring', 'liquid', 'declinate', 'macallums', 'altarage', 'zinke']);
  });

  it('past the table\'s bound, words still get lexemes of their own text', () => {
    // Far more distinct words than the table keeps: 'ba', 'bb', ... in base 26.
    const spell = (n: number): string => {
      let s = '';
      for (let k = n + 26; k > 0; k = Math.floor(k / 26)) s = String.fromCharCode(97 + (k % 26)) + s;
      return s;
    };
    const many = Array.from({ length: 70000 }, (_, i) => spell(i));
    const words = wordsIn(many.join(' '), 0, many.join(' ').length);
    expect(words.map((w) => w.text)).toEqual(many);
    expect(words.every((w) => w.lex?.text === w.text)).toBe(true);
    const again = wordsIn(`${many[5]} ${many[69999]!.toUpperCase()}`, 0, 100);
    expect(again.map((w) => w.lex?.text)).toEqual([many[5], many[69999]]);
    // The first words are in the table; the last one is its occurrence's alone, so its answers
    // come from the module's memo, not from a lexeme no later occurrence shares.
    expect(again.map((w) => w.lex?.shared)).toEqual([true, false]);
    const asked: string[] = [];
    const memoised = (w: string): boolean => {
      asked.push(w);
      return false;
    };
    expect(lexemeAnswer(again[1]!, 'rate', () => true, memoised)).toBe(false);
    expect(asked).toEqual([many[69999]]);
  });
});
