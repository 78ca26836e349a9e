// Extracting several documents at once, recognizer by recognizer, gives each document exactly
// what extracting it alone gives: the batch is only faster.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractMany } from '../../src/extract/index.js';
import { compileLexicon } from '../../src/extract/lexicon.js';
import { normalize } from '../../src/text/decode.js';
import { segment } from '../../src/text/segment.js';

const dir = new URL('../../fixtures/corpus/dev/', import.meta.url).pathname;
const docs = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => {
    const norm = normalize(readFileSync(join(dir, n), 'utf8'));
    return { name: n, norm, segmentation: segment(norm) };
  });

describe('extractMany', () => {
  it('gives every fixture article what extract gives it alone', () => {
    expect(docs.length).toBeGreaterThan(10);
    const lexicon = compileLexicon();
    const together = extractMany(docs, lexicon);
    expect(together).toHaveLength(docs.length);
    docs.forEach((d, i) => expect(together[i], d.name).toEqual(extract(d.norm, d.segmentation, lexicon)));
  });

  it('with a user lexicon too (known companies take part in the walk)', () => {
    const lexicon = compileLexicon({ companies: [{ name: 'Acme Widgets', ticker: 'ACME' }] });
    const texts = ['Acme Widgets rose 3%. The Nikkei 225 fell 1.2% to 38,000.', 'Shares of Acme Widgets slid.', ''];
    const batch = texts.map((t) => ({ norm: normalize(t), segmentation: segment(normalize(t)) }));
    const together = extractMany(batch, lexicon);
    batch.forEach((d, i) => expect(together[i]).toEqual(extract(d.norm, d.segmentation, lexicon)));
    expect(together[0]!.companies.map((c) => c.core)).toContain('Acme Widgets');
  });

  it('of no documents is none', () => {
    expect(extractMany([])).toEqual([]);
  });
});
