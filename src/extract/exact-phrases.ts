// Phrases matched exactly as written, the longest at each word start, left to right without
// overlap: what PhraseMatcher.find gives for phrases added as exact, without building a trie.
// For a document's own short names ("Intel", "Takaichi", "BoJ"): a few dozen, new each time.
import { isWordChar, PhraseMatcher, type PhraseHit } from './phrase-matcher.js';

export class ExactPhrases<T> {
  private readonly byFirst = new Map<number, { phrase: string; value: T }[]>();
  /** A phrase that starts with no word character can start where no word does: the trie then. */
  private fallback: PhraseMatcher<T> | null = null;
  private readonly all: { phrase: string; value: T }[] = [];

  add(phrase: string, value: T): void {
    if (phrase.length === 0) return;
    this.all.push({ phrase, value });
    if (!isWordChar(phrase.charCodeAt(0))) this.fallback = new PhraseMatcher<T>();
    const first = phrase.charCodeAt(0);
    const list = this.byFirst.get(first);
    if (list) list.push({ phrase, value });
    else this.byFirst.set(first, [{ phrase, value }]);
  }

  /** @param starts the text's word starts (text-index.ts) */
  find(text: string, starts: Int32Array): PhraseHit<T>[] {
    if (this.fallback) {
      for (const { phrase, value } of this.all) this.fallback.add(phrase, value, true);
      return this.fallback.find(text, 0, text.length, starts);
    }
    // Longest first; among equal lengths the first added, as the trie would take.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
    const hits: PhraseHit<T>[] = [];
    let after = 0;
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k]!;
      if (i < after) continue;
      const list = this.byFirst.get(text.charCodeAt(i));
      if (list === undefined) continue;
      for (const { phrase, value } of list) {
        const end = i + phrase.length;
        if (!text.startsWith(phrase, i)) continue;
        // A word does not end inside a phrase ("Intel" in "Intelligence").
        if (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1))) continue;
        hits.push({ start: i, end, value, phrase });
        after = end;
        break;
      }
    }
    return hits;
  }
}
