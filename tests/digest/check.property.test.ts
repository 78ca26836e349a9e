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
// moved, made inherited or non-enumerable, an array item pushed, popped or turned into a hole,
// a value replaced by another part of the document.
//
// FUZZ_RUNS sets the number of runs per property (default 2000).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDigest, checkDocument } from '../../src/digest/check.js';
import { mergeDocuments } from '../../src/digest/merge.js';
import { DigestSchema, DocumentDigestSchema, type Digest, type DocumentDigest } from '../../src/digest/schema.js';
import { digestText } from '../../src/pipeline.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const TIMEOUT = 300_000;

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const documents: DocumentDigest[] = ['corpus/dev/', 'corpus/holdout/', 'samples/'].flatMap((dir) =>
  readdirSync(fixtures + dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => digestText(readFileSync(fixtures + dir + f, 'utf8'), { source: dir + f })),
);
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
// Mutations

const AWKWARD: unknown[] = [
  NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 1.5, -2.25, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e308, 5e-324, Number.MAX_VALUE,
  '', 'x', 'up', 'UP', 'down', 'flat', 'positive', 'neutral', 'person', 'company', 'rate', 'index-move', 'level',
  '2026-01-13', '2026-1-13', '２０２６-01-13', '2026-01-13\n', '\n2026-01-13', '20260-01-13', '2026-01-13T00:00', '١٢٣٤-01-13',
  'USD', 'US', 'USDX', '𝟙xy', '𝟙x', '𝟙𝟙', '\ud800ab', 'a\udc00b', '€€€', 'e\u0301x',
  null, undefined, true, false, [], [0], [0, 1], [0, 1, 2], [-1, 0], [0.5, 1], [1, NaN], ['a'], [null], {}, { start: 0 },
  1n, Symbol('s'), () => 0, new Date(0), new Map(),
];

const awkward: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

type Kind = 'replace' | 'borrow' | 'delete' | 'undefine' | 'addKey' | 'move' | 'inherit' | 'hide' | 'push' | 'pop' | 'hole';
const KINDS: Kind[] = ['replace', 'replace', 'replace', 'borrow', 'delete', 'undefine', 'addKey', 'move', 'inherit', 'hide', 'push', 'pop', 'hole'];

interface Mutation {
  kind: Kind;
  target: number;
  other: number;
  value: unknown;
  key: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  target: fc.nat(),
  other: fc.nat(),
  value: awkward,
  key: fc.constantFrom('extra', 'text', 'start', 'source', 'toJSON', '__proto__', '0', 'é', ''),
});

type Container = Record<string, unknown> | unknown[];
interface Slot {
  parent: Container | null;
  key: string | number;
  value: unknown;
}

/** Every value in the tree, with where it sits (the root has no parent). */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const walk = (parent: Container | null, key: string | number, value: unknown): void => {
    out.push({ parent, key, value });
    if (Array.isArray(value)) value.forEach((v, i) => walk(value, i, v));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(value as Record<string, unknown>, k, v);
  };
  walk(null, '', root);
  return out;
}

/** A deep copy where one can be made (symbols and functions cannot be cloned). */
function copy(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies a mutation in place (the root itself is never replaced, only changed inside). */
function mutate(root: Record<string, unknown>, m: Mutation): void {
  const all = slots(root);
  const s = all[m.target % all.length]!;
  const set = (v: unknown): void => {
    if (s.parent) (s.parent as Record<string | number, unknown>)[s.key] = v;
  };
  const objectAt = isObject(s.value) ? s.value : isObject(s.parent) ? s.parent : root;
  switch (m.kind) {
    case 'replace':
      return set(m.value);
    case 'borrow':
      return set(copy(all[m.other % all.length]!.value));
    case 'undefine':
      return set(undefined);
    case 'delete':
      if (Array.isArray(s.parent)) s.parent.splice(Number(s.key), 1);
      else if (s.parent) delete s.parent[s.key];
      return;
    case 'addKey':
      Object.defineProperty(objectAt, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      return;
    case 'move': {
      const keys = Object.keys(objectAt);
      const k = keys[m.other % Math.max(keys.length, 1)];
      if (k === undefined) return;
      const v = objectAt[k];
      delete objectAt[k];
      objectAt[k] = v;
      return;
    }
    case 'inherit': {
      // One key of the object moves to its prototype: still readable, no longer own.
      const keys = Object.keys(objectAt);
      const k = keys[m.other % Math.max(keys.length, 1)];
      if (k === undefined) return;
      const proto = Object.create(Object.getPrototypeOf(objectAt)) as Record<string, unknown>;
      proto[k] = objectAt[k];
      delete objectAt[k];
      Object.setPrototypeOf(objectAt, proto);
      return;
    }
    case 'hide': {
      const keys = Object.keys(objectAt);
      const k = keys[m.other % Math.max(keys.length, 1)];
      if (k !== undefined) Object.defineProperty(objectAt, k, { enumerable: false });
      return;
    }
    case 'push':
      if (Array.isArray(s.value)) s.value.push(m.value);
      return;
    case 'pop':
      if (Array.isArray(s.value)) s.value.pop();
      return;
    case 'hole':
      if (Array.isArray(s.value) && s.value.length) delete s.value[m.other % s.value.length];
      return;
  }
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
