// segment: text → sentences. Lines are the first unit (news copy puts a paragraph, a heading,
// a bullet or a table row on each line); body lines are then split into sentences without
// breaking at abbreviations ("Corp. (TYO: 6857)", "U.S. stocks", "Jan. 13").
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';

export type SentenceKind = 'heading' | 'bullet' | 'body' | 'table';

export interface Sentence {
  /** Half-open span in the text. */
  start: number;
  end: number;
  kind: SentenceKind;
  /** Index of the paragraph (block of lines) the sentence belongs to. */
  block: number;
}

export interface Segmentation {
  sentences: Sentence[];
  /** The first non-empty line, when the document has one. */
  headline: { start: number; end: number } | null;
}

const ABBREV = new Set(ABBREVIATIONS);
// Lines are read by code unit below, not by pattern: every line of every document comes here.
const BULLET_MARKS = new Set([...'-*•·▪►‣◦'].map((c) => c.charCodeAt(0)));
const TERMINAL_MARKS = new Set([...'.!?:;"\')]'].map((c) => c.charCodeAt(0)));
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isBlank = (c: number): boolean => c === 32 || c === 9;

/** Length of the bullet that opens norm[start, end) (/^(?:[-*•·▪►‣◦]|\d{1,2}[.)])[ \t]+/), 0 for none. */
function bulletLength(norm: string, start: number, end: number): number {
  let i = start;
  if (i < end && BULLET_MARKS.has(norm.charCodeAt(i))) i++;
  else {
    let digits = 0;
    while (i < end && digits < 2 && isDigit(norm.charCodeAt(i))) {
      i++;
      digits++;
    }
    if (digits === 0 || i >= end) return 0;
    const c = norm.charCodeAt(i);
    if (c !== 46 && c !== 41) return 0;
    i++;
  }
  const marker = i;
  while (i < end && isBlank(norm.charCodeAt(i))) i++;
  return i > marker ? i - start : 0;
}

interface Line {
  start: number;
  end: number;
}

export function segment(norm: string): Segmentation {
  const lines = splitLines(norm);
  const sentences: Sentence[] = [];
  let block = 0;
  let headline: Line | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.start === line.end) {
      block++;
      i++;
      continue;
    }
    headline ??= line;
    const bullet = bulletLength(norm, line.start, line.end);
    if (bullet > 0 && !(norm.charCodeAt(line.start) === 45 && isDigit(norm.charCodeAt(line.start + 1)))) {
      const start = line.start + bullet;
      const end = joinContinuations(norm, lines, i, line.end);
      splitSentences(norm, start, end.end, 'bullet', block, sentences);
      i = end.next;
      continue;
    }
    if (isTableRow(norm, line.start, line.end)) {
      sentences.push({ start: line.start, end: line.end, kind: 'table', block });
      i++;
      continue;
    }
    const joined = joinContinuations(norm, lines, i, line.end);
    const kind: SentenceKind = joined.next === i + 1 && isHeading(norm, line.start, line.end) ? 'heading' : 'body';
    if (kind === 'heading') sentences.push({ start: line.start, end: line.end, kind, block });
    else splitSentences(norm, line.start, joined.end, kind, block, sentences);
    i = joined.next;
  }
  return { sentences, headline };
}

/** Lines with surrounding blanks trimmed; an empty line has start === end. */
function splitLines(norm: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= norm.length) {
    let nl = norm.indexOf('\n', pos);
    if (nl < 0) nl = norm.length;
    let s = pos;
    let e = nl;
    while (s < e && norm.charCodeAt(s) === 32) s++;
    while (e > s && norm.charCodeAt(e - 1) === 32) e--;
    lines.push({ start: s, end: e });
    pos = nl + 1;
  }
  return lines;
}

/**
 * Hard-wrapped paragraphs: a line that does not end a sentence continues into the next when
 * that one starts in lower case (or with a digit after a preposition-like ending).
 */
