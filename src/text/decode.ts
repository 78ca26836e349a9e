// decode: bytes → text. Removes a BOM, decodes UTF-8 (or UTF-16 with a BOM), and refuses
// binary input. Line endings are kept so offsets match what an editor shows; `normalize`
// builds a same-length view of the text that the recognizers read.
import { ESCAPE_SEQUENCE } from './escapes.js';

export type DecodeResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): DecodeResult {
  const warnings: string[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: new TextDecoder(label).decode(bytes.subarray(2)), warnings };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (looksBinary(body)) return { ok: false, reason: 'binary file (not text)' };
  let text: string;
  try {
    text = utf8Strict.decode(body);
  } catch {
    text = utf8.decode(body);
    warnings.push('invalid UTF-8, decoded with replacement characters');
  }
  return { ok: true, text, warnings };
}

/** NUL bytes, or many control bytes in the first 8 KB, mean this is not an article. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

const SPACE_LIKE = new Set([0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0x200b, 0xfeff]);
// Spaces that typesetters put between digit groups ("53 549.16").
const GROUP_SPACES = new Set([0xa0, 0x2007, 0x2009, 0x202f]);
const MINUS_LIKE = new Set([0x2212, 0x2013, 0x2012, 0xfe63, 0xff0d]);
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x2032, 0xff07]);
const QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x00ab, 0x00bb, 0xff02]);

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 48 && c <= 57;

/**
 * A view of `text` with the same length, so every offset in it is an offset in `text`:
 * Unicode spaces become ' ', minus signs and en dashes '-', curly quotes ASCII, full-width
 * digits ASCII, CR '\n' (or ' ' before LF), and a group space between digits ','.
 */
export function normalize(text: string): string {
  // Fast path: plain ASCII without CR or tabs needs nothing.
  if (!/[^\x20-\x7e\n]/.test(text)) return text;
  // Terminal escape sequences carry digits ("\x1b]8;;", "\x1b[31m") that are no figures: blank them.
  if (/[\x1b\x9b]/.test(text)) text = text.replace(ESCAPE_SEQUENCE, (m) => ' '.repeat(m.length));
  // Most code units stay: copy the runs between the few that change.
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || c === 10) continue;
    const r = replacement(text, i, c);
    if (r === c) continue;
    out += text.slice(last, i) + String.fromCharCode(r);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** What the code unit `c` at `i` becomes in the normalised view (itself when it stays). */
function replacement(text: string, i: number, c: number): number {
  if (c === 13) return text.charCodeAt(i + 1) === 10 ? 32 : 10;
  if (c < 0x80) return c === 9 ? 32 : c;
  if (GROUP_SPACES.has(c) && isDigit(text.charCodeAt(i - 1)) && isThreeDigitGroup(text, i + 1)) return 44;
  if (SPACE_LIKE.has(c) || (c >= 0x80 && c <= 0x9f)) return 32;
  if (MINUS_LIKE.has(c)) return 45;
  if (APOSTROPHES.has(c)) return 39;
  if (QUOTES.has(c)) return 34;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 48;
  if (c === 0xff05) return 37;
  if (c === 0x2028 || c === 0x2029) return 10;
  return c;
}

function isThreeDigitGroup(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(at)) && isDigit(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2)) && !isDigit(text.charCodeAt(at + 3));
}
