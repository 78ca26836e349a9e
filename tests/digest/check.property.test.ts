// The generated checker against zod, on real digests and on mutated ones.
//
// The checker promises to accept exactly the values that zod accepts and returns unchanged (zod
// strips unknown keys and puts keys in schema order; such values are rejected, see
// src/digest/json-schema.ts). So for every value v:
//   checkDocument(v).ok === (DocumentDigestSchema.safeParse(v) succeeds && its data is v, key for key)
// and the same for checkDigest and DigestSchema. Values are the digests of every fixture article
// (and the whole digest with --merge's `merged`), mutated 1 to 3 times: a value replaced by an
// awkward one (NaN, ±Infinity, -0, fractions, 2^53, wrong types, bad enum values, bad dates,
// astral and lone-surrogate strings, arrays, objects, bigint, symbol), a key deleted, added,
// moved, made inherited or non-enumerable, an inherited toJSON, an array item pushed, popped or
// turned into a hole, a value replaced by another part of the document.
//
// FUZZ_RUNS sets the number of runs per property (default 2000).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDigest, checkDocument } from '../../src/digest/check.js';
import { mergeDocuments } from '../../src/digest/merge.js';
import { DigestSchema, DocumentDigestSchema, type Digest } from '../../src/digest/schema.js';
import { fixtureDocuments, mutate, mutation } from './mutations.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const TIMEOUT = 300_000;

const documents = fixtureDocuments();
const digest: Digest = { schemaVersion: 1, documents: documents.slice(0, 6), merged: { indices: mergeDocuments(documents) } };

/** Own enumerable keys in the same order, values the same (Object.is): what "unchanged" means. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** What zod makes of a value: rejected (with the first issue's path), or accepted unchanged or not. */
function zodVerdict(schema: typeof DocumentDigestSchema | typeof DigestSchema, v: unknown): { ok: boolean; path?: string } {
  const r = schema.safeParse(v);
  if (!r.success) return { ok: false, path: formatPath(r.error.issues[0]?.path ?? []) };
  return { ok: same(r.data, v) };
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${String(seg)}` : String(seg);
  return out || '(top level)';
}

const pathOf = (message: string): string => message.slice(0, message.indexOf(': '));

/** `path` is `outer` or lies below it. */
function within(path: string, outer: string): boolean {
  return outer === '(top level)' || path === outer || path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`);
}

// ---------------------------------------------------------------------------------------------

describe('checkDocument and checkDigest on real digests', () => {
  it(`accept the digest of every fixture article (${documents.length}), as zod does, unchanged`, () => {
    expect(documents.length).toBeGreaterThan(60);
    for (const doc of documents) {
      expect(checkDocument(doc), doc.source).toEqual({ ok: true, value: doc });
      expect(zodVerdict(DocumentDigestSchema, doc), doc.source).toEqual({ ok: true });
    }
  });

  it('accept the whole digest, with and without merged', () => {
    expect(digest.merged!.indices.some((i) => i.conflicts.length > 0)).toBe(true);
    expect(checkDigest(digest).ok).toBe(true);
    expect(zodVerdict(DigestSchema, digest)).toEqual({ ok: true });
    const { merged: _, ...plain } = digest;
    expect(checkDigest(plain).ok).toBe(true);
    expect(checkDigest({ ...plain, merged: undefined }).ok).toBe(true);
  });
});

describe('checkDocument and checkDigest agree with zod on mutated digests', () => {
  const docIndex = fc.nat({ max: documents.length - 1 });

  it(
    'one mutation: same verdict, and a rejection names the path zod names first',
    () => {
      let rejected = 0;
      fc.assert(
        fc.property(docIndex, mutation, (i, m) => {
          const v = structuredClone(documents[i]!) as unknown as Record<string, unknown>;
          mutate(v, m);
          const zod = zodVerdict(DocumentDigestSchema, v);
          const ours = checkDocument(v);
          expect(ours.ok).toBe(zod.ok);
          if (!ours.ok && zod.path !== undefined) {
            rejected++;
            // With one mutation there is one problem, and both name it. A foreign value may hold
            // several: the checker looks at an object's keys before its values, zod goes key by
            // key, so the checker may name the object where zod names a value inside it.
            const path = pathOf(ours.message);
            if (m.kind === 'replace' || m.kind === 'borrow' || m.kind === 'push') expect(within(zod.path, path), `${zod.path} within ${path}`).toBe(true);
            else expect(path).toBe(zod.path);
          }
        }),
        { numRuns },
      );
      expect(rejected).toBeGreaterThan(numRuns / 4);
    },
    TIMEOUT,
  );

  it(
    'one to three mutations: same verdict',
    () => {
      fc.assert(
        fc.property(docIndex, fc.array(mutation, { minLength: 1, maxLength: 3 }), (i, ms) => {
          const v = structuredClone(documents[i]!) as unknown as Record<string, unknown>;
          for (const m of ms) mutate(v, m);
          expect(checkDocument(v).ok).toBe(zodVerdict(DocumentDigestSchema, v).ok);
        }),
        { numRuns },
      );
    },
    TIMEOUT,
  );

  it(
    'the whole digest, merged included: same verdict',
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 2 }), (ms) => {
          const v = structuredClone(digest) as unknown as Record<string, unknown>;
          for (const m of ms) mutate(v, m);
          expect(checkDigest(v).ok).toBe(zodVerdict(DigestSchema, v).ok);
        }),
        { numRuns: Math.ceil(numRuns / 4) },
      );
    },
    TIMEOUT,
  );
});
