// Mutations of digests for the property tests (not a test file itself): the digests of every
// fixture article, and changes to them that a checker or a serializer must notice.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { DocumentDigest } from '../../src/digest/schema.js';
import { digestText } from '../../src/pipeline.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The digest of every fixture article (corpus dev and holdout, samples), in name order. */
export function fixtureDocuments(): DocumentDigest[] {
  return ['corpus/dev/', 'corpus/holdout/', 'samples/'].flatMap((dir) =>
    readdirSync(fixtures + dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => digestText(readFileSync(fixtures + dir + f, 'utf8'), { source: dir + f })),
  );
}

const AWKWARD: unknown[] = [
  NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 1.5, -2.25, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e308, 5e-324, Number.MAX_VALUE,
  '', 'x', 'up', 'UP', 'down', 'flat', 'positive', 'neutral', 'person', 'company', 'rate', 'index-move', 'level',
  '2026-01-13', '2026-1-13', '２０２６-01-13', '2026-01-13\n', '\n2026-01-13', '20260-01-13', '2026-01-13T00:00', '١٢٣٤-01-13',
  'USD', 'US', 'USDX', '𝟙xy', '𝟙x', '𝟙𝟙', '\ud800ab', 'a\udc00b', '€€€', 'e\u0301x',
  null, undefined, true, false, [], [0], [0, 1], [0, 1, 2], [-1, 0], [0.5, 1], [1, NaN], ['a'], [null], {}, { start: 0 },
  1n, Symbol('s'), () => 0, new Date(0), new Map(),
];

export const awkward: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

type Kind = 'replace' | 'borrow' | 'delete' | 'undefine' | 'addKey' | 'move' | 'inherit' | 'hide' | 'push' | 'pop' | 'hole' | 'toJSON';
const KINDS: Kind[] = ['replace', 'replace', 'replace', 'borrow', 'delete', 'undefine', 'addKey', 'move', 'inherit', 'hide', 'push', 'pop', 'hole', 'toJSON'];

export interface Mutation {
  kind: Kind;
  target: number;
  other: number;
  value: unknown;
  key: string;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
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
export function mutate(root: Record<string, unknown>, m: Mutation): void {
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
    case 'toJSON': {
      // JSON.stringify calls an inherited toJSON; zod does not look at it.
      const target = Array.isArray(s.value) ? s.value : objectAt;
      Object.setPrototypeOf(target, Object.assign(Object.create(Object.getPrototypeOf(target)), { toJSON: () => 'replaced' }));
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

