// Answers about single words, kept across documents: the linker asks the same few thousand
// words again and again. What is kept must never keep a document alive: in V8, a slice of 13 or
// more characters (and toLowerCase of one already in lower case) is a view into the whole text
// it was cut from, so a kept word such as "better-than-expected" held its 15 KB article for the
// rest of the run: 15 KB articles, each with one new long word, grew the heap by 59 MB in 4,000
// of them and by 78 MB in 8,000. Kept words (and stems) are copied first.

/** Distinct words kept per memo: past it, answers are worked out each time (correct, only slower). */
export const MEMO_WORDS = 20000;

/** The same characters in a string of their own, not a view into a longer one. */
export function ownCopy(s: string): string {
  // Short slices are copies already. Joining a string to another and slicing it again makes
  // V8 copy both into one new string and view into that: only one character more is kept.
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Answers to one question, by word, for the first `cap` distinct words: each module asks and
 * works out its own (one shared memoising closure was 2–3 % slower per memo: V8 then shares
 * one call site, and its type feedback, among all the questions).
 */
export class WordMemo<T> {
  private readonly kept = new Map<string, T>();

  constructor(private readonly cap = MEMO_WORDS) {}

  get(word: string): T | undefined {
    return this.kept.get(word);
  }

  /** Keeps `answer` for `word` (while there is room) and gives it back. */
  keep(word: string, answer: T): T {
    if (this.kept.size < this.cap) this.kept.set(ownCopy(word), answer);
    return answer;
  }
}
