import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/decode.js';
import { findIndexMentions } from '../../src/extract/index-mentions.js';
import { INDICES } from '../../src/lexicon/indices.js';

function mentions(text: string) {
  return findIndexMentions(normalize(text)).map((m) => ({ span: text.slice(m.start, m.end), name: m.index.name, futures: m.futures, subIndex: m.subIndex }));
}

describe('findIndexMentions', () => {
  const cases: { text: string; span: string; name: string; futures?: boolean; subIndex?: boolean }[] = [
    { text: "the benchmark Nikkei 225 soared", span: 'Nikkei 225', name: 'Nikkei 225' },
    { text: "Tokyo's benchmark closed higher", span: "Tokyo's benchmark", name: 'Nikkei 225' },
    { text: 'the Nikkei rose', span: 'Nikkei', name: 'Nikkei 225' },
    { text: 'NIKKEI HITS RECORD', span: 'NIKKEI', name: 'Nikkei 225' },
    { text: 'the broader TOPIX index', span: 'TOPIX index', name: 'TOPIX' },
    { text: 'the Topix slipped', span: 'Topix', name: 'TOPIX' },
    { text: 'the Kospi advanced', span: 'Kospi', name: 'KOSPI' },
    { text: "Australia's S&P/ASX 200 edged higher", span: 'S&P/ASX 200', name: 'S&P/ASX 200' },
    { text: 'the S&P 500 fell', span: 'S&P 500', name: 'S&P 500' },
    { text: 'Hong Kong equities posted gains', span: 'Hong Kong equities', name: 'Hang Seng' },
    { text: "Singapore's benchmark index saw minor declines", span: "Singapore's benchmark index", name: 'Straits Times Index' },
    { text: 'Mainland Chinese indices traded flat', span: 'Mainland Chinese indices', name: 'Shanghai Composite' },
    { text: "India's Nifty 50 futures remained steady", span: 'Nifty 50', name: 'Nifty 50', futures: true },
    { text: 'E-mini S&P 500 rose', span: 'S&P 500', name: 'S&P 500', futures: true },
    { text: 'the TOPIX banks index rose 2%', span: 'TOPIX', name: 'TOPIX', subIndex: true },
    { text: 'the FTSE 100 closed', span: 'FTSE 100', name: 'FTSE 100' },
    { text: 'the CAC 40 in Paris', span: 'CAC 40', name: 'CAC 40' },
    { text: 'the Dow Jones Industrial Average', span: 'Dow Jones Industrial Average', name: 'Dow Jones Industrial Average' },
    { text: 'the tech-heavy Nasdaq outperformed', span: 'Nasdaq', name: 'Nasdaq Composite' },
    { text: 'the Hang Seng Index fell', span: 'Hang Seng Index', name: 'Hang Seng' },
    { text: "the Nikkei 225's surge", span: 'Nikkei 225', name: 'Nikkei 225' },
  ];
  it.each(cases)('$text', ({ text, span, name, futures = false, subIndex = false }) => {
    const [m] = mentions(text);
    expect(m).toEqual({ span, name, futures, subIndex });
  });

  const negatives = ['a Nasdaq-listed company', 'the dow of the river', 'kospi in lower case is not a name', 'We set a goal', 'Index funds rose'];
  it.each(negatives)('no index in %j', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('knows at least 120 indices, each alias naming one index', () => {
    expect(INDICES.length).toBeGreaterThanOrEqual(120);
    const owner = new Map<string, string>();
    for (const e of INDICES) {
      for (const a of [...e.aliases, ...(e.phrases ?? [])]) {
        const key = a.toLowerCase();
        const prev = owner.get(key);
        if (prev !== undefined && prev !== e.name) throw new Error(`${a} names ${prev} and ${e.name}`);
        owner.set(key, e.name);
      }
    }
  });
});
