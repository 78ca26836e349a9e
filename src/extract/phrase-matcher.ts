// One pass over the text for many phrases (index names, places, organisations): a trie of
// lower-cased phrases walked from each word start, longest match wins. The cost per start is
// bounded by the longest phrase, so a scan is linear in the text whatever it holds.
// Case is checked after the walk, word by word: a phrase matches as written, in ALL CAPS
// (headlines), with its words capitalised (titles, sentence starts), and an all-caps alias
// matches in title case ("Kospi" for "KOSPI"). Exact phrases match only as written.
//
// Speed: every word start of every document comes through here once per matcher, and most
// fail on their first letter. The root's children sit in an array indexed by the ASCII code,
// and a node with one child (most of them) holds it in two fields instead of a Map.

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
}

class Node<T> {
  /** The only child so far, and its code unit; -1 when there is none or several. */
  oneCode = -1;
  one: Node<T> | null = null;
  /** With several children: those for ASCII code units by code, the others in a Map. */
  ascii: (Node<T> | undefined)[] | null = null;
  wide: Map<number, Node<T>> | null = null;
  entries: Entry<T>[] | null = null;

  child(c: number): Node<T> | undefined {
    if (this.oneCode === c) return this.one!;
    if (c < 128) return this.ascii?.[c];
    return this.wide?.get(c);
  }

  addChild(c: number): Node<T> {
    const existing = this.child(c);
    if (existing) return existing;
    const node = new Node<T>();
    if (this.one === null && this.ascii === null) {
      this.oneCode = c;
      this.one = node;
      return node;
    }
    if (this.ascii === null) {
      this.ascii = new Array<Node<T> | undefined>(128).fill(undefined);
      this.put(this.oneCode, this.one!);
      this.oneCode = -1;
      this.one = null;
    }
    this.put(c, node);
    return node;
  }

  private put(c: number, node: Node<T>): void {
    if (c < 128) this.ascii![c] = node;
    else (this.wide ??= new Map()).set(c, node);
  }
}

export class PhraseMatcher<T> {
  private readonly root = new Node<T>();
  /** The root's children for ASCII code units: the lookup every word start makes. */
  private readonly rootAscii: (Node<T> | undefined)[] = new Array<Node<T> | undefined>(128).fill(undefined);

  add(phrase: string, value: T, exact = false): void {
    if (phrase.length === 0) return;
    const first = lower(phrase.charCodeAt(0));
    let node = this.root.addChild(first);
    if (first < 128) this.rootAscii[first] = node;
    for (let i = 1; i < phrase.length; i++) node = node.addChild(lower(phrase.charCodeAt(i)));
    (node.entries ??= []).push({ phrase, value, exact });
  }

  /** Non-overlapping hits, left to right, longest at each start. */
  find(text: string, from = 0, to = text.length): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = from;
    let prevWord = i > 0 && isWordChar(text.charCodeAt(i - 1));
    while (i < to) {
      const c = text.charCodeAt(i);
      const word = isWordChar(c);
      if (prevWord) {
        prevWord = word;
        i++;
        continue;
      }
      const next = c < 128 ? this.rootAscii[c < 65 || c > 90 ? c : c + 32] : this.root.child(lower(c));
      const hit = next ? this.longestAt(text, i, to, next) : null;
      if (hit) {
        hits.push(hit);
        i = hit.end;
        prevWord = isWordChar(text.charCodeAt(i - 1));
      } else {
        prevWord = word;
        i++;
      }
    }
    return hits;
  }

  /** The longest phrase at `start`, whose first code unit led to `node`. */
  private longestAt(text: string, start: number, to: number, first: Node<T>): PhraseHit<T> | null {
    let node: Node<T> | undefined = first;
    let best: PhraseHit<T> | null = null;
    for (let j = start; ; ) {
      if (node.entries !== null) {
        const end = j + 1;
        if (!(end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(j)))) {
          const surface = text.slice(start, end);
          for (const e of node.entries) {
            if (caseMatches(surface, e)) {
              best = { start, end, value: e.value, phrase: e.phrase };
              break;
            }
          }
        }
      }
      if (++j >= to) break;
      node = node.child(lower(text.charCodeAt(j)));
      if (!node) break;
    }
    return best;
  }
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
