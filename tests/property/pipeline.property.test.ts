// Property-based robustness tests of the pure pipeline, digestText(text, { source }).
//
// Inputs: (a) arbitrary Unicode strings — grapheme strings, "binary" strings (any code point,
// control characters, astral characters, lone surrogates) and a market-flavoured token soup —
// and (b) mutations of the fixture articles (noise insertion, swapped adjacent digits,
// truncation, concatenation, CRLF/CR and BOM insertion).
//
// Properties, for every input family:
//   1. digestText never throws and its result passes DocumentDigestSchema.parse;
//   2. every span lies inside the text, is non-empty and slices to its quoted text;
//   3. digesting the same input twice gives byte-identical JSON;
//   4. a neutral prefix paragraph shifts every evidence/percentage/money span by exactly its
//      length and leaves the index facts unchanged.
//
// FUZZ_RUNS sets the number of runs per property (default 2000).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestText } from '../../src/pipeline.js';
import type { DocumentDigest } from '../../src/digest/schema.js';
import { assertSchema, assertSpans } from './invariants.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const TIMEOUT = 300_000; // a generous ceiling per property; the whole file runs in well under a minute

// ---------------------------------------------------------------------------------------------
// Fixture articles

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
function readTexts(dir: string): string[] {
  return readdirSync(fixtures + dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(fixtures + dir + f, 'utf8'));
}
const articles = [...readTexts('corpus/dev/'), ...readTexts('samples/')];

// ---------------------------------------------------------------------------------------------
// (a) arbitrary strings

// size 'large': lengths spread over 0..2000 (the default 'small' stays under ~30 characters)
const graphemeText = fc.string({ unit: 'grapheme', maxLength: 2000, size: 'large' });
const binaryText = fc.string({ unit: 'binary', maxLength: 2000, size: 'large' });

/** Pieces of market text and awkward characters, so that random strings reach the extractors. */
const TOKENS = [
  '0', '1', '2', '5', '9', '10', '152', '2026', '41,276.35', '1.8', '.', ',', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t',
  '%', ' per cent', ' pc', ' percent', ' points', ' pts', ' bps', ' basis points', 'k', ' bn', ' billion', ' trillion', ' million',
  '$', '£', '€', '¥', 'US$', 'HK$', 'Rs ', '₹', 'USD ', '(', ')', '[', ']', 'TYO: ', '(TYO: 7203)', '(LSE: AAL)', 'NYSE:',
  'Nikkei', 'Nikkei 225', 'TOPIX', 'FTSE 100', 'S&P 500', 'Dow', 'Nasdaq', 'Hang Seng', 'Kospi', 'DAX', 'Sensex', 'futures',
  'rose', 'fell', 'jumped', 'slid', 'edged higher', 'flat', 'unchanged', 'record', 'all-time high', 'to', 'at', 'by', 'from',
  ' up ', ' down ', '+', '-', '−', '–', '—', '- ', '* ', '• ', '1. ', '|', ':', ';', '"', '“', '”', "'", '’',
  'Corp.', 'Inc.', 'plc', 'Group', 'Toyota Motor', 'Keiko Tanaka', 'said', 'chief strategist', 'Bank of Japan', 'Tokyo', 'Japan',
  'Jan. 13', 'March 17, 2026', 'Tuesday', 'U.S.', 'close', 'barrier', 'toward', 'near', 'about',
  '\u00a0', '\u202f', '\u2009', '\ufeff', '\u200b', '\u200e', '\u202e', '\u0000', '\u001b[31m', '\u0007', '\u0085', '\u2028',
  '１', '２', '％', '，', '．', '٣', '𝟏', '😀', '👍🏽', 'é', 'e\u0301', '\ud800', '\udc00', '\udbff\udfff', '漢字', 'Ⅻ',
];
const tokenSoup = fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 400, size: 'large' });

// ---------------------------------------------------------------------------------------------
// (b) mutations of the fixture articles

type Mutation =
  | { op: 'insert'; at: number; noise: string }
  | { op: 'swapDigits'; k: number }
  | { op: 'truncate'; at: number; midNumber: boolean }
  | { op: 'crlf'; mode: 'all' | 'one' | 'cr-only'; k: number }
  | { op: 'bom'; at: number; atStart: boolean };

const noise = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20, size: 'max' }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20, size: 'max' }),
  fc.string({ unit: fc.constantFrom(...TOKENS), minLength: 1, maxLength: 6, size: 'max' }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), noise }),
  fc.record({ op: fc.constant('swapDigits' as const), k: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), midNumber: fc.boolean() }),
  fc.record({ op: fc.constant('crlf' as const), mode: fc.constantFrom('all' as const, 'one' as const, 'cr-only' as const), k: fc.nat() }),
  fc.record({ op: fc.constant('bom' as const), at: fc.nat(), atStart: fc.boolean() }),
);