function joinContinuations(norm: string, lines: Line[], i: number, end: number): { end: number; next: number } {
  let j = i;
  while (j + 1 < lines.length) {
    const cur = lines[j]!;
    const nxt = lines[j + 1]!;
    if (nxt.start === nxt.end || (cur.end > cur.start && TERMINAL_MARKS.has(norm.charCodeAt(cur.end - 1)))) break;
    const first = norm.charCodeAt(nxt.start);
    const lower = first >= 97 && first <= 122;
    if (!lower || bulletLength(norm, nxt.start, Math.min(nxt.end, nxt.start + 4)) > 0) break;
    j++;
    end = nxt.end;
  }
  return { end, next: j + 1 };
}

function isHeading(norm: string, start: number, end: number): boolean {
  if (end - start > 160) return false;
  // Not a heading when it ends a sentence: /[.!?;]["')\]]?$/.
  let last = norm.charCodeAt(end - 1);
  if ((last === 34 || last === 39 || last === 41 || last === 93) && end - 1 > start) last = norm.charCodeAt(end - 2);
  else if (last === 34 || last === 39 || last === 41 || last === 93) return true;
  return !(last === 46 || last === 33 || last === 63 || last === 59);
}

/**
 * Table rows: columns separated by runs of spaces, or lines that are mostly numbers. Gaps are
 * runs of two or more spaces, and tabs; tokens are what runs of spaces separate.
 */
function isTableRow(norm: string, start: number, end: number): boolean {
  let gaps = 0;
  let tokens = 0;
  let numeric = 0;
  let i = start;
  while (i < end) {
    // A token: up to the next space.
    let j = i;
    while (j < end && norm.charCodeAt(j) !== 32) {
      if (norm.charCodeAt(j) === 9) gaps++;
      j++;
    }
    tokens++;
    if (isNumericToken(norm, i, j)) numeric++;
    if (j >= end) break;
    let k = j;
    while (k < end && norm.charCodeAt(k) === 32) k++;
    if (k - j >= 2) gaps++;
    // Spaces ending the line leave an empty token after them, as a split would.
    if (k >= end) tokens++;
    i = k;
  }
  if (start === end) tokens = 1;
  if (gaps >= 2 && numeric >= 1) return true;
  return tokens >= 3 && numeric * 2 >= tokens && !/[a-z]{4,} [a-z]{4,}/.test(norm.slice(start, end));
}

/** /^[(+-]?[\d,.]+%?\)?$/ over norm[start, end). */
function isNumericToken(norm: string, start: number, end: number): boolean {
  let i = start;
  const c = norm.charCodeAt(i);
  if (c === 40 || c === 43 || c === 45) i++;
  const body = i;
  while (i < end) {
    const d = norm.charCodeAt(i);
    if (!(isDigit(d) || d === 44 || d === 46)) break;
    i++;
  }
  if (i === body) return false;
  if (i < end && norm.charCodeAt(i) === 37) i++;
  if (i < end && norm.charCodeAt(i) === 41) i++;
  return i === end;
}

function splitSentences(norm: string, start: number, end: number, kind: SentenceKind, block: number, out: Sentence[]): void {
  let s = start;
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    while (j < end && isCloser(norm.charCodeAt(j))) j++;
    if (j >= end || !isSpaceOrNewline(norm.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpaceOrNewline(norm.charCodeAt(k))) k++;
    if (k >= end) break;
    const next = norm.charCodeAt(k);
    const startsSentence = (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || next === 34 || next === 39 || next === 40;
    if (!startsSentence) continue;
    if (c === 46 && isAbbreviation(norm, s, i)) continue;
    out.push({ start: s, end: j, kind, block });
    s = k;
    i = k - 1;
  }
  if (s < end) out.push({ start: s, end, kind, block });
}

/** The word before the period at `dot` is an abbreviation or an initial ("J. Powell"). */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 41;
const isSpaceOrNewline = (c: number): boolean => c === 32 || c === 10;

function isAbbreviation(norm: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from) {
    const c = norm.charCodeAt(w - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) break;
    w--;
  }
  const word = norm.slice(w, dot).toLowerCase();
  if (word.length === 1) return true;
  return ABBREV.has(word);
}
