#!/usr/bin/env node
// Part of `npm run build`, after tsc: works out once what a run would otherwise build on its
// cold start, and writes it into dist/ in place of the compiled placeholders:
// - the built-in gazetteer's trie → dist/extract/gazetteer-frozen.js (see src/extract/gazetteer-frozen.ts);
// - the Porter stems of the direction lexicon's words → dist/link/stems-frozen.js (see
//   src/link/stems-frozen.ts).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { compileLexicon } = await import(join(dist, 'extract', 'lexicon.js'));
const frozen = compileLexicon().gazetteer.freeze();
writeFileSync(
  join(dist, 'extract', 'gazetteer-frozen.js'),
  `// Written by scripts/freeze-tables.mjs at build time: the built-in gazetteer's trie.\nexport const FROZEN_GAZETTEER = ${JSON.stringify(frozen)};\n`,
);

const { UP_WORDS, DOWN_WORDS, FLAT_WORDS } = await import(join(dist, 'lexicon', 'movement.js'));
const { freshStem } = await import(join(dist, 'link', 'words.js'));
const stems = {};
for (const w of [...UP_WORDS, ...DOWN_WORDS, ...FLAT_WORDS]) if (!w.includes(' ')) stems[w] = freshStem(w);
writeFileSync(
  join(dist, 'link', 'stems-frozen.js'),
  `// Written by scripts/freeze-tables.mjs at build time: the direction lexicon's Porter stems.\nexport const FROZEN_STEMS = ${JSON.stringify(stems)};\n`,
);
