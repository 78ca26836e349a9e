// The gazetteer trie: case rules, longest match, and the shortcuts a document's scans take
// (shared word starts, one walk for several lexicons, lower-case starts) giving what a plain
// scan gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/extract/phrase-matcher.js';
import { indexText } from '../../src/extract/text-index.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
const hits = <T>(m: PhraseMatcher<T>, text: string, starts?: Int32Array) => m.find(text, 0, text.length, starts).map((h) => [h.start, h.end, h.value]);

function matcher(phrases: readonly [string, string, boolean?][]): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  for (const [p, v, exact] of phrases) m.add(p, v, exact ?? false);
  return m;
}

const INDEX_PHRASES: [string, string, boolean?][] = [['Nikkei', 'N'], ['Nikkei 225', 'N225'], ['KOSPI', 'K'], ['the Dow', 'D'], ['S&P 500', 'SPX'], ['S&P', 'SP']];
const PLACE_PHRASES: [string, string, boolean?][] = [['Japan', 'JP'], ['Hong Kong', 'HK'], ['US', 'US', true], ['South Korea', 'KR']];

describe('PhraseMatcher', () => {
  const m = matcher(INDEX_PHRASES);
  it.each([
    ['The Nikkei 225 rose', [[4, 14, 'N225']]],
    ['NIKKEI rallies', [[0, 6, 'N']]],
    ['the Kospi fell', [[4, 9, 'K']]], // an all-caps alias in title case
    ['kospi', []], // but not in lower case
    ['the Dow and The Dow', [[0, 7, 'D'], [12, 19, 'D']]],
    ['S&P 500 futures', [[0, 7, 'SPX']]],
    ['Nikkeis', []], // a word does not end inside a phrase
  ] as const)('%s', (text, expected) => {
    expect(hits(m, text)).toEqual(expected);
  });

  const words = fc.array(fc.constantFrom('Nikkei', 'nikkei', 'NIKKEI', '225', 'the', 'The', 'Dow', 'Kospi', 'KOSPI', 'S&P', '500', 'Japan', 'Hong', 'Kong', 'US', 'us', 'x', ' ', ', ', '\u2014', '('), { maxLength: 30 });
  const text = words.map((w) => w.join(' '));

  it('finds the same from shared word starts as from its own scan', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(hits(m, t, indexText(t).wordStarts)).toEqual(hits(m, t));
      }),
      { numRuns },
    );
  });

  it('gives each kind of one shared walk what a matcher of its own gives', () => {
    const shared = new PhraseMatcher<string>();
    for (const [p, v, exact] of INDEX_PHRASES) shared.add(p, v, exact ?? false, 0);
    for (const [p, v, exact] of PLACE_PHRASES) shared.add(p, v, exact ?? false, 1);
    const places = matcher(PLACE_PHRASES);
    fc.assert(
      fc.property(text, (t) => {
        const [i, p] = shared.findKinds(t, indexText(t).wordStarts, 2);
        expect(i!.map((h) => [h.start, h.end, h.value])).toEqual(hits(m, t));
        expect(p!.map((h) => [h.start, h.end, h.value])).toEqual(hits(places, t));
      }),
      { numRuns },
    );
  });
});

// Many phrases on one prefix: the trie looks their next letters up in a row of its own.
describe('a state with many children', () => {
  const BRANCHING: [string, string, boolean?][] = [...'abcdefgh'].map((c): [string, string] => [`S${c}x`, c]);
  BRANCHING.push(['Sd Holdings', 'dh'], ['Sq', 'q']);
  const built = matcher(BRANCHING);
  const thawed = matcher(BRANCHING);
  const took = thawed.thaw(matcher(BRANCHING).freeze());
  it('thaws from a frozen copy', () => {
    expect(took).toBe(true);
  });
  it.each([
    ['Sax and Shx', [[0, 3, 'a'], [8, 11, 'h']]],
    ['SDX rose', [[0, 3, 'd']]],
    ['Sd Holdings fell', [[0, 11, 'dh']]],
    ['Sq, Six, Sbx', [[0, 2, 'q'], [9, 12, 'b']]],
    ['Sa Sdx', [[3, 6, 'd']]],
  ] as const)('%s', (text, expected) => {
    expect(hits(built, text)).toEqual(expected);
    expect(hits(built, text, indexText(text).wordStarts)).toEqual(expected);
    expect(hits(thawed, text)).toEqual(expected);
  });
});

describe('freeze and thaw', () => {
  it('a thawed trie finds what the trie it was frozen from finds', () => {
    const frozen = matcher(INDEX_PHRASES).freeze();
    const thawed = matcher(INDEX_PHRASES);
    expect(thawed.thaw(frozen)).toBe(true);
    for (const t of ['The Nikkei 225 rose', 'the Kospi and S&P 500', 'NIKKEI']) expect(hits(thawed, t)).toEqual(hits(matcher(INDEX_PHRASES), t));
  });
  it('refuses a trie of other phrases', () => {
    const frozen = matcher(INDEX_PHRASES).freeze();
    const other = matcher([...INDEX_PHRASES, ['Hang Seng', 'HSI']]);
    expect(other.thaw(frozen)).toBe(false);
    expect(hits(other, 'the Hang Seng')).toEqual([[4, 13, 'HSI']]);
  });
  it.each([
    ['one phrase respelt', INDEX_PHRASES.map(([p, v, x]): [string, string, boolean?] => [p === 'KOSPI' ? 'KOSDAQ' : p, v, x])],
    ['one case rule changed', INDEX_PHRASES.map(([p, v, x]): [string, string, boolean?] => [p, v, p === 'KOSPI' ? true : x])],
    ['two phrases swapped', [INDEX_PHRASES[1]!, INDEX_PHRASES[0]!, ...INDEX_PHRASES.slice(2)]],
    ['a phrase split differently', INDEX_PHRASES.map(([p, v, x]): [string, string, boolean?] => [p === 'S&P 500' ? 'S&P500' : p, v, x])],
  ])('refuses a trie when %s', (_, phrases) => {
    expect(matcher(phrases).thaw(matcher(INDEX_PHRASES).freeze())).toBe(false);
  });
});

describe('the build', () => {
  const root = new URL('../../', import.meta.url);
  it("freezes the built-in gazetteer's trie so that a run takes it up", async () => {
    const { FROZEN_GAZETTEER } = (await import(new URL('dist/extract/gazetteer-frozen.js', root).href)) as { FROZEN_GAZETTEER: { key: string; data: string } | null };
    const { compileLexicon } = await import('../../src/extract/lexicon.js');
    expect(FROZEN_GAZETTEER).not.toBeNull();
    expect(compileLexicon().gazetteer.thaw(FROZEN_GAZETTEER!)).toBe(true);
  });
});