/** Positions i where pred(i) holds, for picking one with k % length. */
function positions(text: string, pred: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (pred(i)) out.push(i);
  return out;
}
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function applyMutation(text: string, m: Mutation): string {
  switch (m.op) {
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.noise + text.slice(at);
    }
    case 'swapDigits': {
      const pairs = positions(text, (i) => isDigit(text[i]) && isDigit(text[i + 1]) && text[i] !== text[i + 1]);
      if (pairs.length === 0) return text;
      const i = pairs[m.k % pairs.length]!;
      return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    }
    case 'truncate': {
      if (m.midNumber) {
        // cut just after a digit, before the rest of its number ("41,2|76.35", "1.|8%")
        const cuts = positions(text, (i) => i > 0 && isDigit(text[i - 1]) && (isDigit(text[i]) || text[i] === ',' || text[i] === '.'));
        if (cuts.length > 0) return text.slice(0, cuts[m.at % cuts.length]);
      }
      return text.slice(0, m.at % (text.length + 1));
    }
    case 'crlf': {
      if (m.mode === 'all') return text.replace(/\r?\n/g, '\r\n');
      if (m.mode === 'cr-only') return text.replace(/\r?\n/g, '\r');
      const nls = positions(text, (i) => text[i] === '\n');
      if (nls.length === 0) return text;
      const i = nls[m.k % nls.length]!;
      return text.slice(0, i) + '\r' + text.slice(i);
    }
    case 'bom': {
      const at = m.atStart ? 0 : m.at % (text.length + 1);
      return text.slice(0, at) + '\ufeff' + text.slice(at);
    }
  }
}

const articleIndex = fc.nat({ max: articles.length - 1 });
const base = fc.oneof(
  articleIndex.map((i) => articles[i]!),
  fc
    .tuple(fc.array(articleIndex, { minLength: 2, maxLength: 3 }), fc.constantFrom('', ' ', '\n', '\n\n', '\r\n\r\n', '\n\n---\n\n'))
    .map(([ids, sep]) => ids.map((i) => articles[i]!).join(sep)),
);
const mutatedArticle = fc
  .tuple(base, fc.array(mutation, { maxLength: 4 }))
  .map(([text, ms]) => ms.reduce(applyMutation, text));

// ---------------------------------------------------------------------------------------------
// Properties

const digest = (text: string): DocumentDigest => digestText(text, { source: 'fuzz' });

const PREFIX = 'Market note.\n\n';

/** The facts and spans that a neutral prefix must not change, with spans shifted by `by`. */
function shiftable(doc: DocumentDigest, by: number) {
  return {
    indices: doc.indices.map((i) => ({
      name: i.name,
      level: i.level,
      changePercent: i.changePercent,
      changePoints: i.changePoints,
      direction: i.direction,
      record: i.record,
      evidence: i.evidence.map((e) => [e.start + by, e.end + by, e.text]),
    })),
    percentages: doc.percentages.map((p) => [p.start + by, p.end + by, p.text]),
    money: doc.money.map((m) => [m.start + by, m.end + by, m.text]),
  };
}

const families: [string, fc.Arbitrary<string>][] = [
  ['grapheme strings', graphemeText],
  ['binary strings (control, astral, lone surrogates)', binaryText],
  ['market token soup', tokenSoup],
  ['mutated fixture articles', mutatedArticle],
];

describe.each(families)('digestText on %s', (_name, texts) => {
  it(
    'never throws and passes DocumentDigestSchema',
    () => {
      fc.assert(
        fc.property(texts, (text) => {
          assertSchema(digest(text));
        }),
        { numRuns },
      );
    },
    TIMEOUT,
  );

  it(
    'gives spans inside the text that slice to their quoted text',
    () => {
      fc.assert(
        fc.property(texts, (text) => {
          assertSpans(digest(text), text);
        }),
        { numRuns },
      );
    },
    TIMEOUT,
  );

  it(
    'is deterministic: the same input twice gives byte-identical JSON',
    () => {
      fc.assert(
        fc.property(texts, (text) => {
          const first = JSON.stringify(digest(text));
          const second = JSON.stringify(digest(text));
          expect(second).toBe(first);
        }),
        { numRuns },
      );
    },
    TIMEOUT,
  );

  it(
    `shifts every span by the prefix length and keeps the index facts when ${JSON.stringify(PREFIX)} is prepended`,
    () => {
      fc.assert(
        fc.property(texts, (text) => {
          const plain = digest(text);
          const prefixed = digest(PREFIX + text);
          expect(shiftable(prefixed, 0)).toEqual(shiftable(plain, PREFIX.length));
        }),
        { numRuns },
      );
    },
    TIMEOUT,
  );
});
