// The two articles the product was conceived from (../shared/seeds, beside the project).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/text/decode.js';
import { digestText } from '../src/pipeline.js';
import { DocumentDigestSchema, type DocumentDigest } from '../src/digest/schema.js';

const seeds = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(seeds);

function digestSeed(name: string): { doc: DocumentDigest; text: string } {
  const r = decode(readFileSync(seeds + name));
  if (!r.ok) throw new Error(r.reason);
  return { doc: DocumentDigestSchema.parse(digestText(r.text, name)), text: r.text };
}

function index(doc: DocumentDigest, name: string, futures = false) {
  const found = doc.indices.find((i) => i.name === name && i.futures === futures);
  if (!found) throw new Error(`${name} not found in ${doc.indices.map((i) => i.name).join(', ')}`);
  return found;
}

describe.skipIf(!haveSeeds)('seed 000: Asian markets rally', () => {
  const { doc, text } = haveSeeds ? digestSeed('000_f6bf98563334af6b.txt') : ({} as ReturnType<typeof digestSeed>);

  it('has the Nikkei 225 up about 3% at a record near 58,000', () => {
    expect(index(doc, 'Nikkei 225')).toMatchObject({ direction: 'up', changePercent: 3, level: 58000, levelApprox: true, record: true, futures: false });
  });
  it('has the TOPIX up at a record', () => {
    expect(index(doc, 'TOPIX')).toMatchObject({ direction: 'up', record: true, level: null });
  });
  it.each(['KOSPI', 'Hang Seng', 'S&P/ASX 200', 'Nasdaq Composite'])('has %s up', (name) => {
    expect(index(doc, name).direction).toBe('up');
  });
  it('has the Shanghai Composite flat and the Straits Times Index down', () => {
    expect(index(doc, 'Shanghai Composite').direction).toBe('flat');
    expect(index(doc, 'Straits Times Index').direction).toBe('down');
  });
  it('has Nifty 50 futures flat, reported as futures', () => {
    expect(index(doc, 'Nifty 50', true).direction).toBe('flat');
    expect(doc.indices.some((i) => i.name === 'Nifty 50' && !i.futures)).toBe(false);
  });
  it('reports no other index levels', () => {
    expect(doc.indices.filter((i) => i.level !== null).map((i) => i.name)).toEqual(['Nikkei 225']);
  });
  it('finds the prime minister and the Federal Reserve', () => {
    expect(doc.entities).toContainEqual(expect.objectContaining({ text: 'Sanae Takaichi', type: 'person', title: 'Prime Minister' }));
    expect(doc.entities).toContainEqual(expect.objectContaining({ text: 'Federal Reserve', type: 'organization' }));
  });
  it('quotes every span exactly', () => {
    for (const i of doc.indices) for (const e of i.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const p of doc.percentages) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe.skipIf(!haveSeeds)('seed 003: Nikkei 225 record close', () => {
  const { doc, text } = haveSeeds ? digestSeed('003_eb6d205bf4eb0fda.txt') : ({} as ReturnType<typeof digestSeed>);

  it('has the Nikkei 225 at a record close of 53,549.16', () => {
    expect(index(doc, 'Nikkei 225')).toMatchObject({ level: 53549.16, levelApprox: false, record: true, direction: 'up' });
  });
  it('never reports 50,000, 55,000 or 60,000 as a level', () => {
    for (const i of doc.indices) expect([50000, 55000, 60000]).not.toContain(i.level);
  });
  it('dates the story January 13, 2026', () => {
    expect(doc.date).toBe('2026-01-13');
  });
  it('gives the companies their tickers and exchanges', () => {
    const companies = Object.fromEntries(doc.entities.filter((e) => e.type === 'company').map((e) => [e.text, `${e.exchange}:${e.ticker}`]));
    expect(companies).toMatchObject({
      'Advantest Corp.': 'TYO:6857',
      'Tokyo Electron Ltd.': 'TYO:8035',
      'Intel Corp.': 'NASDAQ:INTC',
      'Advanced Micro Devices, Inc.': 'NASDAQ:AMD',
      'Mitsubishi Heavy Industries, Ltd.': 'TYO:7011',
      'Caterpillar Inc.': 'NYSE:CAT',
      'NVIDIA Corp.': 'NASDAQ:NVDA',
    });
  });
  it('reads the money with its currency', () => {
    const money = doc.money.map((m) => [m.amount, m.currency]);
    expect(money).toEqual(expect.arrayContaining([[135e9, 'JPY'], [115e12, 'JPY'], [50e9, 'JPY'], [550e9, 'USD']]));
    expect(doc.money.every((m) => m.amount >= 1e9)).toBe(true);
  });
  it("takes the Bank of Japan's 1.0% as a rate and the 10% correction as other", () => {
    expect(doc.percentages.find((p) => p.text === '1.0%')?.kind).toBe('rate');
    expect(doc.percentages.find((p) => p.text === '10%')?.kind).toBe('other');
  });
  it('reads the quote table: ten quotes with price, change and percent', () => {
    expect(doc.quotes).toHaveLength(10);
    expect(doc.quotes[0]).toEqual({ symbol: 'AMZN', price: 238.33, change: -4.27, changePercent: -1.76 });
    expect(doc.quotes.find((q) => q.symbol === 'AMD')).toEqual({ symbol: 'AMD', price: 221.53, change: 0.56, changePercent: 0.25 });
  });
  it('counts the Bank of Japan once with its acronym mentions', () => {
    const boj = doc.entities.find((e) => e.text === 'Bank of Japan');
    expect(boj?.type).toBe('organization');
    expect(boj!.count).toBeGreaterThanOrEqual(2);
  });
  it('quotes every span exactly', () => {
    for (const e of doc.entities) for (const [s, en] of e.spans) expect(text.slice(s, en).length).toBe(en - s);
    for (const m of doc.money) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
