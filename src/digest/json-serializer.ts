// A second back end of the schema compiler: for the document schema, a serializer that writes
// what jsonSafe(JSON.stringify(value)) would, faster, for values of the schema's shape. It is
// generated ahead of time as TypeScript (src/render/document-json.ts, kept equal to this output
// by a test) and used by renderNdjsonLine.
//
// Each object and array becomes one function returning the JSON text, or undefined when the value
// is not of the expected shape, and the caller then falls back to JSON.stringify: so the output is
// byte-identical for every value, not only for valid documents. What it needs for that:
//   objects   own enumerable keys exactly the schema's, in its order (sameKeys), no toJSON;
//   arrays    Array.isArray, no toJSON, every item of the item shape (a hole is undefined: bail);
//   scalars   a string, a finite number, a boolean or null, as the node's types allow; numbers by
//             ToString in a template (JSON.stringify's text for a finite number, -0 as "0"),
//             strings between quotes with jsonEscape (src/render/sanitize.ts), true, false, null
//             and enum members as constants.
// Shapes it does not handle (optional keys, tuples of varying length, anyOf with an object or
// array) become functions that always return undefined: slower, never wrong.
//
// Why: on Node 20, JSON.stringify spends most of its time on keys and objects, not on strings
// or numbers (a fixture document with every string emptied takes 90% as long). Writing the known
// keys as constant text builds a fixture line in about half the time, and once the string is
// written out (it is a rope, flattened when written) the line costs about a quarter less
// (tests/digest/contract-timings.mjs).
import { Emitted, nodeKind, schemaNode, type JsonSchema, type Node, type Root } from './json-schema.js';

const hasOwn = Object.prototype.hasOwnProperty;

/** The source of a TypeScript module exporting one serializer per root. */
export function generateSerializer(roots: readonly Root[], options: { header?: string }): string {
  const g = new SerializerGenerator();
  const names = roots.map((r) => [r.name, g.fn(r.schema, '#')] as const);
  const out: string[] = [];
  if (options.header) out.push(options.header);
  out.push("import { sameKeys } from '../digest/check-runtime.js';", "import { jsonEscape } from './sanitize.js';", '');
  out.push(...g.out.constants, '', g.out.code.join('\n\n'), '');
  for (const [name, fn] of names) out.push(`export function ${name}(value: unknown): string | undefined {\n  return ${fn}(value, false);\n}`);
  return `${out.join('\n')}\n`;
}

/** A slot: statements that read the value into a variable and bail when it cannot be written. */
interface Slot {
  lines: string[];
  /**
   * Template text writing `prefix` (constant text before the value: the key) and the value.
   * Constant text is merged into the template's literal parts wherever it can be (a string's
   * quotes, and the values true, false, null and enum members written with their key as one
   * constant): each interpolation is one more piece of the rope that is flattened when written.
   */
  write(prefix: string): string;
}

// Functions take `comma`: whether the value follows another in an array (the comma then goes into
// the first constant text rather than being appended on its own).
class SerializerGenerator {
  readonly out = new Emitted();
  private readonly names = new Map<JsonSchema, string>();

  fn(s: JsonSchema, at: string): string {
    const known = this.names.get(s);
    if (known) return known;
    const node = schemaNode(s, at);
    const name = `j${this.names.size}`;
    this.names.set(s, name);
    const kind = nodeKind(node);
    const body = kind === 'object' ? this.objectBody(node) : kind === 'array' ? this.arrayBody(node) : this.scalarBody(node);
    const emitted = this.out.fn(name, at, `function ${name}(v: unknown, comma: boolean): string | undefined {`, body);
    if (emitted !== name) this.names.set(s, emitted);
    return emitted;
  }

  /** How to read and write a value of the node into `x`. */
  private slot(s: JsonSchema, at: string, read: string, x: string): Slot | undefined {
    const node = schemaNode(s, at);
    if (nodeKind(node) === 'object' || nodeKind(node) === 'array') {
      const fn = this.fn(s, at);
      return { lines: [`const ${x} = ${fn}(${read}, false);`, `if (${x} === undefined) return undefined;`], write: (prefix) => `${templateText(prefix)}\${${x}}` };
    }
    const scalar = scalarTypes(node);
    if (!scalar) return undefined;
    const { types, members } = scalar;
    const tests: Record<string, string> = { string: `typeof ${x} === "string"`, number: `Number.isFinite(${x})`, boolean: `typeof ${x} === "boolean"`, null: `${x} === null` };
    const ok = [...types].map((t) => tests[t]!).join(' || ');
    const constants: [string, string][] = [];
    if (types.has('boolean')) constants.push([`${x} === true`, 'true'], [`${x} === false`, 'false']);
    if (types.has('null')) constants.push([`${x} === null`, 'null']);
    for (const m of members) constants.push([`${x} === ${JSON.stringify(m)}`, JSON.stringify(m)]);
    // What is not a constant: a string between quotes in the template, a number by ToString
    // (JSON.stringify's text for a finite number, -0 as "0").
    const str = (prefix: string): string => `${templateText(prefix)}"\${jsonEscape(${x})}"`;
    const num = (prefix: string): string => `${templateText(prefix)}\${${x}}`;
    const rest =
      types.has('string') && types.has('number')
        ? (prefix: string): string => `\${typeof ${x} === "string" ? \`${str(prefix)}\` : \`${num(prefix)}\`}`
        : types.has('string') ? str : types.has('number') ? num : undefined;
    const write = (prefix: string): string => {
      if (constants.length === 0) return rest!(prefix);
      let expr = rest ? `\`${rest(prefix)}\`` : JSON.stringify(prefix + constants[constants.length - 1]![1]);
      const chain = rest ? constants : constants.slice(0, -1);
      for (const [test, json] of [...chain].reverse()) expr = `${test} ? ${JSON.stringify(prefix + json)} : ${expr}`;
      return `\${${expr}}`;
    };
    return { lines: [`const ${x} = ${read};`, `if (!(${ok})) return undefined;`], write };
  }

