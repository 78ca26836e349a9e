// The contract checker's messages and the schema compiler's reading of each keyword (which follows
// zod's where JSON Schema's differs). The agreement with zod on real and mutated documents is in
// check.property.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertDigest, checkDigest, checkDocument, ContractError } from '../../src/digest/check.js';
import { formatIssue } from '../../src/digest/check-runtime.js';
import { compileSchema, generateChecker, type JsonSchema } from '../../src/digest/json-schema.js';
import { DigestSchema, type DocumentDigest } from '../../src/digest/schema.js';
import { digestText } from '../../src/pipeline.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const doc = digestText(readFileSync(`${ROOT}fixtures/samples/tokyo-close.txt`, 'utf8'), { source: 'tokyo-close.txt' });
const copy = (): DocumentDigest => structuredClone(doc);
const message = (v: unknown): string => {
  const r = checkDocument(v);
  if (r.ok) throw new Error('accepted');
  return r.message;
};

describe('checkDocument', () => {
  it('accepts a digest and hands back the same object', () => {
    expect(doc.indices.length).toBeGreaterThan(2);
    const r = checkDocument(doc);
    expect(r.ok && r.value).toBe(doc);
  });

  it.each<[string, (d: DocumentDigest & Record<string, unknown>) => void, string]>([
    ['NaN', (d) => void (d.indices[2]!.level = NaN), 'indices[2].level: expected a number or null, got NaN'],
    ['Infinity', (d) => void (d.tone.score = -Infinity), 'tone.score: expected a number, got -Infinity'],
    ['a negative offset', (d) => void (d.indices[0]!.evidence[0]!.start = -1), 'indices[0].evidence[0].start: expected an integer ≥ 0, got -1'],
    ['a fractional offset', (d) => void (d.money[0]!.end = 2.5), 'money[0].end: expected an integer ≥ 0, got 2.5'],
    ['an unsafe integer', (d) => void (d.entities[0]!.spans[0]![1] = 2 ** 53), 'entities[0].spans[0][1]: expected an integer ≥ 0, got 9007199254740992'],
    ['a count of 0', (d) => void (d.entities[0]!.count = 0), 'entities[0].count: expected an integer > 0, got 0'],
    ['a bad enum value', (d) => void ((d.indices[1] as { direction: unknown }).direction = 'sideways'), 'indices[1].direction: expected one of "up", "down", "flat" or null, got a string of 8 characters'],
    ['a bad date', (d) => void (d.date = '2026-3-17'), 'date: expected a string matching /^\\d{4}-\\d{2}-\\d{2}$/ or null, got a string of 9 characters'],
    ['a 2-letter currency', (d) => void (d.money[0]!.currency = 'JP'), 'money[0].currency: expected a string of 3 characters, got a string of 2 characters'],
    ['a 3-item span', (d) => void ((d.entities[0]!.spans as unknown[])[0] = [1, 2, 3]), 'entities[0].spans[0]: expected an array of 2 items, got an array of 3 items'],
    ['a missing key', (d) => void delete (d.tone as Partial<DocumentDigest['tone']>).label, 'tone.label: missing (expected one of "positive", "negative", "neutral")'],
    ['an unknown key', (d) => void (d.extra = 1), '(top level): unexpected key "extra"'],
    ['a wrong type', (d) => void ((d as { quotes: unknown }).quotes = {}), 'quotes: expected an array, got an object'],
    ['undefined', (d) => void ((d as { headline: unknown }).headline = undefined), 'headline: expected a string or null, got undefined'],
  ])('names the path and the problem: %s', (_, mutate, expected) => {
    const d = copy() as DocumentDigest & Record<string, unknown>;
    mutate(d);
    expect(message(d)).toBe(expected);
  });

  it('rejects keys out of the contract order (zod would reorder them, changing the output)', () => {
    const { source, ...rest } = copy();
    expect(message({ ...rest, source })).toMatch(/^\(top level\): key "source" is out of the contract's order \(source, headline, /);
  });

  it('rejects a declared key that is inherited or not enumerable (zod would copy it)', () => {
    const d = copy();
    const tone = Object.create({ label: d.tone.label }) as Record<string, unknown>;
    tone.score = d.tone.score;
    expect(message({ ...d, tone })).toBe('tone.label: not an own enumerable property');
    const hidden = copy();
    Object.defineProperty(hidden.tone, 'label', { enumerable: false });
    expect(message(hidden)).toBe('tone.label: not an own enumerable property');
  });

  it('never quotes text from the document in a message', () => {
    const d = copy();
    d.date = '\u001b]8;;http://evil\u0007';
    expect(message(d)).toBe('date: expected a string matching /^\\d{4}-\\d{2}-\\d{2}$/ or null, got a string of 17 characters');
    expect(message({ ...copy(), 'é\u202e': 1 })).toBe('(top level): unexpected key "\\u00e9\\u202e"');
  });

  it('accepts -0 and the largest safe integer, as zod does', () => {
    const d = copy();
    d.indices[0]!.evidence[0]!.start = -0;
    d.entities[0]!.spans[0]![1] = Number.MAX_SAFE_INTEGER;
    expect(checkDocument(d).ok).toBe(true);
  });
});

describe('checkDigest and assertDigest', () => {
  const digest = { schemaVersion: 1, documents: [doc] };

  it('accept a digest, with or without merged', () => {
    expect(checkDigest(digest).ok).toBe(true);
    expect(checkDigest({ ...digest, merged: { indices: [] } }).ok).toBe(true);
    expect(checkDigest({ ...digest, merged: undefined }).ok).toBe(true);
  });

  it('name the document and the path', () => {
    const bad = copy();
    bad.percentages[0]!.kind = 'guess' as 'rate';
    expect(() => assertDigest({ schemaVersion: 1, documents: [doc, bad] })).toThrow(
      new ContractError('documents[1].percentages[0].kind: expected one of "index-move", "stock-move", "rate", "other", got a string of 5 characters'),
    );
    expect(checkDigest({ schemaVersion: 2, documents: [] })).toEqual({ ok: false, message: 'schemaVersion: expected 1, got 2' });
    expect(checkDigest({ schemaVersion: 1, documents: [], merged: { indices: [{}] } })).toEqual({ ok: false, message: 'merged.indices[0].name: missing (expected a string)' });
    expect(checkDigest([])).toEqual({ ok: false, message: '(top level): expected an object, got an array of 0 items' });
  });
});

describe('compileSchema', () => {
  const accepts = (schema: JsonSchema, values: unknown[]): boolean[] => {
    const check = compileSchema(schema);
    return values.map((v) => check(v) === undefined);
  };

  it('reads "number" as a finite number and "integer" as Number.isInteger, as zod does', () => {
    expect(accepts({ type: 'number' }, [1.5, -0, NaN, Infinity, -Infinity, '1', null])).toEqual([true, true, false, false, false, false, false]);
    expect(accepts({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }, [0, -0, 3, 0.5, -1, 2 ** 53, NaN])).toEqual([true, true, true, false, false, false, false]);
    expect(accepts({ type: 'integer', exclusiveMinimum: 0 }, [0, 1])).toEqual([false, true]);
    expect(accepts({ type: ['number', 'null'] }, [null, 2, undefined])).toEqual([true, true, false]);
  });

  it('counts string lengths in code points, a lone surrogate as one, as zod 4.6 does', () => {
    expect(accepts({ type: 'string', minLength: 3, maxLength: 3 }, ['USD', 'US', 'USDX', '𝟙xy', '𝟙x', '𝟙𝟙', '\ud800ab', '\udc00\ud800'])).toEqual([
      true, false, false, true, false, false, true, false,
    ]);
    const zodLength = z.string().length(3);
    for (const s of ['USD', '𝟙xy', '𝟙x', '𝟙𝟙', '\ud800ab', '\udc00\ud800']) expect(accepts({ type: 'string', minLength: 3, maxLength: 3 }, [s])[0], s).toBe(zodLength.safeParse(s).success);
  });

  it('tests a pattern without flags, anywhere in the string unless anchored', () => {
    expect(accepts({ type: 'string', pattern: '^\\d{4}$' }, ['2026', '２０２６', '2026\n', '12345'])).toEqual([true, false, false, false]);
    expect(accepts({ type: 'string', pattern: 'b' }, ['abc', 'ac'])).toEqual([true, false]);
  });

  it('checks tuples, enums, consts and optional keys', () => {
    const tuple: JsonSchema = { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'string' }], items: false, minItems: 2, maxItems: 2 };
    expect(accepts(tuple, [[1, 'a'], [1], [1, 'a', 2], ['a', 1], new Array(2)])).toEqual([true, false, false, false, false]);
    expect(accepts({ type: 'string', enum: ['a', 'b'] }, ['a', 'c', null])).toEqual([true, false, false]);
    expect(accepts({ type: 'number', const: 1 }, [1, 1.0, 2, '1'])).toEqual([true, true, false, false]);
    const object: JsonSchema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number' } }, required: ['a'], additionalProperties: false };
    expect(accepts(object, [{ a: 'x' }, { a: 'x', b: 1 }, { a: 'x', b: undefined }, { b: 1, a: 'x' }, { a: 'x', c: 1 }, { b: 1 }, null, []])).toEqual([
      true, true, true, false, false, false, false, false,
    ]);
  });

  it('explains an anyOf by the branch the value got furthest into', () => {
    const check = compileSchema({
      anyOf: [{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false }, { type: 'null' }],
    });
    expect(check(null)).toBeUndefined();
    expect(formatIssue(check({ a: 1 })!)).toBe('a: expected a string, got 1');
    expect(formatIssue(check(3)!)).toBe('(top level): expected an object or null, got 3');
  });

  it('refuses what it cannot check exactly', () => {
    const refused: [JsonSchema, RegExp][] = [
      [{ type: 'string', format: 'email' } as JsonSchema, /keyword "format" is not supported/],
      [{ $ref: '#/$defs/x' } as JsonSchema, /keyword "\$ref" is not supported/],
      [{ type: 'number', default: 1 } as JsonSchema, /keyword "default" is not supported/],
      [{ oneOf: [] } as JsonSchema, /keyword "oneOf" is not supported/],
      [{ type: 'object', properties: {} }, /"additionalProperties": false/],
      [{ type: ['object', 'null'] }, /anyOf/],
      [{ anyOf: [] }, /at least one branch/],
      [{ type: 'number', minimum: Infinity }, /finite/],
      [{ type: 'object', properties: {}, required: ['a'], additionalProperties: false }, /required key "a" has no schema/],
    ];
    for (const [schema, error] of refused) expect(() => compileSchema(schema), JSON.stringify(schema)).toThrow(error);
  });

  it('writes a shape that recurs once, and names the right place whichever place fails', () => {
    const tone: JsonSchema = { type: 'object', properties: { score: { type: 'number' } }, required: ['score'], additionalProperties: false };
    const schema: JsonSchema = { type: 'object', properties: { a: tone, b: structuredClone(tone) }, required: ['a', 'b'], additionalProperties: false };
    const source = generateChecker([{ name: 'check', schema }], { lang: 'ts' });
    expect(source.match(/^function /gm)).toHaveLength(2);
    expect(source.match(/^const K/gm)).toHaveLength(2);
    expect(source).toContain('// #/properties/a\n// #/properties/b\nfunction f1(');
    const check = compileSchema(schema);
    expect(check({ a: { score: 1 }, b: { score: 2 } })).toBeUndefined();
    expect(formatIssue(check({ a: { score: 1 }, b: { score: '2' } })!)).toBe('b.score: expected a number, got a string of 1 characters');
    expect(formatIssue(check({ a: { score: 1, x: 0 }, b: { score: 2 } })!)).toBe('a: unexpected key "x"');
  });

  it('gives, compiled at run time, the verdicts of the generated contract checker', () => {
    const check = compileSchema(z.toJSONSchema(DigestSchema) as JsonSchema);
    const bad = copy();
    bad.quotes = [{ symbol: 'X', price: NaN, change: 0, changePercent: 0 }];
    for (const v of [{ schemaVersion: 1, documents: [doc] }, { schemaVersion: 1, documents: [bad] }, { schemaVersion: 1, documents: [], x: 1 }]) {
      const r = checkDigest(v);
      const issue = check(v);
      expect(issue === undefined).toBe(r.ok);
      if (issue && !r.ok) expect(formatIssue(issue)).toBe(r.message);
    }
  });
});

describe('the built checker', () => {
  // A resolve hook that refuses zod: loading the module must not need it.
  const noZod = `data:text/javascript,${encodeURIComponent(
    `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, n) { if (s === "zod" || s.startsWith("zod/")) throw new Error("zod imported from " + c.parentURL); return n(s, c); }'));`,
  )}`;

  it.each(['dist/digest/check.js', 'dist/digest/validated.js', 'dist/render/json.js'])('%s loads without zod', (module) => {
    const r = spawnSync(process.execPath, ['--import', noZod, '-e', `import(${JSON.stringify(`${ROOT}${module}`)}).then(() => console.log('loaded'))`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('loaded\n');
  });
});
