// One peer library on a prefix of the bench corpus (the same articles, in the same order, that
// marketdigest reads), one call per article, extracting what the peer can of what marketdigest
// extracts. Run by bench/run.mjs in a child process of its own:
//   node bench/lib/peer.mjs <peer> <project root> <sample bytes> <result.json>
// Peers: compromise | wink | recognizers | recognizers-suite. Model construction and loading are
// timed apart from the extraction; the extraction is timed after a short warm-up.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { corpusPlan, fixtureArticles, MB } from './corpus.mjs';

const [peer, root, bytesArg, outFile] = process.argv.slice(2);
const require = createRequire(join(root, 'bench', 'package.json'));
// Read from disk: some packages (compromise) do not export their package.json.
const version = (name) => JSON.parse(readFileSync(join(root, 'bench', 'node_modules', name, 'package.json'), 'utf8')).version;

const articles = fixtureArticles(root);
const { plan, bytes } = corpusPlan(articles, Number(bytesArg));
const texts = plan.map((e) => e.bytes.toString('utf8'));
const warmTexts = articles.slice(0, 5).map((a) => a.bytes.toString('utf8'));

/** Each peer: load() → { version, what, run(text) → { kind: count } }. */
const peers = {
  compromise() {
    const nlp = require('compromise');
    return {
      version: `compromise ${version('compromise')}`,
      what: 'nlp(text) → .numbers() .percentages() .money() .people() .organizations() .places(), each .out("array")',
      run(text) {
        const d = nlp(text);
        return {
          numbers: d.numbers().out('array').length,
          percentages: d.percentages().out('array').length,
          money: d.money().out('array').length,
          people: d.people().out('array').length,
          organizations: d.organizations().out('array').length,
          places: d.places().out('array').length,
        };
      },
    };
  },
  wink() {
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const its = nlp.its;
    // Built-in entities already give CARDINAL, PERCENT ("1.8%", "0.4 per cent"), MONEY, DATE;
    // custom entities add what marketdigest reports and the lite model has no type for: index
    // points, and runs of proper nouns standing in for people, companies, organisations, places.
    nlp.learnCustomEntities([
      { name: 'POINTS', patterns: ['[CARDINAL] [points|pts|point]'] },
      { name: 'INDEX', patterns: ['[PROPN] [CARDINAL]'] },
      { name: 'NAME', patterns: ['[PROPN] [PROPN]', '[PROPN] [PROPN] [PROPN]', '[PROPN] [PROPN] [PROPN] [PROPN]'] },
    ]);
    return {
      version: `wink-nlp ${version('wink-nlp')} + wink-eng-lite-web-model ${version('wink-eng-lite-web-model')}`,
      what: 'readDoc(text) → entities() (CARDINAL, PERCENT, MONEY, DATE, ...) + customEntities() (POINTS, INDEX, NAME)',
      run(text) {
        const doc = nlp.readDoc(text);
        const entities = doc.entities().out(its.detail);
        const custom = doc.customEntities().out(its.detail);
        const counts = { entities: entities.length, customEntities: custom.length };
        for (const e of entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
        for (const e of custom) counts[e.type] = (counts[e.type] ?? 0) + 1;
        return counts;
      },
    };
  },
  // The Recognizers-Text models, built once and reused: the fastest way to call them.
  recognizers() {
    const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
    const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
    const { Culture } = require('@microsoft/recognizers-text-suite');
    const numbers = new NumberRecognizer(Culture.English);
    const number = numbers.getNumberModel();
    const percentage = numbers.getPercentageModel();
    const currency = new NumberWithUnitRecognizer(Culture.English).getCurrencyModel();
    return {
      version: `@microsoft/recognizers-text-suite ${version('@microsoft/recognizers-text-suite')}`,
      what: 'number, percentage and currency models (en-us), built once, .parse(text) per article',
      run(text) {
        return { numbers: number.parse(text).length, percentages: percentage.parse(text).length, money: currency.parse(text).length };
      },
    };
  },
  // The suite's documented one-call functions, which build the models on every call.
  'recognizers-suite'() {
    const R = require('@microsoft/recognizers-text-suite');
    return {
      version: `@microsoft/recognizers-text-suite ${version('@microsoft/recognizers-text-suite')}`,
      what: 'recognizeNumber / recognizePercentage / recognizeCurrency(text, Culture.English) per article',
      run(text) {
        return {
          numbers: R.recognizeNumber(text, R.Culture.English).length,
          percentages: R.recognizePercentage(text, R.Culture.English).length,
          money: R.recognizeCurrency(text, R.Culture.English).length,
        };
      },
    };
  },
};

let result;
try {
  if (!peers[peer]) throw new Error(`unknown peer ${peer}`);
  let t = performance.now();
  const p = peers[peer]();
  const loadMs = performance.now() - t;
  for (const w of warmTexts) p.run(w);
  const found = {};
  t = performance.now();
  for (const text of texts) {
    for (const [k, n] of Object.entries(p.run(text))) found[k] = (found[k] ?? 0) + n;
  }
  const ms = performance.now() - t;
  result = {
    ok: true, peer, version: p.version, what: p.what, bytes, documents: texts.length,
    // The sample is a prefix of the corpus: it has the corpus's mix of articles only once it
    // holds every distinct article.
    articlesCovered: new Set(plan.map((e) => e.name)).size, distinctArticles: articles.length,
    loadMs, ms, mbps: bytes / MB / (ms / 1000), found, maxRssKB: process.resourceUsage().maxRSS,
  };
} catch (err) {
  result = { ok: false, peer, reason: err instanceof Error ? err.message.split('\n')[0] : String(err) };
}
writeFileSync(outFile, JSON.stringify(result));
