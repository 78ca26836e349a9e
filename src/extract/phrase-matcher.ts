// One pass over the text for many phrases (index names, places, organisations): a trie of
// lower-cased phrases walked from each word start, longest match wins. The cost per start is
// bounded by the longest phrase, so a scan is linear in the text whatever it holds.
// Case is checked after the walk, word by word: a phrase matches as written, in ALL CAPS
// (headlines), with its words capitalised (titles, sentence starts), and an all-caps alias
// matches in title case ("Kospi" for "KOSPI"). Exact phrases match only as written.
//
// Speed: the trie is flat typed arrays, small enough to stay in cache and quick to build: the
// root's next states by code unit, every other state's children as a chain of siblings; it is
// walked from the word starts a document's scans share, and several lexicons can share one
// trie and one walk, each keeping its own hits (findKinds).

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
  /** The phrase as listed. */
  phrase: string;
}

interface Entry<T> {
  phrase: string;
  value: T;
  exact: boolean;
  /** Which lexicon the phrase belongs to, for findKinds. */
  kind: number;
}

/** The trie as flat tables, built on the first search after phrases were added. */
interface Table<T> {
  /** Class of each lower-cased ASCII code unit (upper case maps with it); 0: in no phrase. */
  asciiClass: Uint8Array;
  /** Classes of the other lower-cased code units found in phrases. */
  wideClass: Map<number, number>;
  /** The root's next state by class (0: none; the root is never a target). */
  root: Int32Array;
  /** A state's first child, the next child of its parent, and the class that leads to it (0: none). */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  classTo: Uint16Array;
  /**
   * The next states of the few states with many children, by class, a row of `root.length`
   * per state: a word's second letter otherwise walks a chain of up to 26 siblings.
   */
  dense: Int32Array;
  /** Each state's row in `dense`, plus one; 0: walk the chain. */
  denseRow: Uint16Array;
  /** The phrases ending at each state, in the order they were added. */
  entries: (Entry<T>[] | undefined)[];
  /** Candidate starts: a code unit that is no word character, then one that can begin a phrase (made on first use). */
  starts: RegExp | null;
  /**
   * The phrases that begin with a lower-case ASCII letter, on their own: a phrase that begins
   * with a capital matches only where the text has a capital (caseMatches), so at a lower-case
   * start only these can match (built on first use).
   */
  lower: Table<T> | null;
  /** The phrases the table was built from. */
  phrases: readonly Entry<T>[];
  /** Every phrase starts with a word character, so word starts are the only candidates. */
  wordFirsts: boolean;
}

/**
 * A built trie as text, for storing: a trie built ahead of time spares a cold start the work of
 * building it (most of the first document's time). `key` names the phrases it was built from.
 */
export interface FrozenTable {
  key: string;
  /**
   * The table's arrays, one Int32Array, in base64; not compressed, because loading node:zlib
   * would cost a cold start more than the smaller bundle saves.
   */
  data: string;
}

export class PhraseMatcher<T> {
  private readonly phrases: Entry<T>[] = [];
  private table: Table<T> | null = null;

  /** The trie of the phrases added so far, for thaw to take up in another process. */
  freeze(): FrozenTable {
    const table = (this.table ??= compile(this.phrases));
    return { key: phrasesKey(this.phrases), data: Buffer.from(packTable(table, this.phrases)).toString('base64') };
  }

  /** Takes up a frozen trie of exactly these phrases (false, and nothing changes, for any other). */
  thaw(frozen: FrozenTable): boolean {
    if (frozen.key !== phrasesKey(this.phrases)) return false;
    this.table = unpackTable(Buffer.from(frozen.data, 'base64'), this.phrases);
    return true;
  }

  /** @param kind the lexicon the phrase belongs to: findKinds keeps each kind's hits apart */
  add(phrase: string, value: T, exact = false, kind = 0): void {
    if (phrase.length === 0) return;
    this.phrases.push({ phrase, value, exact, kind });
    this.table = null;
  }

