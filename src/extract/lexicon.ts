// The lexicons compiled into matchers, once: the built-in gazetteer, plus whatever a user's
// config adds (indices, aliases, companies). The default is built on first use and reused.
import { INDICES } from '../lexicon/indices.js';
import type { CompanyEntry, IndexEntry, UserLexicon } from '../lexicon/types.js';
import { PhraseMatcher } from './phrase-matcher.js';

export interface CompiledLexicon {
  indices: PhraseMatcher<IndexEntry>;
  /** Companies known by name; null when the config names none. */
  companies: PhraseMatcher<CompanyEntry> | null;
}

let builtIn: CompiledLexicon | null = null;

/** Terminals shorten "Composite" to "Comp" ("SHANGHAI COMP", "Jakarta Comp"). */
function withAbbreviations(aliases: readonly string[]): Set<string> {
  const out = new Set(aliases);
  for (const a of aliases) if (/ Composite$/.test(a)) out.add(a.replace(/ Composite$/, ' Comp'));
  return out;
}

export function compileLexicon(user?: UserLexicon): CompiledLexicon {
  if (!user && builtIn) return builtIn;
  const extraAliases = user?.aliases ?? {};
  const indices = new PhraseMatcher<IndexEntry>();
  for (const entry of [...INDICES, ...(user?.indices ?? [])]) {
    const exact = new Set(entry.caseSensitive ?? []);
    for (const alias of withAbbreviations([entry.name, ...entry.aliases, ...(extraAliases[entry.name] ?? [])])) indices.add(alias, entry, exact.has(alias));
    for (const phrase of entry.phrases ?? []) indices.add(phrase, entry);
  }
  let companies: PhraseMatcher<CompanyEntry> | null = null;
  if (user?.companies?.length) {
    companies = new PhraseMatcher<CompanyEntry>();
    for (const c of user.companies) for (const alias of new Set([c.name, ...(c.aliases ?? [])])) companies.add(alias, c, true);
  }
  const compiled = { indices, companies };
  if (!user) builtIn = compiled;
  return compiled;
}
