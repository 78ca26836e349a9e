// One pass over a document's characters that its scans share: where words start (the
// candidates of every gazetteer scan) and where capitalised names may start (the candidates of
// the company patterns). Each scan then visits a few hundred positions instead of every
// character.
import { isWordChar } from './phrase-matcher.js';

export interface TextIndex {
  /** Positions after no word character that hold one, or a code unit beyond ASCII (see wordStarts). */
  wordStarts: Int32Array;
  /**
   * Positions of a capital or digit (or Latin-1 capital) with no name character before: letters
   * of Latin-1 and Latin Extended, digits, "&", "'", "." and "-" continue a name.
   */
  nameStarts: Int32Array;
}

// Per ASCII code unit: 1 word character (isWordChar); 2 continues a name; 4 can start one.
const WORD = 1;
const NAME_PART = 2;
const NAME_FIRST = 4;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  ASCII[c] = (isWordChar(c) ? WORD : 0) | (letterOrDigit || c === 38 || c === 39 || c === 46 || c === 45 ? NAME_PART : 0) | ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? NAME_FIRST : 0);
}

function classOf(c: number): number {
  if (c < 128) return ASCII[c]!;
  const namePart = c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7 ? NAME_PART : 0;
  // The name pattern's first class runs \u00C0-\u00DE, multiplication sign included.
  return (isWordChar(c) ? WORD : 0) | namePart | (c >= 0xc0 && c <= 0xde ? NAME_FIRST : 0);
}

export function indexText(text: string): TextIndex {
  const words = new Int32Array((text.length >> 1) + 1);
  const names = new Int32Array((text.length >> 1) + 1);
  let w = 0;
  let n = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    // Beyond ASCII a symbol may lower-case to a letter (the Kelvin sign to "k"): a candidate too.
    if ((prev & WORD) === 0 && ((k & WORD) !== 0 || c >= 128)) words[w++] = i;
    if ((k & NAME_FIRST) !== 0 && (prev & NAME_PART) === 0) names[n++] = i;
    prev = k;
  }
  return { wordStarts: words.subarray(0, w), nameStarts: names.subarray(0, n) };
}

/** Word starts alone (see TextIndex). */
export function wordStarts(text: string): Int32Array {
  return indexText(text).wordStarts;
}
