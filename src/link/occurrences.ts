// Where a pattern's literal phrases start in a document, overlapping ones included, found once:
// a stretch where none starts cannot match the pattern, so the pattern runs only on the
// few stretches that do ("pared losses" or "record" in a sentence about an index).
import { lowerBound, type Span } from '../spans.js';

export class Occurrences {
  private readonly spans: Span[] = [];

  /** @param literal the pattern's phrases without its look-arounds, with the `g` flag */
  constructor(text: string, literal: RegExp) {
    literal.lastIndex = 0;
    for (let m = literal.exec(text); m !== null; m = literal.exec(text)) {
      this.spans.push({ start: m.index, end: m.index + m[0].length });
      literal.lastIndex = m.index + 1;
    }
  }

  /**
   * Whether a phrase starts inside [start, end). Only the start is asked: where one phrase
   * begins another (a shorter one) may too, and only the longer one was recorded.
   */
  anyStartingIn(start: number, end: number): boolean {
    const i = lowerBound(this.spans, start);
    return i < this.spans.length && this.spans[i]!.start < end;
  }
}
