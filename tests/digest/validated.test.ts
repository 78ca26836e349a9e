// Digesting several texts at once: the same documents as one at a time, and a bug of ours on
// one text fails that text alone.
import { describe, expect, it } from 'vitest';
import { digestCheckedMany } from '../../src/digest/validated.js';
import { compileLexicon, type CompiledLexicon } from '../../src/extract/lexicon.js';
import type { Gazetteer } from '../../src/extract/gazetteer.js';
import { digestText, digestTexts } from '../../src/pipeline.js';

const texts = [
  { source: 'a', text: 'Tokyo stocks rose. The Nikkei 225 gained 1.2% to 38,450.10, a record close.' },
  { source: 'b', text: 'BOOM. The FTSE 100 fell 0.4%.' },
  { source: 'c', text: 'The DAX was little changed at 24,100.' },
];

/** The built-in lexicon, but its gazetteer throws on any text that holds "BOOM", as a bug would. */
function failingOnBoom(): CompiledLexicon {
  const real = compileLexicon();
  const gazetteer = Object.create(real.gazetteer) as Gazetteer;
  gazetteer.find = (text, starts) => {
    if (text.includes('BOOM')) throw new Error('gazetteer blew up\n    at somewhere');
    return real.gazetteer.find(text, starts);
  };
  return { ...real, gazetteer };
}

describe('digestTexts', () => {
  it('gives each text the document digestText gives it alone, in order', () => {
    const lexicon = compileLexicon();
    expect(digestTexts(texts, lexicon)).toEqual(texts.map((t) => digestText(t.text, { source: t.source, lexicon })));
  });
});

describe('digestCheckedMany', () => {
  it('a text that makes the batch throw fails alone, with a one-line reason; the others are digested', () => {
    const checked = digestCheckedMany(texts, failingOnBoom());
    expect(checked.map((c) => c.ok)).toEqual([true, false, true]);
    expect(checked[1]).toEqual({ ok: false, reason: 'internal error: gazetteer blew up' });
    const lexicon = compileLexicon();
    expect(checked[0]).toEqual({ ok: true, document: digestText(texts[0]!.text, { source: 'a', lexicon }) });
    expect(checked[2]).toEqual({ ok: true, document: digestText(texts[2]!.text, { source: 'c', lexicon }) });
  });
});
