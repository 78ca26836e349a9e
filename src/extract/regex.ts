// Building blocks for patterns composed from lexicons.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** An alternation of literal words, longest first so "S&P/ASX 200" wins over "S&P". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * The first words of a pattern's phrases, to tell cheaply where none of them can start: a
 * pattern that must begin with one of the phrases cannot match there, and need not run.
 */
export class FirstWords {
  private readonly byFirst = new Map<number, string[]>();

  /** @param ignoreCase compare ASCII letters without case (for patterns with the `i` flag) */
  constructor(phrases: readonly string[], private readonly ignoreCase: boolean) {
    for (const p of phrases) {
      const w = p.split(' ')[0]!;
      const word = ignoreCase ? w.toLowerCase() : w;
      if (!word) continue;
      const c = word.charCodeAt(0);
      const list = this.byFirst.get(c);
      if (!list) this.byFirst.set(c, [word]);
      else if (!list.includes(word)) list.push(word);
    }
  }

  /** Whether one of the first words starts at `at`. */
  startAt(text: string, at: number): boolean {
    const list = this.byFirst.get(this.fold(text.charCodeAt(at)));
    if (list === undefined) return false;
    for (const w of list) {
      let k = 1;
      while (k < w.length && this.fold(text.charCodeAt(at + k)) === w.charCodeAt(k)) k++;
      if (k === w.length) return true;
    }
    return false;
  }

  private fold(c: number): number {
    return this.ignoreCase && c >= 65 && c <= 90 ? c + 32 : c;
  }
}
