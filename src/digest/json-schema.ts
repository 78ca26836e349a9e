// A compiler for the subset of JSON Schema that zod 4's z.toJSONSchema emits for our contract.
// Each object, array and anyOf of the schema becomes one function with its scalar properties
// tested inline (typeof, Number.isFinite, ===), so checking a value is straight-line code. The
// contract's checker is generated ahead of time as TypeScript (contract-check.ts, kept equal to
// this compiler's output for z.toJSONSchema(DigestSchema) by a test), so the CLI neither loads zod
// nor compiles anything at start-up. compileSchema does the same at run time, for tests and tools.
// Any keyword outside the subset is refused, so a contract change the checker cannot follow fails
// loudly instead of passing values unchecked.
//
// Where JSON Schema and zod read the same keyword differently, zod's reading wins, because the
// checker must accept exactly what zod accepts:
//   "number"  a finite number: zod 4 rejects NaN and ±Infinity (JSON has neither).
//   "integer" Number.isInteger; zod's safe-integer bound comes as minimum/maximum.
//   minLength/maxLength  code points (a surrogate pair counts once, a lone surrogate as one),
//             as zod 4.6 counts them.
//   pattern   new RegExp(pattern) without flags, as zod tests its regex.
//   objects   zod strips unknown keys and returns keys in the schema's order. The checker accepts
//             only objects zod would return unchanged: own enumerable keys are the schema's
//             properties, required ones present, in the schema's order (absent or undefined
//             optional ones skipped). An extra or out-of-order key is rejected, so what passes is
//             written byte for byte as zod's output would have been.
//
// Examples: {type: ['number', 'null']} accepts 1.5 and null, rejects NaN; {type: 'integer',
// minimum: 0} accepts 0 and -0, rejects 0.5 and -1. Not supported: $ref, oneOf, allOf, format,
// default, patternProperties (compiling throws).
//
// Why generated code and not a tree of closures: a closure per node checked a fixture document in
// about 6.6 µs, the generated functions in about 1.5 µs (zod 4: about 9 µs); and generating the
// checker at start-up cost about 2 ms, so it is generated ahead of time. Only schema data reaches
// the generated source, as JSON literals (keys, enum values, messages, patterns) and finite
// numbers.
import * as runtime from './check-runtime.js';
import type { Check, ObjectKeys } from './check-runtime.js';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
export type JsonScalar = string | number | boolean | null;

export interface JsonSchema {
  $schema?: string;
  description?: string;
  type?: JsonType | readonly JsonType[];
  const?: JsonScalar;
  enum?: readonly JsonScalar[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: { readonly [key: string]: JsonSchema };
  required?: readonly string[];
  additionalProperties?: false;
  items?: JsonSchema | false;
  prefixItems?: readonly JsonSchema[];
  minItems?: number;
  maxItems?: number;
  anyOf?: readonly JsonSchema[];
}

export interface Root {
  /** The exported name of the root's check. */
  name: string;
  schema: JsonSchema;
}

const KEYWORDS = new Set<string>([
  '$schema', 'description', 'type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'properties', 'required', 'additionalProperties', 'items', 'prefixItems',
  'minItems', 'maxItems', 'anyOf',
]);
const STRING_KEYWORDS = ['pattern', 'minLength', 'maxLength'] as const;
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;
const OBJECT_KEYWORDS = ['properties', 'required', 'additionalProperties'] as const;
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'minItems', 'maxItems'] as const;
const HELPERS = ['at', 'deeper', 'keyIssue', 'lengthIn', 'mismatch', 'sameKeys'] as const;
type Helper = (typeof HELPERS)[number];

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The source of a TypeScript module exporting one check per root (importing its helpers from
 * ./check-runtime.js), or with `js`, the body of a function of `H` (the helpers) that returns
 * the checks by name. A subschema that is the same object in several roots is compiled once.
 */
export function generateChecker(roots: readonly Root[], options: { lang: 'ts' | 'js'; header?: string }): string {
  const g = new Generator(options.lang === 'ts');
  const names = roots.map((r) => [r.name, g.fn(r.schema, '#')] as const);
  const used = HELPERS.filter((h) => g.helpers.has(h));
  const out: string[] = [];
  if (g.ts) {
    if (options.header) out.push(options.header);
    out.push(`import { ${[...used, 'type Check', 'type Issue', ...(g.objectKeys ? ['type ObjectKeys'] : [])].join(', ')} } from './check-runtime.js';`, '');
  } else out.push('"use strict";', `const { ${used.join(', ')} } = H;`);
  out.push(...g.out.constants, '', g.out.code.join('\n\n'), '');
  if (g.ts) for (const [name, fn] of names) out.push(`export const ${name}: Check = ${fn};`);
  else out.push(`return { ${names.map(([name, fn]) => `${JSON.stringify(name)}: ${fn}`).join(', ')} };`);
  return `${out.join('\n')}\n`;
}