  /** `return` of a template, with the comma in its first constant text when `comma`. */
  private returnTemplate(write: (prefix: string) => string, open: string, close: string): string {
    return `  return comma ? \`${write(`,${open}`)}${close}\` : \`${write(open)}${close}\`;`;
  }

  private scalarBody(node: Node): string {
    const slot = this.slot(node.schema, node.at, 'v', 'x');
    if (!slot) return NOT_HANDLED;
    return [...slot.lines.map((l) => `  ${l}`), this.returnTemplate(slot.write, '', '')].join('\n');
  }

  private objectBody(node: Node): string {
    const { schema: s, at } = node;
    const props = s.properties ?? {};
    const keys = Object.keys(props);
    const required = new Set(s.required ?? []);
    if (keys.some((k) => !required.has(k))) return NOT_HANDLED;
    for (const r of required) if (!hasOwn.call(props, r)) throw new Error(`${at}: required key "${r}" has no schema`);
    const name = this.out.constant('K', ` = ${JSON.stringify(keys)}`);
    const lines = [
      `  if (typeof v !== "object" || v === null || Array.isArray(v) || !sameKeys(v, ${name}) || (v as { toJSON?: unknown }).toJSON !== undefined) return undefined;`,
    ];
    if (keys.length === 0) return [...lines, '  return comma ? ",{}" : "{}";'].join('\n');
    lines.push('  const o = v as Record<string, unknown>;');
    const writes: ((prefix: string) => string)[] = [];
    for (const [i, k] of keys.entries()) {
      const slot = this.slot(props[k]!, `${at}/properties/${k}`, `o[${JSON.stringify(k)}]`, `x${i}`);
      if (!slot) return NOT_HANDLED;
      lines.push(...slot.lines.map((l) => `  ${l}`));
      writes.push(slot.write);
    }
    const write = (open: string): string => writes.map((w, i) => w(`${i ? ',' : open}${JSON.stringify(keys[i])}:`)).join('');
    lines.push(this.returnTemplate(write, '{', '}'));
    return lines.join('\n');
  }

  private arrayBody(node: Node): string {
    const { schema: s, at } = node;
    const lines = ['  if (!Array.isArray(v) || (v as { toJSON?: unknown }).toJSON !== undefined) return undefined;'];
    const prefix = s.prefixItems ?? [];
    if (prefix.length) {
      // A tuple of fixed length (the spans): each item in its slot.
      if (s.items !== false || s.minItems !== prefix.length || s.maxItems !== prefix.length) return NOT_HANDLED;
      lines.push(`  if (v.length !== ${prefix.length}) return undefined;`);
      const writes: ((p: string) => string)[] = [];
      for (const [i, p] of prefix.entries()) {
        const slot = this.slot(p, `${at}/prefixItems/${i}`, `v[${i}]`, `x${i}`);
        if (!slot) return NOT_HANDLED;
        lines.push(...slot.lines.map((l) => `  ${l}`));
        writes.push(slot.write);
      }
      lines.push(this.returnTemplate((open) => writes.map((w, i) => w(i ? ',' : open)).join(''), '[', ']'));
      return lines.join('\n');
    }
    if (s.items === false || s.items === undefined) return NOT_HANDLED;
    const items = schemaNode(s.items, `${at}/items`);
    lines.push('  let s = comma ? ",[" : "[";', '  for (let j = 0; j < v.length; j++) {');
    if (nodeKind(items) === 'object' || nodeKind(items) === 'array') {
      lines.push(`    const x = ${this.fn(s.items, `${at}/items`)}(v[j], j > 0);`, '    if (x === undefined) return undefined;', '    s += x;');
    } else {
      const slot = this.slot(s.items, `${at}/items`, 'v[j]', 'x');
      if (!slot) return NOT_HANDLED;
      lines.push(...slot.lines.map((l) => `    ${l}`), `    s += j ? \`${slot.write(',')}\` : \`${slot.write('')}\`;`);
    }
    lines.push('  }', '  return s + "]";');
    return lines.join('\n');
  }
}

/** The JSON types a scalar node (or anyOf of scalars) allows, and its string constants. */
function scalarTypes(node: Node): { types: Set<string>; members: string[] } | undefined {
  const types = new Set<string>();
  const members: string[] = [];
  const collect = (n: Node): boolean => {
    const kind = nodeKind(n);
    if (kind === 'anyOf') return (n.schema.anyOf ?? []).every((b, i) => collect(schemaNode(b, `${n.at}/anyOf/${i}`)));
    if (kind !== 'scalar' || !n.types) return false;
    for (const t of n.types) types.add(t === 'integer' ? 'number' : t);
    for (const e of n.schema.enum ?? []) if (typeof e === 'string') members.push(e);
    if (typeof n.schema.const === 'string') members.push(n.schema.const);
    return true;
  };
  return collect(node) ? { types, members: [...new Set(members)] } : undefined;
}

const NOT_HANDLED = '  return undefined; // not a shape the serializer handles: JSON.stringify writes it';

/** Text for inside a template literal. */
function templateText(s: string): string {
  return s.replace(/[\\`$]/g, (c) => `\\${c}`);
}