  /**
   * What find would give for each kind alone, had each kind's phrases a matcher of their own,
   * from one walk of the trie per word start.
   */
  findKinds(text: string, starts: Int32Array, kinds: number): PhraseHit<T>[][] {
    const table = (this.table ??= compile(this.phrases));
    const hits: PhraseHit<T>[][] = [];
    for (let k = 0; k < kinds; k++) hits.push([]);
    // Where each kind may start its next hit: after its last one.
    const after = new Int32Array(kinds);
    const best: (PhraseHit<T> | null)[] = new Array<PhraseHit<T> | null>(kinds).fill(null);
    // Below this every kind is inside its last hit.
    let blocked = 0;
    for (let s = 0; s < starts.length; s++) {
      const i = starts[s]!;
      if (i < blocked) continue;
      const at = tableAt(table, text, i);
      if (at === null || !longestPerKind(at, text, i, after, best)) continue;
      blocked = Infinity;
      for (let k = 0; k < kinds; k++) {
        const hit = best[k];
        if (hit) {
          hits[k]!.push(hit);
          after[k] = hit.end;
          best[k] = null;
        }
        blocked = Math.min(blocked, after[k]!);
      }
    }
    return hits;
  }

  /**
   * Non-overlapping hits, left to right, longest at each start.
   * @param starts the text's word starts (text-index.ts), when the caller has them: a
   * document's matchers share one pass over its characters.
   */
  find(text: string, from = 0, to = text.length, starts?: Int32Array): PhraseHit<T>[] {
    const table = (this.table ??= compile(this.phrases));
    return starts && table.wordFirsts ? findAtStarts(table, text, from, to, starts) : findByPattern(table, text, from, to);
  }
}

function findAtStarts<T>(table: Table<T>, text: string, from: number, to: number, starts: Int32Array): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  let after = from;
  for (let k = lo; k < starts.length; k++) {
    const i = starts[k]!;
    if (i >= to) break;
    if (i < after) continue;
    const at = tableAt(table, text, i);
    const hit = at === null ? null : longestAt(at, text, i, to);
    if (hit) {
      hits.push(hit);
      after = hit.end;
    }
  }
  return hits;
}

function findByPattern<T>(table: Table<T>, text: string, from: number, to: number): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  // The regex engine finds the candidate starts faster than a loop over every character;
  // test() spares building a match array for each.
  const starts = (table.starts ??= startPattern(table));
  let i = from;
  if (i < to && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
    const hit = longestAt(table, text, i, to);
    if (hit) {
      hits.push(hit);
      i = hit.end - 1;
    }
  }
  starts.lastIndex = i;
  while (starts.test(text)) {
    i = starts.lastIndex - 1;
    if (i >= to) break;
    const hit = longestAt(table, text, i, to);
    if (hit) {
      hits.push(hit);
      starts.lastIndex = hit.end - 1;
    } else starts.lastIndex = i;
  }
  return hits;
}

/** The state after `state` on class `k`, 0 for none. */
function step<T>(table: Table<T>, state: number, k: number): number {
  if (state === 0) return table.root[k]!;
  const row = table.denseRow[state]!;
  if (row !== 0) return table.dense[(row - 1) * table.root.length + k]!;
  let c = table.firstChild[state]!;
  while (c !== 0 && table.classTo[c] !== k) c = table.nextSibling[c]!;
  return c;
}

/**
 * The table to walk from `i`: at a lower-case letter, only the phrases that begin with one;
 * null when no phrase of it begins with the code unit at `i` (most words of a text).
 */
function tableAt<T>(table: Table<T>, text: string, i: number): Table<T> | null {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) {
    const lower = (table.lower ??= compile(table.phrases.filter((e) => {
      const f = e.phrase.charCodeAt(0);
      return f >= 97 && f <= 122;
    })));
    return lower.root[lower.asciiClass[c]!] === 0 ? null : lower;
  }
  return c < 128 && table.root[table.asciiClass[c]!] === 0 ? null : table;
}

function classOf<T>(table: Table<T>, c: number): number {
  return c < 128 ? table.asciiClass[c]! : (table.wideClass.get(lower(c)) ?? 0);
}

/** The longest phrase at `start` whose case fits, or null. */
function longestAt<T>(table: Table<T>, text: string, start: number, to: number): PhraseHit<T> | null {
  const entries = table.entries;
  let best: PhraseHit<T> | null = null;
  let state = 0;
  for (let j = start; j < to; j++) {
    const k = classOf(table, text.charCodeAt(j));
    if (k === 0) break;
    state = step(table, state, k);
    if (state === 0) break;
    const here = entries[state];
    if (here === undefined) continue;
    const end = j + 1;
    if (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(j))) continue;
    const surface = text.slice(start, end);
    for (const e of here) {
      if (caseMatches(surface, e)) {
        best = { start, end, value: e.value, phrase: e.phrase };
        break;
      }
    }
  }
  return best;
}