/** Compiles a schema at run time (with new Function): for tests and tools. */
export function compileSchema(schema: JsonSchema): Check {
  const build = new Function('H', generateChecker([{ name: 'check', schema }], { lang: 'js' })) as (helpers: typeof runtime) => { check: Check };
  return build(runtime).check;
}

/**
 * What a generator writes: its functions and its constants, each distinct one once. The schema
 * repeats shapes (every tone, every list of strings), and a function or constant equal to one
 * written already is not written again: its callers use the first one's name.
 */
export class Emitted {
  readonly constants: string[] = [];
  private readonly functions: { at: string[]; text: string }[] = [];
  private readonly byBody = new Map<string, { name: string; index: number }>();
  private readonly values = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  /** The functions, each under comments naming every place of the schema it checks. */
  get code(): string[] {
    return this.functions.map((f) => `${f.at.map((a) => `// ${a}`).join('\n')}\n${f.text}`);
  }

  /** Writes `signature`, `body` and `}`, unless a function with the same body is written already; the name to call. */
  fn(name: string, at: string, signature: string, body: string): string {
    const same = this.byBody.get(body);
    if (same) {
      this.functions[same.index]!.at.push(at);
      return same.name;
    }
    this.byBody.set(body, { name, index: this.functions.length });
    this.functions.push({ at: [at], text: `${signature}\n${body}\n}` });
    return name;
  }

  /** The name of a constant `const <prefix><n><declaration>`, written on first request. */
  constant(prefix: string, declaration: string): string {
    const key = `${prefix}${declaration}`;
    const known = this.values.get(key);
    if (known) return known;
    const n = this.counts.get(prefix) ?? 0;
    this.counts.set(prefix, n + 1);
    const name = `${prefix}${n}`;
    this.values.set(key, name);
    this.constants.push(`const ${name}${declaration};`);
    return name;
  }
}

/** A schema with where it sits and its types; for the generators. */
export interface Node {
  schema: JsonSchema;
  at: string;
  types: JsonType[] | undefined;
}

type ScalarType = Exclude<JsonType, 'object' | 'array'>;

// fn() emits a function for a node and returns its name; test() returns a boolean expression
// over a variable for an inline node (a scalar, or an anyOf of scalars).
class Generator {
  readonly out = new Emitted();
  readonly helpers = new Set<Helper>();
  objectKeys = false;
  private readonly names = new Map<JsonSchema, string>();
  private readonly expectations = new Map<JsonSchema, string>();

  constructor(readonly ts: boolean) {}

  private use(h: Helper): string {
    this.helpers.add(h);
    return h;
  }

  /** `x` read as a number: TypeScript needs the cast after Number.isFinite/isInteger. */
  private asNumber(x: string): string {
    return this.ts ? `(${x} as number)` : x;
  }

  /** The name of a function checking `s` (generated on first request). */
  fn(s: JsonSchema, at: string): string {
    const known = this.names.get(s);
    if (known) return known;
    const node = this.node(s, at);
    const name = `f${this.names.size}`;
    this.names.set(s, name);
    const kind = nodeKind(node);
    const body =
      kind === 'object' ? this.objectBody(node) : kind === 'array' ? this.arrayBody(node) : kind === 'anyOf' && !this.inline(node) ? this.anyOfBody(node) : this.scalarBody(node);
    const signature = this.ts ? `function ${name}(v: unknown): Issue | undefined {` : `function ${name}(v) {`;
    const emitted = this.out.fn(name, at, signature, body);
    if (emitted !== name) this.names.set(s, emitted);
    return emitted;
  }

  expected(s: JsonSchema, at: string): string {
    const known = this.expectations.get(s);
    if (known !== undefined) return known;
    const node = this.node(s, at);
    const kind = nodeKind(node);
    let text: string;
    if (kind === 'object') text = TYPE_WORDS.object;
    else if (kind === 'array') {
      const { min, max } = arrayBounds(node);
      text = min === max ? `an array of ${min} items` : TYPE_WORDS.array;
    } else if (kind === 'anyOf') text = (s.anyOf ?? []).map((b, i) => this.expected(b, `${at}/anyOf/${i}`)).join(' or ');
    else text = describeScalar(s, node.types);
    this.expectations.set(s, text);
    return text;
  }

