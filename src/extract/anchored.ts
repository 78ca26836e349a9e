// Patterns that may start at any capitalised word ("Sony Group Corp.", "Rio Tinto fell 3.2%")
// cost a regex attempt at every capital of a document, yet each ends in something rare: a legal
// suffix, a company word, a percentage. Tried only at the starts from which such an anchor is
// within reach, the same pattern yields exactly the matches a global scan would, for a
// fraction of the work.
//
// Why it is exact: a scan takes, from the end of its last match, the leftmost position where
// the pattern matches. Every match starting at p holds an anchor a > p with at most `tokens`
// space-separated tokens between them, so p lies in a's window; the windows are visited left to
// right (each reaches no further back than the next one, tokens being counted over the same
// text), each position is tried at most once, and a sticky attempt at p is the scan's attempt
// at p.
import { isWordChar } from './phrase-matcher.js';

/** How far before an anchor a match can start: tokens, separated by runs of 1 to `gap` spaces. */
export interface Reach {
  tokens: number;
  gap: number;
}

/**
 * @param sticky the pattern, compiled with the `y` flag
 * @param anchors ascending positions, one inside (or at the end of) every possible match
 * @param candidates ascending positions where a match may begin (its first code unit and look-behind)
 */
export function anchoredMatches(sticky: RegExp, text: string, anchors: ArrayLike<number>, reach: Reach, candidates: Int32Array): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  let c = 0;
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k]!;
    if (a <= pos) continue;
    const from = Math.max(pos, reachBack(text, a, reach, pos));
    if (c < candidates.length && candidates[c]! < from) c = firstAtOrAfter(candidates, from, c);
    for (; c < candidates.length; c++) {
      const p = candidates[c]!;
      if (p >= a) break;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        // A match is never empty: the next one starts after it.
        pos = p + Math.max(1, m[0].length);
        break;
      }
    }
    if (pos < a) pos = a;
  }
  return out;
}

/**
 * The matches a global scan of a pattern that begins with one of `literals` would find:
 * tried only where a literal starts, among ascending `candidates`.
 */
export function literalMatches(sticky: RegExp, text: string, candidates: Int32Array, literals: Literals): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  for (let c = 0; c < candidates.length; c++) {
    const p = candidates[c]!;
    if (p < pos || !literals.startsAt(text, p)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      pos = p + Math.max(1, m[0].length);
    }
  }
  return out;
}

function firstAtOrAfter(sorted: Int32Array, x: number, lo: number): number {
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The earliest position, not before `floor`, from which `a` is at most `reach.tokens` tokens away. */
export function reachBack(text: string, a: number, reach: Reach, floor = 0): number {
  let p = a;
  for (let t = 0; ; t++) {
    let q = p;
    for (let spaces = 0; q > floor && spaces < reach.gap && text.charCodeAt(q - 1) === 32; spaces++) q--;
    if (t === reach.tokens) return p;
    p = q;
    const end = p;
    while (p > floor) {
      const c = text.charCodeAt(p - 1);
      if (c === 32 || c === 10) break;
      p--;
    }
    // A longer gap, a line break or the start of the text: no run reaches across.
    if (p === end || p === floor) return p;
  }
}

/** Literal words, each starting with an ASCII letter or digit, looked up by their first two code units. */
export class Literals {
  private readonly byPrefix: (string[] | undefined)[] = new Array<string[] | undefined>(128 * 128).fill(undefined);
  private readonly single = new Uint8Array(128);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const c0 = w.charCodeAt(0);
      if (!(c0 < 128 && isWordChar(c0))) throw new Error(`a literal anchor must start with an ASCII letter or digit: '${w}'`);
      if (w.length === 1) {
        this.single[c0] = 1;
        continue;
      }
      const c1 = w.charCodeAt(1);
      // Beyond ASCII the second unit is checked by startsWith.
      const key = c0 * 128 + (c1 < 128 ? c1 : 0);
      (this.byPrefix[key] ??= []).push(w);
    }
  }

  /** Whether one of the words starts at `at`, exactly as written. */
  startsAt(text: string, at: number): boolean {
    const c0 = text.charCodeAt(at);
    if (c0 >= 128) return false;
    if (this.single[c0] === 1) return true;
    const c1 = text.charCodeAt(at + 1);
    const list = this.byPrefix[c0 * 128 + (c1 < 128 ? c1 : 0)];
    if (list === undefined) return false;
    for (const w of list) if (text.startsWith(w, at)) return true;
    return false;
  }

  /** The positions among `starts` right after a space where one of the words begins (ascending). */
  afterSpace(text: string, starts: ArrayLike<number>): number[] {
    const out: number[] = [];
    for (let k = 0; k < starts.length; k++) {
      const s = starts[k]!;
      if (s > 0 && text.charCodeAt(s - 1) === 32 && this.startsAt(text, s)) out.push(s);
    }
    return out;
  }
}