/**
 * For each kind not blocked at `start` (start < after[kind]), its longest phrase at `start`
 * whose case fits, into best[kind]; whether any was found.
 */
function longestPerKind<T>(table: Table<T>, text: string, start: number, after: Int32Array, best: (PhraseHit<T> | null)[]): boolean {
  const entries = table.entries;
  let found = false;
  let state = 0;
  for (let j = start; j < text.length; j++) {
    const k = classOf(table, text.charCodeAt(j));
    if (k === 0) break;
    state = step(table, state, k);
    if (state === 0) break;
    const here = entries[state];
    if (here === undefined) continue;
    const end = j + 1;
    if (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(j))) continue;
    const surface = text.slice(start, end);
    // Within one state each kind takes its first phrase whose case fits.
    let taken = 0;
    for (const e of here) {
      const bit = 1 << e.kind;
      if (taken & bit || start < after[e.kind]!) continue;
      if (caseMatches(surface, e)) {
        best[e.kind] = { start, end, value: e.value, phrase: e.phrase };
        taken |= bit;
        found = true;
      }
    }
  }
  return found;
}

function compile<T>(phrases: readonly Entry<T>[]): Table<T> {
  const asciiClass = new Uint8Array(128);
  const wideClass = new Map<number, number>();
  let classes = 0;
  let chars = 0;
  for (const { phrase } of phrases) {
    chars += phrase.length;
    for (let i = 0; i < phrase.length; i++) {
      const c = lower(phrase.charCodeAt(i));
      if (c < 128) {
        if (asciiClass[c] === 0) {
          asciiClass[c] = ++classes;
          if (c >= 97 && c <= 122) asciiClass[c - 32] = classes;
        }
      } else if (!wideClass.has(c)) wideClass.set(c, ++classes);
    }
  }
  const width = classes + 1;
  // At most one state per phrase character, plus the root.
  const root = new Int32Array(width);
  const firstChild = new Int32Array(chars + 1);
  const nextSibling = new Int32Array(chars + 1);
  const classTo = new Uint16Array(chars + 1);
  const entries: (Entry<T>[] | undefined)[] = [undefined];
  let states = 1;
  for (const e of phrases) {
    let state = 0;
    for (let i = 0; i < e.phrase.length; i++) {
      const c = lower(e.phrase.charCodeAt(i));
      const k = c < 128 ? asciiClass[c]! : wideClass.get(c)!;
      let to = state === 0 ? root[k]! : firstChild[state]!;
      if (state !== 0) while (to !== 0 && classTo[to] !== k) to = nextSibling[to]!;
      if (to === 0) {
        to = states++;
        classTo[to] = k;
        entries.push(undefined);
        if (state === 0) root[k] = to;
        else {
          nextSibling[to] = firstChild[state]!;
          firstChild[state] = to;
        }
      }
      state = to;
    }
    (entries[state] ??= []).push(e);
  }
  return finish({ asciiClass, wideClass, root, firstChild, nextSibling, classTo, entries, phrases }, states);
}

type Built<T> = Pick<Table<T>, 'asciiClass' | 'wideClass' | 'root' | 'firstChild' | 'nextSibling' | 'classTo' | 'entries' | 'phrases'>;

/** A trie's tables, built or thawed, with what is derived from them. */
function finish<T>(t: Built<T>, states: number): Table<T> {
  const wordFirsts = t.phrases.every((e) => isWordChar(e.phrase.charCodeAt(0)));
  return { ...t, ...denseRows(t.firstChild, t.nextSibling, t.classTo, states, t.root.length), starts: null, lower: null, wordFirsts };
}

// A chain this long or longer gets a row of its own: few states have one (some 130 of the
// gazetteer's 19,000), so the rows stay small.
const DENSE_CHILDREN = 4;

function denseRows(firstChild: Int32Array, nextSibling: Int32Array, classTo: Uint16Array, states: number, width: number): { dense: Int32Array; denseRow: Uint16Array } {
  const denseRow = new Uint16Array(states);
  let rows = 0;
  for (let s = 1; s < states && rows < 0xffff; s++) {
    let n = 0;
    for (let c = firstChild[s]!; c !== 0 && n < DENSE_CHILDREN; c = nextSibling[c]!) n++;
    if (n >= DENSE_CHILDREN) denseRow[s] = ++rows;
  }
  const dense = new Int32Array(rows * width);
  for (let s = 1; s < states; s++) {
    const row = denseRow[s]!;
    if (row === 0) continue;
    // Siblings have distinct classes.
    for (let c = firstChild[s]!; c !== 0; c = nextSibling[c]!) dense[(row - 1) * width + classTo[c]!] = c;
  }
  return { dense, denseRow };
}

