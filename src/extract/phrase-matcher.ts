// One pass over the text for many phrases (index names, places, organisations): a trie of
// lower-cased phrases walked from each word start, longest match wins. The cost per start is
// bounded by the longest phrase, so a scan is linear in the text whatever it holds.
// Case is checked after the walk, word by word: a phrase matches as written, in ALL CAPS
// (headlines), with its words capitalised (titles, sentence starts), and an all-caps alias
// matches in title case ("Kospi" for "KOSPI"). Exact phrases match only as written.

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

interface Node<T> {
  next: Map<number, Node<T>>;
  entries: Entry<T>[];
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = { next: new Map(), entries: [] };

  add(phrase: string, value: T, exact = false): void {
    let node = this.root;
    for (let i = 0; i < phrase.length; i++) {
      const c = lower(phrase.charCodeAt(i));
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(c, child);
      }
      node = child;
    }
    node.entries.push({ phrase, value, exact });
  }

  /** Non-overlapping hits, left to right, longest at each start. */
  find(text: string, from = 0, to = text.length): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = from;
    while (i < to) {
      if (i > 0 && isWordChar(text.charCodeAt(i - 1))) {
        i++;
        continue;
      }
      const hit = this.longestAt(text, i, to);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  private longestAt(text: string, start: number, to: number): PhraseHit<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseHit<T> | null = null;
    for (let j = start; j < to && node; j++) {
      node = node.next.get(lower(text.charCodeAt(j)));
      if (!node || node.entries.length === 0) continue;
      const end = j + 1;
      if (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(j))) continue;
      const surface = text.slice(start, end);
      for (const e of node.entries) {
        if (caseMatches(surface, e)) {
          best = { start, end, value: e.value, phrase: e.phrase };
          break;
        }
      }
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

function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}