  private node(s: JsonSchema, at: string): Node {
    return schemaNode(s, at);
  }

  /** Scalars, and anyOf of inline branches ("a string or null"), are tested in their parent. */
  private inline(node: Node): boolean {
    const kind = nodeKind(node);
    if (kind === 'scalar') return true;
    if (kind !== 'anyOf' || !node.schema.anyOf?.length) return false;
    return node.schema.anyOf.every((b, i) => this.inline(this.node(b, `${node.at}/anyOf/${i}`)));
  }

  /** A boolean expression that is true when `x` conforms to the inline node. */
  private test(node: Node, x: string): string {
    const { schema: s, at, types } = node;
    if (s.anyOf !== undefined) return `(${s.anyOf.map((b, i) => this.test(this.node(b, `${at}/anyOf/${i}`), x)).map(group).join(' || ')})`;
    const parts: string[] = [];
    if (types) {
      const each = types.map((t) => this.typeTest(node, t as ScalarType, x));
      parts.push(each.length === 1 ? each[0]! : `(${each.join(' || ')})`);
    } else {
      // Without "type", keywords constrain only the values of their own type.
      if (STRING_KEYWORDS.some((k) => s[k] !== undefined)) parts.push(`(typeof ${x} !== "string" || ${this.stringTest(node, x)})`);
      if (NUMBER_KEYWORDS.some((k) => s[k] !== undefined)) parts.push(`(typeof ${x} !== "number" || ${this.numberTest(node, x)})`);
    }
    if (s.const !== undefined) parts.push(`${x} === ${literal(s.const, `${at}/const`)}`);
    if (s.enum !== undefined) {
      if (s.enum.length === 0) throw new Error(`${at}: an empty enum accepts nothing`);
      parts.push(`(${s.enum.map((e) => `${x} === ${literal(e, `${at}/enum`)}`).join(' || ')})`);
    }
    return parts.length ? parts.join(' && ') : 'true';
  }

  private typeTest(node: Node, t: ScalarType, x: string): string {
    switch (t) {
      case 'string':
        return STRING_KEYWORDS.some((k) => node.schema[k] !== undefined) ? `(typeof ${x} === "string" && ${this.stringTest(node, x)})` : `typeof ${x} === "string"`;
      case 'number':
      case 'integer': {
        const base = t === 'number' ? `Number.isFinite(${x})` : `Number.isInteger(${x})`;
        return NUMBER_KEYWORDS.some((k) => node.schema[k] !== undefined) ? `(${base} && ${this.numberTest(node, x)})` : base;
      }
      case 'boolean':
        return `typeof ${x} === "boolean"`;
      case 'null':
        return `${x} === null`;
      default:
        throw new Error(`${node.at}: unknown type ${JSON.stringify(t)}`);
    }
  }

  /** Assumes `x` is a string. */
  private stringTest(node: Node, x: string): string {
    const { schema: s, at } = node;
    const parts: string[] = [];
    if (s.pattern !== undefined) {
      new RegExp(s.pattern); // a bad pattern fails here, not in the generated module
      const name = this.out.constant('P', ` = new RegExp(${JSON.stringify(s.pattern)})`);
      parts.push(`${name}.test(${x})`);
    }
    if (s.minLength !== undefined || s.maxLength !== undefined) {
      const min = count(s.minLength, `${at}/minLength`) ?? 0;
      const max = count(s.maxLength, `${at}/maxLength`);
      parts.push(`${this.use('lengthIn')}(${x}, ${min}, ${max ?? 'Infinity'})`);
    }
    return parts.join(' && ');
  }

  /** Assumes `x` is a number. */
  private numberTest(node: Node, x: string): string {
    const { schema: s, at } = node;
    const ops = { minimum: '>=', maximum: '<=', exclusiveMinimum: '>', exclusiveMaximum: '<' } as const;
    return NUMBER_KEYWORDS.filter((k) => s[k] !== undefined)
      .map((k) => `${this.asNumber(x)} ${ops[k]} ${finite(s[k], `${at}/${k}`)}`)
      .join(' && ');
  }

  private fail(s: JsonSchema, at: string, x: string): string {
    return `${this.use('mismatch')}(${JSON.stringify(this.expected(s, at))}, ${x})`;
  }

  private scalarBody(node: Node): string {
    return `  return ${this.test(node, 'v')} ? undefined : ${this.fail(node.schema, node.at, 'v')};`;
  }

