// Organisations: known ones from the gazetteer by name, alias or acronym ("Bank of Japan",
// "the BoJ", "the Fed"), and unknown ones introduced with an acronym in parentheses whose
// letters are the initials of an organisation's name ("Korea Exchange (KRX)").
// Counter-example: "Advantest Corp. (TYO: 6857)" is a company with a ticker.
import { ORGANIZATIONS } from '../lexicon/organizations.js';
import type { OrganizationEntry } from '../lexicon/types.js';
import { PhraseMatcher, type PhraseHit } from './phrase-matcher.js';
import { pattern } from '../patterns.js';
import { anchoredMatches, type Reach } from './anchored.js';
import { indexText, type TextIndex } from './text-index.js';

export interface OrganizationSpan {
  start: number;
  end: number;
  /** Canonical name: the gazetteer's, or the name written before the acronym. */
  name: string;
  acronym: string | null;
}

let matcher: PhraseMatcher<OrganizationEntry> | null = null;

/** The phrases organisations are known by: names and aliases in any case, acronyms as written. */
export function addOrganizations(add: (phrase: string, entry: OrganizationEntry, exact: boolean) => void): void {
  for (const o of ORGANIZATIONS) {
    for (const alias of new Set([o.name, ...(o.aliases ?? [])])) add(alias, o, false);
    for (const acronym of o.acronyms ?? []) add(acronym, o, true);
  }
}

function orgMatcher(): PhraseMatcher<OrganizationEntry> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<OrganizationEntry>();
  addOrganizations((phrase, entry, exact) => m.add(phrase, entry, exact));
  return (matcher = m);
}

const ORG_WORDS = pattern('extract/organizations:ORG_WORDS', /\b(?:Bank|Reserve|Authority|Commission|Agency|Fund|Ministry|Organi[sz]ation|Council|Institute|Association|Board|Exchange|Union|Office|Bureau|Department|Service|Federation|Forum|Committee|Administration|Corporation|Trust|Foundation|Institution|Regulator|Treasury|Monetary|Securities)\b/);
// A capitalised name of up to eight words, then an acronym in parentheses; run sticky, within
// reach of a " (" (anchored.ts).
const NAMED_ACRONYM = pattern('extract/organizations:NAMED_ACRONYM', /(?<![A-Za-z])((?:[A-Z][A-Za-z'&-]*|of|for|and|the|on|de|du|des|la|le)(?: (?:[A-Z][A-Za-z'&-]*|of|for|and|the|on|de|du|des|la|le)){1,7}) \(([A-Z][A-Za-z]{1,7})\)/y);
const NAME_REACH: Reach = { tokens: 8, gap: 1 };

/** Opening parentheses after a space, before a capital: where an acronym follows its name. */
function acronymOpenings(norm: string): number[] {
  const out: number[] = [];
  for (let i = norm.indexOf(' (', 1); i >= 0; i = norm.indexOf(' (', i + 1)) {
    const c = norm.charCodeAt(i + 2);
    if (c >= 65 && c <= 90) out.push(i + 1);
  }
  return out;
}

/** @param hits the gazetteer's organisation hits, when the caller scanned for them already */
export function findOrganizations(norm: string, index: TextIndex = indexText(norm), hits?: readonly PhraseHit<OrganizationEntry>[]): OrganizationSpan[] {
  const out: OrganizationSpan[] = [];
  for (const h of hits ?? orgMatcher().find(norm, 0, norm.length, index.wordStarts)) {
    const written = norm.slice(h.start, h.end);
    // "Turkey's central bank" names the bank by its country: the country stays a place mention.
    const possessive = written.toLowerCase().indexOf("'s ");
    const start = possessive >= 0 ? h.start + possessive + 3 : h.start;
    out.push({ start, end: h.end, name: h.value.name, acronym: (h.value.acronyms ?? []).includes(written) ? written : null });
  }
  const known = new Set(out.map((o) => o.start));
  for (const m of anchoredMatches(NAMED_ACRONYM, norm, acronymOpenings(norm), NAME_REACH, index.letterStarts)) {
    const name = trimName(m[1]!);
    const start = m.index + m[1]!.length - name.length;
    if (known.has(start) || !ORG_WORDS.test(name) || !initialsMatch(name, m[2]!)) continue;
    out.push({ start, end: start + name.length, name, acronym: m[2]! });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Drops leading words that only start the sentence ("The", "In", "Officials at the"). */
function trimName(name: string): string {
  // "Saudi Arabia's Public Investment Fund": the owner's name is not part of the fund's.
  const possessive = name.lastIndexOf("'s ");
  if (possessive >= 0) name = name.slice(possessive + 3);
  const words = name.split(' ');
  while (words.length > 1 && /^(?:The|the|of|for|and|on|In|At|By|From|With|As|While|But|And|Officials|at)$/.test(words[0]!)) words.shift();
  return words.join(' ');
}

function initialsMatch(name: string, acronym: string): boolean {
  const initials = name
    .split(/[ -]/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  const upper = acronym.toUpperCase();
  return initials.includes(upper) || upper.startsWith(initials.slice(0, 2)) && initials.length >= upper.length - 1;
}
