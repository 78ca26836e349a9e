// People: a name after a title ("Prime Minister Sanae Takaichi", "Fed Chair Jerome Powell",
// "CEO Jane Doe"), a name before a role ("Jane Doe, chief executive of ..."), or a full name
// that says something ("said Jane Doe", "Jane Doe said"). Counter-example: "Prime Minister's
// Office" has no name after the title.
import { PERSON_TITLES, ROLE_NOUNS } from '../lexicon/titles.js';
import { alternation, FirstWords } from './regex.js';
import { pattern } from '../patterns.js';
import { anchoredMatches, literalMatches, Literals, type Reach } from './anchored.js';
import { indexText, type TextIndex } from './text-index.js';

export interface PersonSpan {
  start: number;
  end: number;
  name: string;
  title: string | null;
}

// "O'Brien" and "Smith-Jones" are one word; "Takaichi's" is a name and a possessive.
// Accented Latin letters count: "Hélène Dufort", "José Núñez".
const LOW = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF';
const UP = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
const NAME_WORD = `(?:[${UP}][${LOW}]+(?:-[${UP}]?[${LOW}]+|'[${UP}][${LOW}]+)?|[${UP}][${LOW}]?[${UP}][${LOW}]+|[${UP}]\\.)`;
const PARTICLE = `(?:van|von|de|der|da|di|du|bin|al|le|la)`;
const NAME = `${NAME_WORD}(?: (?:${PARTICLE} )?${NAME_WORD}){0,2}`;
const FULL_NAME = `${NAME_WORD}(?: (?:${PARTICLE} )?${NAME_WORD}){1,2}`;

const titleForms = new Set<string>();
for (const t of PERSON_TITLES) {
  titleForms.add(t);
  // Multi-word titles also appear in lower case in prose: "said chief executive Jane Doe".
  if (t.includes(' ') || t.length > 6) titleForms.add(t.toLowerCase());
}
// Run sticky where they can start: at a title, within reach of a comma or a reporting verb, at a verb.
const TITLED = pattern('extract/people:TITLED', new RegExp(`(?<![A-Za-z])(${alternation([...titleForms])}) (${NAME})(?![A-Za-z])`, 'y'));
const ROLE = pattern('extract/people:ROLE', new RegExp(`(?<![A-Za-z])(${FULL_NAME}), (?:a |an |the |who is )?((?:senior |chief |deputy |co-|former |lead |head )?(?:${alternation(ROLE_NOUNS)}))(?![A-Za-z])`, 'y'));
const SAID_VERBS = ['said', 'says', 'told', 'added', 'noted', 'wrote', 'warned', 'argued', 'explained'];
const SAID_AFTER = pattern('extract/people:SAID_AFTER', new RegExp(`(?<![A-Za-z.])(${FULL_NAME}) (?:${SAID_VERBS.join('|')})(?![A-Za-z])`, 'y'));
// Bylines: "By Jane Doe", "— Omar Al-Masri, Markets Editor".
const BYLINE = pattern('extract/people:BYLINE', new RegExp(`(?:^|\\n)[ \\t]*(?:By|—|–|--) (${FULL_NAME})(?![A-Za-z])`, 'g'));
const SAID_BEFORE_VERBS = ['said', 'says', 'according to', 'added', 'noted', 'wrote'];
const SAID_BEFORE = pattern('extract/people:SAID_BEFORE', new RegExp(`(?<![A-Za-z])(?:${SAID_BEFORE_VERBS.join('|')}) (${FULL_NAME})(?![A-Za-z])`, 'y'));
// A full name is three name words at most, each with a particle before it: five tokens.
const NAME_REACH: Reach = { tokens: 5, gap: 1 };
const TITLE_LITERALS = new Literals(titleForms);
const SAID_LITERALS = new Literals(SAID_VERBS);
const SAID_BEFORE_LITERALS = new Literals(SAID_BEFORE_VERBS);

// What the role pattern can read first after its comma: an article, a modifier or a role.
const ROLE_OPENERS = new FirstWords(['a', 'an', 'the', 'who', 'senior', 'chief', 'deputy', 'co-', 'former', 'lead', 'head', ...ROLE_NOUNS], false);

/** Commas followed by a space and what a role can start with: where a name meets its role ("Jane Doe, chief economist"). */
function commas(norm: string): number[] {
  const out: number[] = [];
  for (let i = norm.indexOf(', '); i >= 0; i = norm.indexOf(', ', i + 1)) if (ROLE_OPENERS.startAt(norm, i + 2)) out.push(i);
  return out;
}

const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.split(' ')).filter((w) => /^[A-Z][a-z]/.test(w)));

// Capitalised words that are not names although they look like them.
const NOT_NAME = new Set([
  'The', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'And', 'But', 'In', 'On', 'At', 'For',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Analysts', 'Investors',
  'Traders', 'Officials', 'Economists', 'Strategists', 'Markets', 'Stocks', 'Shares', 'Wall', 'Street', 'Office',
  'Cabinet', 'Department', 'Ministry', 'Bank', 'Reserve', 'Federal', 'Central', 'Government', 'Administration',
]);

export function findPeople(norm: string, index: TextIndex = indexText(norm)): PersonSpan[] {
  const out: PersonSpan[] = [];
  const push = (start: number, name: string, title: string | null): void => {
    const words = name.split(' ');
    // "Minister Sanae Takaichi said": the title is not part of the name.
    while (words.length > 2 && TITLE_WORDS.has(words[0]!)) {
      start += words[0]!.length + 1;
      words.shift();
    }
    while (words.length && NOT_NAME.has(words[words.length - 1]!)) words.pop();
    if (!words.length || NOT_NAME.has(words[0]!)) return;
    const clean = words.join(' ');
    out.push({ start, end: start + clean.length, name: clean, title });
  };
  for (const m of literalMatches(TITLED, norm, index.letterStarts, TITLE_LITERALS)) push(m.index + m[1]!.length + 1, m[2]!, canonicalTitle(m[1]!));
  for (const m of anchoredMatches(ROLE, norm, commas(norm), NAME_REACH, index.capitalStarts)) push(m.index, m[1]!, canonicalTitle(m[2]!));
  for (const m of anchoredMatches(SAID_AFTER, norm, SAID_LITERALS.afterSpace(norm, index.wordStarts), NAME_REACH, index.capitalStarts)) push(m.index, m[1]!, null);
  for (const m of norm.matchAll(BYLINE)) push(m.index + m[0].length - m[1]!.length, m[1]!, null);
  for (const m of literalMatches(SAID_BEFORE, norm, index.letterStarts, SAID_BEFORE_LITERALS)) push(m.index + m[0].length - m[1]!.length, m[1]!, null);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonSpan[] = [];
  for (const p of out) {
    const last = kept[kept.length - 1];
    if (last && p.start < last.end) {
      if (!last.title && p.title) last.title = p.title;
      continue;
    }
    kept.push(p);
  }
  return kept;
}

function canonicalTitle(t: string): string {
  return t
    .split(' ')
    .map((w) => (w === w.toLowerCase() && w.length > 2 && w !== 'of' && w !== 'and' ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}