  /** A statement checking `x`, returning an issue with `seg` (a JS expression) on its path. */
  private childCheck(s: JsonSchema, at: string, x: string, seg: string): string {
    const node = this.node(s, at);
    if (this.inline(node)) return `if (!(${this.test(node, x)})) return ${this.use('at')}(${this.fail(s, at, x)}, ${seg});`;
    return `{ const e = ${this.fn(s, at)}(${x}); if (e !== undefined) return ${this.use('at')}(e, ${seg}); }`;
  }

  private objectBody(node: Node): string {
    const { schema: s, at } = node;
    if (s.additionalProperties !== false) throw new Error(`${at}: only objects with "additionalProperties": false are supported (zod's output schema)`);
    const props = s.properties ?? {};
    const keys = Object.keys(props);
    const required = new Set(s.required ?? []);
    for (const r of required) if (!hasOwn.call(props, r)) throw new Error(`${at}: required key "${r}" has no schema`);
    const o: ObjectKeys = { keys, required: keys.map((k) => required.has(k)), expected: keys.map((k) => this.expected(props[k]!, `${at}/properties/${k}`)) };
    this.objectKeys = true;
    const name = this.out.constant('K', `${this.ts ? ': ObjectKeys' : ''} = ${JSON.stringify(o)}`);
    const checks = keys.map((k) => {
      const key = JSON.stringify(k);
      const check = this.childCheck(props[k]!, `${at}/properties/${k}`, 'x', key);
      // zod keeps an optional key that is present but undefined; JSON.stringify drops it.
      return [`  x = o[${key}];`, required.has(k) ? `  ${check}` : `  if (x !== undefined) {\n    ${check}\n  }`];
    });
    const lines = [
      `  if (typeof v !== "object" || v === null || Array.isArray(v)) return ${this.use('mismatch')}(${JSON.stringify(TYPE_WORDS.object)}, v);`,
      `  if (!${this.use('sameKeys')}(v, ${name}.keys)) {`,
      `    const e = ${this.use('keyIssue')}(v, ${name});`,
      '    if (e !== undefined) return e;',
      '  }',
    ];
    if (keys.length) lines.push(`  const o = v${this.ts ? ' as Record<string, unknown>' : ''};`, `  let x${this.ts ? ': unknown' : ''};`, ...checks.flat());
    lines.push('  return undefined;');
    return lines.join('\n');
  }

  private arrayBody(node: Node): string {
    const { schema: s, at } = node;
    const { min, max } = arrayBounds(node);
    const lines = [
      `  if (!Array.isArray(v)${min > 0 ? ` || v.length < ${min}` : ''}${max !== Infinity ? ` || v.length > ${max}` : ''}) return ${this.fail(s, at, 'v')};`,
    ];
    const checks: string[] = [];
    (s.prefixItems ?? []).forEach((p, i) => {
      const check = this.childCheck(p, `${at}/prefixItems/${i}`, 'x', String(i));
      checks.push(i < min ? `  x = v[${i}];\n  ${check}` : `  if (v.length > ${i}) {\n    x = v[${i}];\n    ${check}\n  }`);
    });
    const prefix = s.prefixItems?.length ?? 0;
    if (s.items !== false && s.items !== undefined) {
      checks.push(`  for (let j = ${prefix}; j < v.length; j++) {\n    x = v[j];\n    ${this.childCheck(s.items, `${at}/items`, 'x', 'j')}\n  }`);
    }
    if (checks.length) lines.push(`  let x${this.ts ? ': unknown' : ''};`, ...checks);
    lines.push('  return undefined;');
    return lines.join('\n');
  }

