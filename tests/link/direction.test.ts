// The direction a word says: the lexicon's words in any inflection, and no word skipped
// unstemmed that the stemmer would have matched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { directionOf, directionOfWord } from '../../src/link/direction.js';
import { DOWN_WORDS, FLAT_WORDS, UP_WORDS } from '../../src/lexicon/movement.js';
import { stemSet, wordsIn } from '../../src/link/words.js';

const root = new URL('../../', import.meta.url).pathname;

describe('directionOf', () => {
  it.each([
    ['soaring', 'up'],
    ['rallies', 'up'],
    ['rose', 'up'],
    ['upped', 'up'],
    ['ups', 'up'],
    ['higher', 'up'],
    ['plummeted', 'down'],
    ['dipping', 'down'],
    ['sank', 'down'],
    ['losses', 'down'],
    ['sell-offs', 'down'],
    ['steadied', 'flat'],
    ['flatlining', 'flat'],
    ['range-bound', 'flat'],
    ['dying', null],
    ['sOARED', 'up'],
    ['shares', null],
    ['index', null],
    ['a', null],
    ['é', null],
  ] as const)('%s → %s', (word, expected) => {
    expect(directionOf(word)).toBe(expected);
  });

  it('says the same for a scanned word as for its text', () => {
    const words = wordsIn('Stocks soared, bonds slipped and the yen held steady.', 0, 53);
    expect(words.map((w) => directionOfWord(w))).toEqual(words.map((w) => directionOf(w.text)));
    expect(words.map((w) => directionOfWord(w))).toEqual([null, 'up', null, 'down', null, null, null, null, 'flat']);
  });
});

const stems = (words: readonly string[]): Set<string> => new Set(words.filter((w) => !w.includes(' ')).map((w) => PorterStemmer.stem(w)));
const [up, down, flat] = [stems(UP_WORDS), stems(DOWN_WORDS), stems(FLAT_WORDS)];

/** The direction by the stemmer alone, every word stemmed: what the lead tables must not change. */
function byStemAlone(word: string): string | null {
  const s = PorterStemmer.stem(word);
  if (up.has(s) || up.has(word)) return 'up';
  if (down.has(s) || down.has(word)) return 'down';
  if (flat.has(s) || flat.has(word)) return 'flat';
  return null;
}

describe('words not stemmed', () => {
  it('are words the stemmer would not have matched either', () => {
    const words = new Set<string>();
    // Every word of every fixture article.
    for (const dir of ['fixtures/corpus/dev', 'fixtures/corpus/holdout', 'fixtures/samples']) {
      for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.txt'))) {
        const text = readFileSync(join(root, dir, name), 'utf8');
        for (const w of wordsIn(text, 0, text.length)) if (/^[a-z]/.test(w.text)) words.add(w.text);
      }
    }
    // Each lexicon word with the endings the stemmer rewrites.
    for (const w of [...UP_WORDS, ...DOWN_WORDS, ...FLAT_WORDS].filter((x) => !x.includes(' '))) {
      for (const end of ['', 's', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'y', 'ies', 'ied', 'ly', 'ness', 'ment', 'ation', 'al', 'ive']) words.add(w + end);
    }
    // Every word of up to three letters: where a stem's second letter may be rewritten ("eying" → "ei").
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters) {
      words.add(a);
      for (const b of letters) {
        words.add(a + b);
        for (const c of letters) words.add(a + b + c);
        for (const end of ['ing', 'ed', 'ies', 'y']) words.add(a + b + end);
      }
    }
    const differ = [...words].filter((w) => directionOf(w) !== byStemAlone(w));
    expect(words.size).toBeGreaterThan(20_000);
    expect(differ).toEqual([]);
  });
});

describe('stems frozen at build time', () => {
  it('are the Porter stem of every single word of the direction lexicon', async () => {
    const { FROZEN_STEMS } = (await import(new URL('dist/link/stems-frozen.js', `file://${root}`).href)) as { FROZEN_STEMS: Record<string, string> | null };
    const single = [...UP_WORDS, ...DOWN_WORDS, ...FLAT_WORDS].filter((w) => !w.includes(' '));
    expect(FROZEN_STEMS).not.toBeNull();
    expect(Object.keys(FROZEN_STEMS!).sort()).toEqual([...new Set(single)].sort());
    for (const w of single) expect([w, FROZEN_STEMS![w]]).toEqual([w, PorterStemmer.stem(w)]);
  });

  it.each([
    ['a frozen stem is taken as it is', ['soaring'], { soaring: 'frozen' }, ['frozen']],
    ['a word the table does not hold is stemmed', ['soaring', 'slid'], { slid: 'slid' }, ['soar', 'slid']],
    ['a phrase stays as it is', ['pull back'], {}, ['pull back']],
    ["a name of Object's own is no entry", ['constructor', 'toString'], {}, ['constructor', 'tostr']],
    ['without a table, every word is stemmed', ['advance'], null, ['advanc']],
  ] as const)('%s', (_, words, frozen, expected) => {
    expect([...stemSet(words, frozen)]).toEqual(expected);
  });
});
