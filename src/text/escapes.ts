// Terminal escape sequences (CSI, OSC including hyperlinks, two-byte escapes, and the C1 CSI),
// bounded so a hostile run cannot backtrack. The decoder blanks them for the recognizers; the
// renderers drop them before text reaches a terminal.
import { pattern } from '../patterns.js';

export const ESCAPE_SEQUENCE = pattern(
  'text/escapes:ESCAPE_SEQUENCE',
  /\x1b(?:\[[0-?]{0,64}[ -/]{0,8}[@-~]|\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?|[@-Z\\-_])?|\x9b[0-?]{0,64}[ -/]{0,8}[@-~]?/g,
);
