#!/usr/bin/env node
// Part of `npm run build`: builds the built-in gazetteer's trie once and writes it into
// dist/extract/gazetteer-frozen.js, so a run takes it up instead of building it on its cold
// start (see src/extract/gazetteer-frozen.ts). Run after tsc.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { compileLexicon } = await import(join(dist, 'extract', 'lexicon.js'));
const frozen = compileLexicon().gazetteer.freeze();
writeFileSync(
  join(dist, 'extract', 'gazetteer-frozen.js'),
  `// Written by scripts/freeze-gazetteer.mjs at build time: the built-in gazetteer's trie.\nexport const FROZEN_GAZETTEER = ${JSON.stringify(frozen)};\n`,
);
