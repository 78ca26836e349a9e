// The built-in gazetteer's trie, built ahead of time. This file is a placeholder: `npm run
// build` replaces its compiled form with the trie of the built-in lexicon
// (scripts/freeze-tables.mjs), and compileLexicon takes it up only if it was built from
// exactly the phrases the lexicon holds now; otherwise the trie is built at run time.
import type { FrozenTable } from './phrase-matcher.js';

export const FROZEN_GAZETTEER: FrozenTable | null = null;
