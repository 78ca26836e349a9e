// The library's entry point: what the README's Library section calls is exported and does what
// the README says.
import { describe, expect, it } from 'vitest';
import { compileLexicon, digestText, digestTexts } from '../src/index.js';

describe('library entry point', () => {
  it('digestTexts gives the documents digestText gives, in order', () => {
    const lexicon = compileLexicon({ companies: [{ name: 'Acme Robotics Corp.', aliases: ['Acme'], ticker: 'ACME' }] });
    const texts = [
      { text: 'The DAX rose 1%.', source: 'a' },
      { text: 'Acme jumped 4%. The CAC 40 fell 0.5%.', source: 'b' },
    ];
    const docs = digestTexts(texts, lexicon);
    expect(docs.map((d) => d.source)).toEqual(['a', 'b']);
    expect(docs[0]!.indices.map((i) => [i.name, i.changePercent])).toEqual([['DAX', 1]]);
    expect(docs).toEqual(texts.map((t) => digestText(t.text, { source: t.source, lexicon })));
  });
});
