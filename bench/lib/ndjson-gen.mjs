// The long NDJSON stream: the corpus articles in the corpus order (the same order as the corpus
// directory and the other rows), one {"id": "r00000/a-01-....txt", "text": "..."} object per
// line, written to stdout until at least <bytes> bytes, without touching the disk. Run by
// bench/run.mjs with its stdout as marketdigest's stdin:
//   node bench/lib/ndjson-gen.mjs <project root> <bytes> <result.json>
// Each article ends with one more sentence, naming an index and a word no other record holds
// (14 letters, from the record's number): an archive's vocabulary keeps growing, and whatever
// the CLI keeps about words across documents must stay bounded for memory to stay flat. A
// corpus that only repeats its articles stops adding words after its first pass, and cannot
// show that. --same-words leaves the articles as they are.
// Progress goes to stderr every 10%; what was written (bytes, records, article bytes, whether
// the stream is complete) goes to result.json at exit.
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { entryPath, fixtureArticles, repeatedArticles } from './corpus.mjs';

const args = process.argv.slice(2);
const sameWords = args.includes('--same-words');
const [root, bytesArg, outFile] = args.filter((a) => a !== '--same-words');
const target = Number(bytesArg);
const articles = fixtureArticles(root);
// Each article's line, less its repetition number (and its own word), serialised once: the
// generator only copies bytes, so it takes little CPU from the CLI it feeds.
const head = Buffer.from('{"id":"r');
const tails = articles.map((a) => {
  const id = JSON.stringify(entryPath({ rep: 0, name: a.name })).slice('"r00000'.length, -1);
  const text = JSON.stringify(a.bytes.toString('utf8'));
  return Buffer.from(sameWords ? `${id}","text":${text}}\n` : `${id}","text":${text.slice(0, -1)}`);
});

/** The record's own word: "zq" and its number in twelve letters, a to z. */
function ownWord(record) {
  let word = '';
  for (let n = record, k = 0; k < 12; k++, n = Math.floor(n / 26)) word = String.fromCharCode(97 + (n % 26)) + word;
  return `zq${word}`;
}
/** The sentence the record ends with, as it stands inside the JSON string, and its text's length. */
function ownSentence(record) {
  const text = `Dealers in the ${ownWord(record)} market watched the Nikkei 225.`;
  return { json: Buffer.from(`\\n\\n${text}"}\n`), textBytes: 2 + text.length };
}

const state = { bytes: 0, records: 0, textBytes: 0, ownWords: !sameWords, complete: false, error: null };
const finish = () => {
  if (outFile) writeFileSync(outFile, JSON.stringify(state));
};
process.stdout.on('error', (err) => {
  // The reader went away (EPIPE): the run reports an incomplete stream.
  state.error = err.code ?? err.message;
  finish();
  process.exit(0);
});

let chunk = [];
let chunkBytes = 0;
let nextReport = target / 10;
async function flush() {
  if (!chunkBytes) return;
  const buf = Buffer.concat(chunk, chunkBytes);
  chunk = [];
  chunkBytes = 0;
  if (!process.stdout.write(buf)) await once(process.stdout, 'drain');
}
let repDigits = null;
let lastRep = -1;
for (const e of repeatedArticles(articles)) {
  if (state.bytes >= target) break;
  if (e.rep !== lastRep) {
    repDigits = Buffer.from(String(e.rep).padStart(5, '0'));
    lastRep = e.rep;
  }
  const own = sameWords ? null : ownSentence(state.records);
  const n = head.length + repDigits.length + tails[e.index].length + (own ? own.json.length : 0);
  chunk.push(head, repDigits, tails[e.index]);
  if (own) chunk.push(own.json);
  chunkBytes += n;
  state.bytes += n;
  state.records++;
  state.textBytes += e.bytes.length + (own ? own.textBytes : 0);
  if (chunkBytes >= 1 << 20) await flush();
  if (state.bytes >= nextReport) {
    process.stderr.write(`${Math.round((100 * state.bytes) / target)}% (${Math.round(state.bytes / 1e6)} MB)\n`);
    nextReport += target / 10;
  }
}
await flush();
state.complete = true;
process.stdout.end(() => {
  finish();
});