/**
 * What a trie is built from: each phrase with its case rule and kind, in order, spelt out in
 * full. Comparing that text is cheaper on a cold start than hashing it, in code not yet
 * optimised or with node:crypto to load, and it cannot collide.
 */
function phrasesKey<T>(phrases: readonly Entry<T>[]): string {
  let all = '';
  for (const e of phrases) all += `${e.kind}${e.exact ? 'x' : '-'}${e.phrase}\n`;
  return all;
}

// Layout: width, states, phrases, wide classes; then asciiClass[128], the wide (code, class)
// pairs, root[width], firstChild[states], nextSibling[states], classTo[states], and the state
// each phrase ends in.
function packTable<T>(t: Table<T>, phrases: readonly Entry<T>[]): Uint8Array {
  const width = t.root.length;
  const states = t.entries.length;
  const ends = new Map<Entry<T>, number>();
  t.entries.forEach((list, state) => list?.forEach((e) => ends.set(e, state)));
  const packed = new Int32Array(4 + 128 + 2 * t.wideClass.size + width + 3 * states + phrases.length);
  let at = 0;
  const put = (values: ArrayLike<number>): void => {
    for (let i = 0; i < values.length; i++) packed[at++] = values[i]!;
  };
  put([width, states, phrases.length, t.wideClass.size]);
  put(t.asciiClass);
  for (const [c, k] of t.wideClass) put([c, k]);
  put(t.root);
  put(t.firstChild.subarray(0, states));
  put(t.nextSibling.subarray(0, states));
  put(t.classTo.subarray(0, states));
  put(phrases.map((e) => ends.get(e)!));
  return new Uint8Array(packed.buffer);
}

function unpackTable<T>(bytes: Uint8Array, phrases: readonly Entry<T>[]): Table<T> {
  const a = new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const [width, states, count, wide] = [a[0]!, a[1]!, a[2]!, a[3]!];
  if (count !== phrases.length) throw new Error('frozen trie of other phrases');
  let at = 4;
  const take = (n: number): Int32Array => a.subarray(at, (at += n));
  const asciiClass = new Uint8Array(take(128));
  const wideClass = new Map<number, number>();
  const pairs = take(2 * wide);
  for (let i = 0; i < pairs.length; i += 2) wideClass.set(pairs[i]!, pairs[i + 1]!);
  const root = take(width);
  const firstChild = take(states);
  const nextSibling = take(states);
  const classTo = new Uint16Array(take(states));
  const entries = new Array<Entry<T>[] | undefined>(states).fill(undefined);
  const ends = take(count);
  for (let i = 0; i < count; i++) (entries[ends[i]!] ??= []).push(phrases[i]!);
  return finish({ asciiClass, wideClass, root, firstChild, nextSibling, classTo, entries, phrases }, states);
}

function startPattern<T>(table: Table<T>): RegExp {
  let firsts = '';
  for (let c = 0; c < 128; c++) {
    const k = table.asciiClass[c]!;
    if (k !== 0 && table.root[k] !== 0) firsts += `\\u${c.toString(16).padStart(4, '0')}`;
  }
  // Beyond ASCII, any code unit may lower-case to a phrase's first: the table decides.
  return new RegExp(`[^0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF][${firsts}\\u0080-\\uFFFF]`, 'g');
}

function caseMatches<T>(surface: string, e: Entry<T>): boolean {
  if (surface === e.phrase) return true;
  if (e.exact) return false;
  const sw = surface.split(' ');
  const pw = e.phrase.split(' ');
  if (sw.length !== pw.length) return false;
  for (let k = 0; k < sw.length; k++) {
    const s = sw[k]!;
    const p = pw[k]!;
    if (s === p || s === p.toUpperCase() || s === capitalise(p)) continue;
    if (p === p.toUpperCase() && s === capitalise(p.toLowerCase())) continue;
    return false;
  }
  return true;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

// Lower case of one code unit; beyond ASCII, remembered, since toLowerCase allocates.
const lowerCache = new Map<number, number>();

function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCache.set(c, l);
  }
  return l;
}
