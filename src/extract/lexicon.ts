// The lexicons compiled into matchers, once: the built-in gazetteer, plus whatever a user's
// config adds (indices, aliases, companies). The default is built on first use and reused.
import { INDICES } from '../lexicon/indices.js';
import type { CompanyEntry, IndexEntry, UserLexicon } from '../lexicon/types.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { Gazetteer } from './gazetteer.js';
import { FROZEN_GAZETTEER } from './gazetteer-frozen.js';
import { addOrganizations } from './organizations.js';
import { addPlaces } from './places.js';

export interface CompiledLexicon {
  indices: PhraseMatcher<IndexEntry>;
  /** Companies known by name; null when the config names none. */
  companies: PhraseMatcher<CompanyEntry> | null;
  /** Indices, organisations, places and known companies, scanned in one walk. */
  gazetteer: Gazetteer;
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
  const gazetteer = new Gazetteer();
  for (const entry of [...INDICES, ...(user?.indices ?? [])]) {
    const exact = new Set(entry.caseSensitive ?? []);
    for (const alias of withAbbreviations([entry.name, ...entry.aliases, ...(extraAliases[entry.name] ?? [])])) {
      indices.add(alias, entry, exact.has(alias));
      gazetteer.addIndex(alias, entry, exact.has(alias));
    }
    for (const phrase of entry.phrases ?? []) {
      indices.add(phrase, entry);
      gazetteer.addIndex(phrase, entry);
    }
  }
  addOrganizations((phrase, entry, exact) => gazetteer.addOrganization(phrase, entry, exact));
  addPlaces((phrase, entry, exact) => gazetteer.addPlace(phrase, entry, exact));
  let companies: PhraseMatcher<CompanyEntry> | null = null;
  if (user?.companies?.length) {
    companies = new PhraseMatcher<CompanyEntry>();
    for (const c of user.companies) {
      for (const alias of new Set([c.name, ...(c.aliases ?? [])])) {
        companies.add(alias, c, true);
        gazetteer.addCompany(alias, c, true);
      }
    }
  }
  // The built-in lexicon's trie comes ready from the build when it still fits the phrases.
  if (!user && FROZEN_GAZETTEER) gazetteer.thaw(FROZEN_GAZETTEER);
  const compiled = { indices, companies, gazetteer };
  if (!user) builtIn = compiled;
  return compiled;
}
