// renderNdjsonLine writes documents of the contract's shape with a serializer generated from the
// contract (src/render/document-json.ts) and everything else with JSON.stringify; either way the
// line must be exactly jsonSafe(JSON.stringify(doc)) and a newline, as before the serializer.
//
// Values: the digest of every fixture article; the same with strings and numbers replaced by
// awkward ones (quotes, backslashes, C0 and C1 controls, DEL, U+2028/9, bidi controls, lone and
// paired surrogates, template syntax; -0, 1e21, 5e-324, 0.1 + 0.2, NaN, ±Infinity), where the fast
// path must still be taken for finite numbers; and the mutations of the checker's property tests
// (unknown, missing, moved, inherited and hidden keys, toJSON, holes, wrong types), where it must
// step aside.
//
// FUZZ_RUNS sets the number of runs per property (default 2000).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentDigest } from '../../src/digest/schema.js';
import { documentJson } from '../../src/render/document-json.js';
import { renderJson, renderNdjsonLine } from '../../src/render/json.js';
import { jsonEscape, jsonSafe } from '../../src/render/sanitize.js';
import { fixtureDocuments, mutate, mutation } from '../digest/mutations.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const TIMEOUT = 300_000;
const documents = fixtureDocuments();

/** What renderNdjsonLine wrote before the generated serializer, or the error it threw. */
function reference(v: unknown): string {
  try {
    return `${jsonSafe(JSON.stringify(v))}\n`;
  } catch (err) {
    return `threw ${(err as Error).name}`;
  }
}

function rendered(v: unknown): string {
  try {
    return renderNdjsonLine(v as DocumentDigest);
  } catch (err) {
    return `threw ${(err as Error).name}`;
  }
}

const TRICKY = [
  '', '"', '\\', '\\"', '"\\', '\u0000', '\u0008', '\t', '\n', '\r', '\u000b', '\u001b[31m', '\u001f', ' ', '\u007f', '\u0080',
  '\u0085', '\u009f', '\u00a0', 'é', '\u061c', '\u200b', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066',
  '\u2069', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\udbff\udfff', '\udc00\ud800', '漢字', '\ufeff', '\uffff',
  '</script>', '${x}', '`', '$', '{', '}', ',"x":', 'null', 'true', 'up', 'positive', '0',
];
const trickyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.array(fc.constantFrom(...TRICKY, 'a', 'Nikkei 225', ' '), { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 24 }),
);
const FINITE = [-0, 0, 1, -1, 0.5, 1e21, 1e-7, 123e-20, 5e-324, Number.MAX_VALUE, 0.1 + 0.2, -1.5e-10, 2 ** 53, 2 ** 53 + 2, 1.0000000000000002, 41276.35, -4.27];
const finite: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(...FINITE), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());

interface Leaves {
  strings: { parent: Record<string, unknown> | unknown[]; key: string | number }[];
  numbers: { parent: Record<string, unknown> | unknown[]; key: string | number }[];
}

function leaves(root: unknown): Leaves {
  const out: Leaves = { strings: [], numbers: [] };
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [key, x] of entries) {
      if (typeof x === 'string') out.strings.push({ parent: v as Record<string, unknown>, key });
      else if (typeof x === 'number') out.numbers.push({ parent: v as Record<string, unknown>, key });
      else walk(x);
    }
  };
  walk(root);
  return out;
}

const docIndex = fc.nat({ max: documents.length - 1 });

describe('renderNdjsonLine', () => {
  it(`writes every fixture digest (${documents.length}) with the generated serializer, as JSON.stringify would`, () => {
    for (const doc of documents) {
      expect(documentJson(doc), doc.source).toBeDefined();
      expect(renderNdjsonLine(doc)).toBe(reference(doc));
    }
  });

  it('writes the awkward cases as JSON.stringify and jsonSafe would', () => {
    const doc = structuredClone(documents[0]!);
    doc.source = TRICKY.join('|');
    doc.headline = '\ud800"\\\u2028\u202e\u0000\u007f';
    doc.tone.score = -0;
    doc.indices[0]!.level = 1e21;
    doc.indices[0]!.changePoints = 5e-324;
    expect(documentJson(doc)).toBeDefined();
    expect(renderNdjsonLine(doc)).toBe(reference(doc));
    expect(renderNdjsonLine(doc)).toMatch(/"headline":"\\ud800\\"\\\\\\u2028\\u202e\\u0000\\u007f"/);
    doc.indices[0]!.level = NaN;
    expect(documentJson(doc)).toBeUndefined();
    expect(renderNdjsonLine(doc)).toBe(reference(doc));
  });

  it(
    'awkward strings and numbers: the same line, by the fast path while numbers are finite',
    () => {
      const replacement = fc.record({ at: fc.nat(), string: trickyString, number: finite, kind: fc.constantFrom('string', 'number') });
      fc.assert(
        fc.property(docIndex, fc.array(replacement, { minLength: 1, maxLength: 12 }), (i, changes) => {
          const doc = structuredClone(documents[i]!);
          const found = leaves(doc);
          for (const c of changes) {
            const pool = c.kind === 'string' ? found.strings : found.numbers;
            const slot = pool[c.at % Math.max(pool.length, 1)];
            if (slot) (slot.parent as Record<string | number, unknown>)[slot.key] = c.kind === 'string' ? c.string : c.number;
          }
          expect(documentJson(doc)).toBeDefined();
          expect(renderNdjsonLine(doc)).toBe(reference(doc));
        }),
        { numRuns },
      );
    },
    TIMEOUT,
  );

  it(
    'mutated shapes (keys, toJSON, holes, wrong types, bigint): the same line, or the same error',
    () => {
      fc.assert(
        fc.property(docIndex, fc.array(mutation, { minLength: 1, maxLength: 3 }), (i, ms) => {
          const v = structuredClone(documents[i]!) as unknown as Record<string, unknown>;
          for (const m of ms) mutate(v, m);
          expect(rendered(v)).toBe(reference(v));
        }),
        { numRuns },
      );
    },
    TIMEOUT,
  );
});

describe('jsonEscape', () => {
  it('is the text between the quotes of jsonSafe(JSON.stringify(c)) for every UTF-16 code unit, and a pair', () => {
    for (let u = 0; u <= 0xffff; u++) {
      const c = String.fromCharCode(u);
      if (`"${jsonEscape(c)}"` !== jsonSafe(JSON.stringify(c))) expect(jsonEscape(c), `U+${u.toString(16)}`).toBe(jsonSafe(JSON.stringify(c)).slice(1, -1));
    }
    expect(jsonEscape('a\ud83d\ude00b')).toBe('a\ud83d\ude00b');
  });

  it('is the text between the quotes of jsonSafe(JSON.stringify(s))', () => {
    fc.assert(
      fc.property(trickyString, (s) => {
        expect(`"${jsonEscape(s)}"`).toBe(jsonSafe(JSON.stringify(s)));
      }),
      { numRuns },
    );
  });
});

describe('renderJson', () => {
  it('is still JSON.stringify with two spaces, jsonSafe and a newline', () => {
    const digest = { schemaVersion: 1 as const, documents: documents.slice(0, 3) };
    expect(renderJson(digest)).toBe(`${jsonSafe(JSON.stringify(digest, null, 2))}\n`);
  });
});
