// Text that came from the input must never drive the user's terminal: escape sequences (CSI,
// OSC, including hyperlinks), other C0/C1 controls, DEL and bidirectional overrides are
// removed or shown as visible escapes before they reach a terminal.
import { pattern } from '../patterns.js';
import { ESCAPE_SEQUENCE } from '../text/escapes.js';

const CONTROLS = pattern('render/sanitize:CONTROLS', /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g);

/** For a terminal: drop escape sequences, show other controls as \u{…}; tabs and newlines become spaces. */
export function terminalSafe(s: string): string {
  return s
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/[\t\n]/g, ' ')
    .replace(CONTROLS, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

const JSON_UNSAFE = pattern('render/sanitize:JSON_UNSAFE', /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g);

/** JSON.stringify leaves DEL, C1, U+2028/9 and bidi controls raw; escape them too. */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// What JSON.stringify escapes in a string (quote, backslash, C0 controls, lone surrogates; any
// surrogate sends a string the slow way) and what jsonSafe escapes after it.
const JSON_STRING_SPECIAL = pattern('render/sanitize:JSON_STRING_SPECIAL', /["\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/);

/** The text between the quotes of jsonSafe(JSON.stringify(s)): s itself when nothing needs escaping. */
export function jsonEscape(s: string): string {
  return JSON_STRING_SPECIAL.test(s) ? jsonSafe(JSON.stringify(s)).slice(1, -1) : s;
}
