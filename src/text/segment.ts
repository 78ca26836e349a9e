// segment: text → sentences. Lines are the first unit (news copy puts a paragraph, a heading,
// a bullet or a table row on each line); body lines are then split into sentences without
// breaking at abbreviations ("Corp. (TYO: 6857)", "U.S. stocks", "Jan. 13").
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { pattern } from '../patterns.js';

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
const BULLET = pattern('text/segment:BULLET', /^(?:[-*•·▪►‣◦]|\d{1,2}[.)])[ \t]+/);
const TERMINAL = pattern('text/segment:TERMINAL', /[.!?:;"')\]]$/);

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
    const text = norm.slice(line.start, line.end);
    const bullet = BULLET.exec(text);
    if (bullet && !/^-\d/.test(text)) {
      const start = line.start + bullet[0].length;
      const end = joinContinuations(norm, lines, i, line.end);
      splitSentences(norm, start, end.end, 'bullet', block, sentences);
      i = end.next;
      continue;
    }
    if (isTableRow(text)) {
      sentences.push({ start: line.start, end: line.end, kind: 'table', block });
      i++;
      continue;
    }
    const joined = joinContinuations(norm, lines, i, line.end);
    const kind: SentenceKind = joined.next === i + 1 && isHeading(text) ? 'heading' : 'body';
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
    if (nxt.start === nxt.end || TERMINAL.test(norm.slice(cur.start, cur.end))) break;
    const first = norm.charCodeAt(nxt.start);
    const lower = first >= 97 && first <= 122;
    if (!lower || BULLET.test(norm.slice(nxt.start, Math.min(nxt.end, nxt.start + 4)))) break;
    j++;
    end = nxt.end;
  }
  return { end, next: j + 1 };
}

function isHeading(text: string): boolean {
  return text.length <= 160 && !/[.!?;]["')\]]?$/.test(text);
}

/** Table rows: columns separated by runs of spaces, or lines that are mostly numbers. */
function isTableRow(text: string): boolean {
  const gaps = text.match(/ {2,}|\t/g);
  const tokens = text.split(/ +/);
  let numeric = 0;
  for (const t of tokens) if (/^[(+-]?[\d,.]+%?\)?$/.test(t)) numeric++;
  if (gaps && gaps.length >= 2 && numeric >= 1) return true;
  return tokens.length >= 3 && numeric * 2 >= tokens.length && !/[a-z]{4,} [a-z]{4,}/.test(text);
}

function splitSentences(norm: string, start: number, end: number, kind: SentenceKind, block: number, out: Sentence[]): void {
  let s = start;
  for (let i = start; i < end; i++) {
    const c = norm[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < end && (norm[j] === '"' || norm[j] === "'" || norm[j] === ')')) j++;
    if (j >= end || (norm[j] !== ' ' && norm[j] !== '\n')) continue;
    let k = j;
    while (k < end && (norm[k] === ' ' || norm[k] === '\n')) k++;
    if (k >= end) break;
    const next = norm.charCodeAt(k);
    const startsSentence = (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || next === 34 || next === 39 || next === 40;
    if (!startsSentence) continue;
    if (c === '.' && isAbbreviation(norm, s, i)) continue;
    out.push({ start: s, end: j, kind, block });
    s = k;
    i = k - 1;
  }
  if (s < end) out.push({ start: s, end, kind, block });
}

/** The word before the period at `dot` is an abbreviation or an initial ("J. Powell"). */
function isAbbreviation(norm: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[A-Za-z.]/.test(norm[w - 1]!)) w--;
  const word = norm.slice(w, dot).toLowerCase();
  if (word.length === 1) return true;
  return ABBREV.has(word);
}
