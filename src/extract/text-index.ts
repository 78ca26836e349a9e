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
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90;
  const letter = upper || (c >= 97 && c <= 122);
  const digit = c >= 48 && c <= 57;
  ASCII[c] =
    (isWordChar(c) ? WORD : 0)
    | (letter || digit || c === 38 || c === 39 || c === 46 || c === 45 ? NAME_PART : 0)
    | (digit || upper ? NAME_FIRST : 0)
    | (letter ? LETTER : 0)
    | (upper ? CAPITAL : 0);
}

function classOf(c: number): number {
  if (c < 128) return ASCII[c]!;
  const namePart = c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7 ? NAME_PART : 0;
  // The company pattern's first class runs \u00C0-\u00DE, multiplication sign included.
  const nameFirst = c >= 0xc0 && c <= 0xde ? NAME_FIRST : 0;
  const capital = c >= 0xc0 && c <= 0xde && c !== 0xd7 ? CAPITAL : 0;
  return (isWordChar(c) ? WORD : 0) | namePart | nameFirst | capital;
}

export function indexText(text: string): TextIndex {
  const size = (text.length >> 1) + 1;
  const words = new Int32Array(size);
  const names = new Int32Array(size);
  const letters = new Int32Array(size);
  const capitals = new Int32Array(size);
  let w = 0;
  let n = 0;
  let l = 0;
  let k = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = classOf(c);
    // Beyond ASCII a symbol may lower-case to a letter (the Kelvin sign to "k"): a candidate too.
    if ((prev & WORD) === 0 && ((kind & WORD) !== 0 || c >= 128)) words[w++] = i;
    if ((kind & NAME_FIRST) !== 0 && (prev & NAME_PART) === 0) names[n++] = i;
    if ((prev & LETTER) === 0) {
      if ((kind & LETTER) !== 0) letters[l++] = i;
      if ((kind & CAPITAL) !== 0) capitals[k++] = i;
    }
    prev = kind;
  }
  return { wordStarts: words.subarray(0, w), nameStarts: names.subarray(0, n), letterStarts: letters.subarray(0, l), capitalStarts: capitals.subarray(0, k) };
}

/** Word starts alone (see TextIndex). */
export function wordStarts(text: string): Int32Array {
  return indexText(text).wordStarts;
}
