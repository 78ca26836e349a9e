// Answers about single words, kept across documents: the linker asks the same few thousand
// words again and again. What is kept must never keep a document alive: in V8, a slice of 13 or
// more characters (and toLowerCase of one already in lower case) is a view into the whole text
// it was cut from, so a kept word such as "better-than-expected" held its 15 KB article for the
// rest of the run: 15 KB articles, each with one new long word, grew the heap by 59 MB in 4,000
// of them and by 78 MB in 8,000. Kept words (and stems) are copied first.

/**
 * Distinct words the lexeme table keeps (words.ts), each with its answers: past it, a word's
 * answers come from the memos below or are worked out each time (correct, only slower).
 */
export const MEMO_WORDS = 20000;

/**
 * Distinct words each memo by string keeps. It serves the words asked without a shared lexeme:
 * hand-made ones, a few spelled from the text by a pattern, and those met once the table is
 * full; the frequent ones come first. At the table's size, a stream whose articles each bring
 * a new word filled the memos as well once the table was full: 18.9 MB of heap, 16.1 MB at a
 * quarter of it.
 */
export const MEMO_STRINGS = MEMO_WORDS / 4;

/**
 * The same characters in a string of their own, not a view into a longer one, and the same
 * string for every memo that keeps the word.
 */
export function ownCopy(s: string): string {
  // Short slices are copies already. A property name is interned: V8 copies a view's characters
  // into one string of the engine's table, which every later interning of the same characters
  // shares, so every table and memo that keeps a word keeps one copy of it. (Joining a character
  // and slicing it off again made a fresh copy, plus a view of it, for each: in process, a stream
  // whose articles each bring a new 14-letter word levelled off at 24.8 MB of heap, and at
  // 18.8 MB with one copy; 12.7 MB when they bring none.)
  if (s.length < 13) return s;
  const named: Record<string, true> = {};
  named[s] = true;
  return Object.keys(named)[0]!;
}

/**
 * Answers to one question, by word, for the first `cap` distinct words: each module asks and
 * works out its own (one shared memoising closure was 2–3 % slower per memo: V8 then shares
 * one call site, and its type feedback, among all the questions).
 */
export class WordMemo<T> {
  private readonly kept = new Map<string, T>();

  constructor(private readonly cap = MEMO_STRINGS) {}

  get(word: string): T | undefined {
    return this.kept.get(word);
  }

  /** Keeps `answer` for `word` (while there is room) and gives it back. */
  keep(word: string, answer: T): T {
    if (this.kept.size < this.cap) this.kept.set(ownCopy(word), answer);
    return answer;
  }
}