  // anyOf with an object or array among its branches: the first branch that accepts wins. When
  // none does, the branch the value got furthest into (a failure below its top) explains it;
  // otherwise all branches are named.
  private anyOfBody(node: Node): string {
    const { schema: s, at } = node;
    const others = Object.keys(s).filter((k) => k !== 'anyOf' && k !== 'description' && k !== '$schema');
    if (others.length) throw new Error(`${at}: anyOf beside ${others.join(', ')} is not supported`);
    const branches = s.anyOf ?? [];
    const lines = [`  let e${this.ts ? ': Issue | undefined' : ''};`, `  let deep${this.ts ? ': Issue | undefined' : ''};`];
    branches.forEach((b, i) => {
      const bAt = `${at}/anyOf/${i}`;
      const bNode = this.node(b, bAt);
      if (this.inline(bNode)) lines.push(`  if (${this.test(bNode, 'v')}) return undefined;`);
      else lines.push(`  if ((e = ${this.fn(b, bAt)}(v)) === undefined) return undefined;`, `  deep = ${this.use('deeper')}(deep, e);`);
    });
    lines.push(`  return deep ?? ${this.fail(s, at, 'v')};`);
    return lines.join('\n');
  }
}

/** Parentheses for the reader only: && binds tighter than || anyway. */
function group(expr: string): string {
  return expr.includes(' && ') && !(expr.startsWith('(') && expr.endsWith(')')) ? `(${expr})` : expr;
}

export function schemaNode(s: JsonSchema, at: string): Node {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new Error(`${at}: a schema must be an object`);
  for (const k of Object.keys(s)) if (!KEYWORDS.has(k)) throw new Error(`${at}: JSON Schema keyword "${k}" is not supported by the contract checker`);
  const types = s.type === undefined ? undefined : typeof s.type === 'string' ? [s.type] : [...s.type];
  if (types?.length === 0) throw new Error(`${at}: an empty "type" list accepts nothing`);
  return { schema: s, at, types };
}

export function nodeKind(node: Node): 'object' | 'array' | 'anyOf' | 'scalar' {
  const { schema: s, at, types } = node;
  const has = (k: keyof JsonSchema): boolean => s[k] !== undefined;
  const only = (t: JsonType): boolean => types?.length === 1 && types[0] === t;
  if (s.anyOf !== undefined) {
    const others = Object.keys(s).filter((k) => k !== 'anyOf' && k !== 'description' && k !== '$schema');
    if (others.length) throw new Error(`${at}: anyOf beside ${others.join(', ')} is not supported`);
    if (s.anyOf.length === 0) throw new Error(`${at}: anyOf needs at least one branch`);
    return 'anyOf';
  }
  if (OBJECT_KEYWORDS.some(has) || only('object')) {
    if (!only('object')) throw new Error(`${at}: object keywords need "type": "object"`);
    return 'object';
  }
  if (ARRAY_KEYWORDS.some(has) || only('array')) {
    if (!only('array')) throw new Error(`${at}: array keywords need "type": "array"`);
    return 'array';
  }
  if (types?.includes('object') || types?.includes('array')) throw new Error(`${at}: objects and arrays among other types are not supported; zod emits anyOf`);
  return 'scalar';
}

function arrayBounds(node: Node): { min: number; max: number } {
  const { schema: s, at } = node;
  const prefix = s.prefixItems?.length ?? 0;
  const min = count(s.minItems, `${at}/minItems`) ?? 0;
  const max = Math.min(count(s.maxItems, `${at}/maxItems`) ?? Infinity, s.items === false ? prefix : Infinity);
  return { min, max };
}

function count(n: number | undefined, at: string): number | undefined {
  if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw new Error(`${at}: must be a non-negative integer`);
  return n;
}

function finite(n: number | undefined, at: string): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`${at}: must be a finite number`);
  return String(n);
}

/** A scalar as a JavaScript literal for generated code. */
function literal(v: JsonScalar, at: string): string {
  if (typeof v === 'number') return finite(v, at);
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return JSON.stringify(v);
  throw new Error(`${at}: only scalar values are supported`);
}

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  null: 'null',
  object: 'an object',
  array: 'an array',
};

function describeScalar(s: JsonSchema, types: JsonType[] | undefined): string {
  if (s.const !== undefined) return runtime.quote(s.const);
  if (s.enum !== undefined) return `one of ${s.enum.map(runtime.quote).join(', ')}`;
  let words = types ? types.map((t) => TYPE_WORDS[t]).join(' or ') : 'any value';
  const limits: string[] = [];
  // The safe-integer bound zod adds to every int goes without saying.
  const integer = types?.length === 1 && types[0] === 'integer';
  if (s.minimum !== undefined && !(integer && s.minimum === Number.MIN_SAFE_INTEGER)) limits.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) limits.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined && !(integer && s.maximum === Number.MAX_SAFE_INTEGER)) limits.push(`≤ ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) limits.push(`< ${s.exclusiveMaximum}`);
  if (s.pattern !== undefined) limits.push(`matching /${s.pattern}/`);
  if (s.minLength !== undefined && s.minLength === s.maxLength) limits.push(`of ${s.minLength} characters`);
  else {
    if (s.minLength !== undefined) limits.push(`of at least ${s.minLength} characters`);
    if (s.maxLength !== undefined) limits.push(`of at most ${s.maxLength} characters`);
  }
  if (limits.length) words += ` ${limits.join(' and ')}`;
  return words;
}
