// One pass over a document's characters that its scans share: where words start (the
// candidates of every gazetteer scan), where capitalised names may start (the company
// patterns), and where letters start after no ASCII letter (titles, reporting verbs and
// people's names). Each scan then visits a few hundred positions instead of every character.
import { isWordChar } from './phrase-matcher.js';

export interface TextIndex {
  /** Positions after no word character that hold one, or a code unit beyond ASCII (see wordStarts). */
  wordStarts: Int32Array;
  /**
   * Positions of a capital or digit (or Latin-1 capital) with no name character before: letters
   * of Latin-1 and Latin Extended, digits, "&", "'", "." and "-" continue a name.
   */
  nameStarts: Int32Array;
  /** Positions of an ASCII letter with no ASCII letter before: (?<![A-Za-z])[A-Za-z]. */
  letterStarts: Int32Array;
  /** Positions of a capital (ASCII, or Latin-1 but ×) with no ASCII letter before: (?<![A-Za-z])[A-ZÀ-ÖØ-Þ]. */
  capitalStarts: Int32Array;
}

// What a code unit is to each kind of start.
const WORD = 1; // isWordChar
const NAME_PART = 2; // continues a company name
const NAME_FIRST = 4; // can start one
const LETTER = 8; // ASCII letter
const CAPITAL = 16; // A-Z, À-Ö, Ø-Þ
// Classes of the code units below U+2000; above, none of the kinds holds.
const TABLE_SIZE = 0x2000;
const CLASSES = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const upper = c >= 65 && c <= 90;
  const letter = upper || (c >= 97 && c <= 122);
  const digit = c >= 48 && c <= 57;
  const latin = c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
  CLASSES[c] =
    (isWordChar(c) ? WORD : 0)
    | (letter || digit || latin || c === 38 || c === 39 || c === 46 || c === 45 ? NAME_PART : 0)
    // The company pattern's first class runs \u00C0-\u00DE, multiplication sign included.
    | (digit || upper || (c >= 0xc0 && c <= 0xde) ? NAME_FIRST : 0)
    | (letter ? LETTER : 0)
    | (upper || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? CAPITAL : 0);
}

export function indexText(text: string): TextIndex {
  const words = new Starts();
  const names = new Starts();
  const letters = new Starts();
  const capitals = new Starts();
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < TABLE_SIZE ? CLASSES[c]! : 0;
    // Beyond ASCII a symbol may lower-case to a letter (the Kelvin sign to "k"): a candidate too.
    if ((prev & WORD) === 0 && ((kind & WORD) !== 0 || c >= 128)) words.push(i);
    if ((kind & NAME_FIRST) !== 0 && (prev & NAME_PART) === 0) names.push(i);
    if ((prev & LETTER) === 0) {
      if ((kind & LETTER) !== 0) letters.push(i);
      if ((kind & CAPITAL) !== 0) capitals.push(i);
    }
    prev = kind;
  }
  return { wordStarts: words.done(), nameStarts: names.done(), letterStarts: letters.done(), capitalStarts: capitals.done() };
}

/**
 * Ascending positions, gathered in a buffer kept from one document to the next (a text of
 * symbols starts at every one, so it grows as it must) and copied out once:
 * growing a fresh array per document cost more than the copy.
 */
class Starts {
  private static readonly spare: Int32Array[] = [];
  /** A buffer grown past this (a long document's) is left to the collector, not kept. */
  private static readonly KEEP = 1 << 16;
  private list: Int32Array;
  private n = 0;

  constructor() {
    this.list = Starts.spare.pop() ?? new Int32Array(256);
  }

  push(i: number): void {
    if (this.n === this.list.length) {
      const grown = new Int32Array(this.list.length * 2);
      grown.set(this.list);
      this.list = grown;
    }
    this.list[this.n++] = i;
  }

  /** The positions, in an array of their own; the buffer goes back for the next document. */
  done(): Int32Array {
    const out = this.list.slice(0, this.n);
    if (this.list.length <= Starts.KEEP) Starts.spare.push(this.list);
    return out;
  }
}

/** Word starts alone (see TextIndex). */
export function wordStarts(text: string): Int32Array {
  return indexText(text).wordStarts;
}
