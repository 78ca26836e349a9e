// What generated checkers call (contract-check.ts, and compileSchema's): building issues on
// failure, and the look at an object's keys. Small and zod-free: this is all the run time needs.

/** A failed check. `path` is built while unwinding, so it runs from the value up to the root. */
export interface Issue {
  path: (string | number)[];
  message: string;
}

/** Checks one value: undefined when it conforms. Allocates only on failure. */
export type Check = (value: unknown) => Issue | undefined;

/** An object node's properties in schema order, which are required, and what each expects. */
export interface ObjectKeys {
  keys: readonly string[];
  required: readonly boolean[];
  expected: readonly string[];
}

const hasOwn = Object.prototype.hasOwnProperty;

export function mismatch(expected: string, v: unknown): Issue {
  return { path: [], message: `expected ${expected}, got ${describeValue(v)}` };
}

export function at(issue: Issue, seg: string | number): Issue {
  issue.path.push(seg);
  return issue;
}

/**
 * The object's enumerable keys are exactly `keys`, in order, all own: true for every object our
 * builder makes, in one pass with no allocation. When false, keyIssue has the precise answer.
 */
export function sameKeys(v: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in v) if (k !== keys[i++] || !hasOwn.call(v, k)) return false;
  return i === keys.length;
}

/**
 * Undefined when the object has keys zod would return unchanged: own enumerable keys in the
 * schema's order, every required one among them, and no declared key read from elsewhere
 * (inherited, or not enumerable; zod would copy it and so change the value). Missing keys are
 * named first, in schema order, as zod names them.
 */
export function keyIssue(v: object, o: ObjectKeys): Issue | undefined {
  const own = Object.keys(v);
  const present = new Set(own);
  for (const [i, k] of o.keys.entries()) {
    if (present.has(k)) continue;
    if (k in v) return { path: [k], message: 'not an own enumerable property' };
    if (o.required[i]) return { path: [k], message: `missing (expected ${o.expected[i]})` };
  }
  const index = new Map(o.keys.map((k, i) => [k, i]));
  let last = -1;
  for (const k of own) {
    const i = index.get(k);
    if (i === undefined) return { path: [], message: `unexpected key ${quote(k)}` };
    if (i < last) return { path: [], message: `key ${quote(k)} is out of the contract's order (${o.keys.join(', ')})` };
    last = i;
  }
  return undefined;
}

/** The string's length in code points is within [min, max] (as zod 4.6 measures strings). */
export function lengthIn(s: string, min: number, max: number): boolean {
  // A code point is one or two units: only a length in [min, 2 * max] units needs counting.
  if (s.length < min || s.length > 2 * max) return false;
  const n = codePoints(s);
  return n >= min && n <= max;
}

/** For anyOf: keep the first branch failure below the branch's top (it explains the most). */
export function deeper(kept: Issue | undefined, issue: Issue): Issue | undefined {
  return kept ?? (issue.path.length ? issue : undefined);
}

/** Code points, counting a lone surrogate as one. */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** "indices[2].level: expected a number or null, got NaN" */
export function formatIssue(issue: Issue): string {
  let path = '';
  for (let i = issue.path.length - 1; i >= 0; i--) {
    const seg = issue.path[i]!;
    if (typeof seg === 'number') path += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) path += path ? `.${seg}` : seg;
    else path += `[${quote(seg)}]`;
  }
  return `${path || '(top level)'}: ${issue.message}`;
}

/** What a value is, without quoting text that may come from the input (messages reach a terminal). */
function describeValue(v: unknown): string {
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return `a string of ${codePoints(v)} characters`;
  if (Array.isArray(v)) return `an array of ${v.length} items`;
  if (v === undefined) return 'undefined';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** JSON quoting, with everything outside printable ASCII escaped. */
export function quote(v: string | number | boolean | null): string {
  return JSON.stringify(v).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
