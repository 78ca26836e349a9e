// Bad inputs, end to end: every failed input gets exactly one line on stderr naming it and the
// reason, the other inputs are still digested and written, and the exit code says what happened.
// Then: input text never reaches a terminal raw, and json/ndjson/csv output is deterministic.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths, readInput } from '../../src/input/read.js';
import { ARTICLES, bash, binCommand, childEnv, csvRecords, removeTempDirs, tempDir, writeArticle } from './e2e.js';
import { BIN, ROOT, run } from './run.js';

const isRoot = process.getuid?.() === 0;

interface Evidence {
  start: number;
  end: number;
  text: string;
}
interface IndexFact {
  name: string;
  level: number | null;
  changePercent: number | null;
  changePoints: number | null;
  problems: unknown[];
  evidence: Evidence[];
}
interface Doc {
  source: string;
  headline: string | null;
  indices: IndexFact[];
  percentages: { text: string; start: number; end: number }[];
  money: { text: string; start: number; end: number }[];
  entities: unknown[];
  quotes: unknown[];
}

const dir = tempDir('bad-input');
/** Directories made unreadable by a test, given their permissions back before removal. */
const locked: string[] = [];
let tmpfsMount: string | null = null;
afterAll(() => {
  if (tmpfsMount) spawnSync('umount', [tmpfsMount]);
  for (const d of locked) chmodSync(d, 0o755);
  removeTempDirs();
});

/** The good article given alongside every bad input. */
const good = writeArticle(dir, 'good.txt', ARTICLES.frankfurt);

const documents = (stdout: string): Doc[] => (JSON.parse(stdout) as { documents: Doc[] }).documents;
const sources = (stdout: string): string[] => documents(stdout).map((d) => d.source);
const ndjsonDocs = (stdout: string): Doc[] => stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);

/** The good article was digested in full. */
function expectGood(doc: Doc | undefined): void {
  expect(doc?.source).toBe(good);
  expect(doc?.headline).toBe('Frankfurt Close');
  expect(doc?.indices.map((i) => [i.name, i.level, i.changePercent])).toEqual([
    ['DAX', 18250.4, 1.2],
    ['CAC 40', 7810.2, -0.5],
  ]);
}

/** Every span in the document is a slice of the decoded text. */
function expectSpansInText(doc: Doc, text: string): void {
  const spans = [...doc.indices.flatMap((i) => i.evidence), ...doc.percentages, ...doc.money];
  expect(spans.length).toBeGreaterThan(0);
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('inputs that cannot be read', () => {
  it('a missing file: one line naming it, the good article still written, exit 1', () => {
    const missing = join(dir, 'missing.txt');
    const r = run(['--format', 'json', missing, good]);
    expect(r.stderr).toBe(`marketdigest: ${missing}: no such file or directory\n`);
    expect(r.code).toBe(1);
    expect(sources(r.stdout)).toEqual([good]);
    expectGood(documents(r.stdout)[0]);
  });

  it('a missing file, text output: stdout carries only the good digest', () => {
    const missing = join(dir, 'missing.txt');
    const r = run([good, missing]);
    expect(r.stderr).toBe(`marketdigest: ${missing}: no such file or directory\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(run([good]).stdout);
    expect(r.stdout).not.toContain('missing.txt');
  });

  it.skipIf(isRoot)('a file without read permission: "permission denied", the others digested, exit 1', () => {
    const unreadable = writeArticle(dir, 'unreadable.txt', ARTICLES.london);
    chmodSync(unreadable, 0o000);
    const r = run(['--format', 'json', unreadable, good]);
    expect(r.stderr).toBe(`marketdigest: ${unreadable}: permission denied\n`);
    expect(r.code).toBe(1);
    expect(sources(r.stdout)).toEqual([good]);
  });

  it('a directory is walked (recursively, in name order, by extension), exit 0', () => {
    const d = join(dir, 'walked');
    const a = writeArticle(d, 'a.txt', ARTICLES.asia);
    const b = writeArticle(d, 'sub/b.md', ARTICLES.london);
    writeArticle(d, 'c.json', '{"not": "an article"}');
    const r = run(['--format', 'json', d, good]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(sources(r.stdout)).toEqual([a, b, good]);
    expect(documents(r.stdout)[1]!.indices.map((i) => i.name)).toEqual(['FTSE 100']);
  });

  it.skipIf(isRoot)('a directory without read permission: "permission denied", the others digested, exit 1', () => {
    const d = join(dir, 'locked-dir');
    writeArticle(d, 'inside.txt', ARTICLES.asia);
    chmodSync(d, 0o000);
    locked.push(d);
    const r = run(['--format', 'json', d, good]);
    expect(r.stderr).toBe(`marketdigest: ${d}: permission denied\n`);
    expect(r.code).toBe(1);
    expect(sources(r.stdout)).toEqual([good]);
  });

  it.skipIf(isRoot)('an unreadable subdirectory is reported by its own path; the readable files beside it are still digested', () => {
    const d = join(dir, 'partly-locked');
    const a = writeArticle(d, 'a.txt', ARTICLES.asia);
    writeArticle(d, 'm/inside.txt', ARTICLES.wrap);
    const z = writeArticle(d, 'z.txt', ARTICLES.london);
    const sub = join(d, 'm');
    chmodSync(sub, 0o000);
    locked.push(sub);
    const r = run(['--format', 'json', d, good]);
    expect(r.stderr).toBe(`marketdigest: ${sub}: permission denied\n`);
    expect(r.code).toBe(1);
    expect(sources(r.stdout)).toEqual([a, z, good]);
  });
});

describe('what is in the file', () => {
  it('an empty file is a valid, empty digest: exit 0, nothing on stderr', () => {
    const empty = writeArticle(dir, 'empty.txt', '');
    const r = run(['--format', 'json', empty, good]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc, second] = documents(r.stdout);
    expect(doc).toMatchObject({ source: empty, headline: null, indices: [], percentages: [], money: [], entities: [], quotes: [] });
    expectGood(second);
    const text = run([empty, good]);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Frankfurt Close');
  });

  it('a binary file (NUL bytes) is skipped with one line, the others digested, exit 1', () => {
    const bin = join(dir, 'image.txt');
    writeFileSync(bin, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), Buffer.from('The DAX rose 1%.\n')]));
    const r = run(['--format', 'json', bin, good]);
    expect(r.stderr).toBe(`marketdigest: ${bin}: binary file (not text), skipped\n`);
    expect(r.code).toBe(1);
    expect(sources(r.stdout)).toEqual([good]);
    expectGood(documents(r.stdout)[0]);
  });

  it('a file of mostly control bytes (no NUL) is skipped as binary, the others digested, exit 1', () => {
    const ctl = join(dir, 'controls.txt');
    const controls = Buffer.from(Array.from({ length: 600 }, (_, k) => [1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 27, 127][k % 15]!));
    writeFileSync(ctl, Buffer.concat([controls, Buffer.from('The DAX rose 1%.\n')]));
    const r = run(['--format', 'json', ctl, good]);
    expect(r.stderr).toBe(`marketdigest: ${ctl}: binary file (not text), skipped\n`);
    expect(r.code).toBe(1);
    expect(sources(r.stdout)).toEqual([good]);
  });

  it('invalid UTF-8 is decoded with U+FFFD, warned about on one line, still digested with valid offsets, exit 0', () => {
    const bad = join(dir, 'latin1.txt');
    const bytes = Buffer.concat([
      Buffer.from('Bad \xff\xfe bytes\n', 'latin1'),
      Buffer.from('The DAX rose 1.2% to 18,250.40 on Monday \x80 in Frankfurt, ', 'latin1'),
      Buffer.from([0xe2, 0x82]), // a truncated euro sign
      Buffer.from(' while the CAC 40 fell 0.5% to 7,810.2. Siemens AG raised €1.5 billion ', 'utf8'),
      Buffer.from([0xf0, 0x9f, 0x98]), // a truncated emoji
      Buffer.from(' and Airbus SE gained 2.4%.\n', 'utf8'),
    ]);
    writeFileSync(bad, bytes);
    const decoded = new TextDecoder('utf-8').decode(bytes);
    expect(decoded).toContain('\ufffd');
    const r = run(['--format', 'json', bad, good]);
    expect(r.stderr).toBe(`marketdigest: ${bad}: warning: invalid UTF-8, decoded with replacement characters\n`);
    expect(r.code).toBe(0);
    const [doc, second] = documents(r.stdout);
    expect(doc!.source).toBe(bad);
    expect(doc!.headline).toBe('Bad \ufffd\ufffd bytes');
    expect(doc!.indices.map((i) => i.name)).toEqual(['DAX', 'CAC 40']);
    expect(doc!.money.map((m) => m.text)).toEqual(['€1.5 billion']);
    expectSpansInText(doc!, decoded);
    expectGood(second);
    // --quiet drops the warning, not the document.
    const quiet = run(['--format', 'json', '--quiet', bad, good]);
    expect(quiet.stderr).toBe('');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe(r.stdout);
  });

  const LONDON_BODY = 'London Close\nThe FTSE 100 slipped 0.3% to 8,120.5 on Friday as miners weighed, and sterling bought $1.27.\n';
  it.each([
    ['UTF-16 LE', 'utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LONDON_BODY, 'utf16le')])],
    ['UTF-16 BE', 'utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(LONDON_BODY, 'utf16le').swap16()])],
  ])('%s with a BOM is decoded and digested: the index found, offsets into the decoded text, exit 0', (_label, name, bytes) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    const r = run(['--format', 'json', p, good]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc, second] = documents(r.stdout);
    expect(doc!.source).toBe(p);
    expect(doc!.headline).toBe('London Close');
    expect(doc!.indices.map((i) => [i.name, i.level, i.changePercent])).toEqual([['FTSE 100', 8120.5, -0.3]]);
    expectSpansInText(doc!, LONDON_BODY);
    expectGood(second);
  });

  it('UTF-8 with a BOM: the BOM is not part of the text, offsets are those of the same file without it', () => {
    const withBom = join(dir, 'bom.txt');
    const without = writeArticle(dir, 'no-bom.txt', LONDON_BODY);
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LONDON_BODY)]));
    const r = run(['--format', 'json', withBom, without, good]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [a, b, c] = documents(r.stdout);
    expect(a!.headline).toBe('London Close');
    expect(a!.indices[0]!.evidence[0]!.start).toBe(LONDON_BODY.indexOf('The FTSE 100'));
    expectSpansInText(a!, LONDON_BODY);
    expect({ ...a, source: 'x' }).toEqual({ ...b, source: 'x' });
    expectGood(c);
  });

  it('a file over --max-bytes is skipped with one line; a file of exactly the limit and the others are digested; exit 1', () => {
    const limit = 200;
    const big = writeArticle(dir, 'big.txt', `${ARTICLES.london}${'Traders waited for the Bank of England. '.repeat(10)}\n`);
    const exact = writeArticle(dir, 'exact.txt', ARTICLES.london.padEnd(limit - 1, ' ') + '\n');
    expect(statSync(big).size).toBeGreaterThan(limit);
    expect(statSync(exact).size).toBe(limit);
    const r = run(['--format', 'json', '--max-bytes', String(limit), big, good, exact]);
    expect(r.stderr).toBe(`marketdigest: ${big}: larger than --max-bytes (${limit} bytes), skipped\n`);
    expect(r.code).toBe(1);
    expect(sources(r.stdout)).toEqual([good, exact]);
    expectGood(documents(r.stdout)[0]);
    expect(documents(r.stdout)[1]!.indices.map((i) => i.name)).toEqual(['FTSE 100']);
  });

  it('stdin over --max-bytes is skipped with one line naming "-", the others digested, exit 1', () => {
    const input = ARTICLES.wrap.repeat(3);
    expect(Buffer.byteLength(input)).toBeGreaterThan(150);
    const r = run(['--format', 'json', '--max-bytes', '150', '-', good], { input });
    expect(r.stderr).toBe('marketdigest: -: larger than --max-bytes (150 bytes), skipped\n');
    expect(r.code).toBe(1);
    expect(sources(r.stdout)).toEqual([good]);
  });
});

describe('a file that disappears between listing and reading', () => {
  it('CLI: reported on one line by its path, every other file digested in order, exit 1', async () => {
    const d = tempDir('vanish');
    const files = Array.from({ length: 40 }, (_, k) =>
      writeArticle(d, `news/story-${String(k).padStart(2, '0')}.txt`, `Story ${k}\nThe FTSE 100 slipped 0.${(k % 9) + 1}% to 8,1${String(k).padStart(2, '0')}.5 on Friday.\n`),
    );
    const victim = files[17]!;
    // A FIFO given first: the CLI lists every input (walking news/) before it reads any, and
    // opening the FIFO for writing returns only once the CLI has opened it for reading, so the
    // delete below falls between listing and reading, every time.
    const gate = join(d, 'gate.txt');
    expect(spawnSync('mkfifo', [gate]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, '--format', 'ndjson', gate, join(d, 'news')], { cwd: ROOT, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const writer = spawn('bash', ['-c', 'exec 3>"$1" && rm -- "$2" && printf %s "$3" >&3', 'gate', gate, victim, ARTICLES.asia], { stdio: 'ignore' });
    const timer = setTimeout(() => {
      writer.kill('SIGKILL');
      child.kill('SIGKILL');
    }, 15000);
    const wrote = await new Promise<number | null>((resolve) => writer.on('close', (code) => resolve(code)));
    const code = await exited;
    clearTimeout(timer);
    expect(wrote).toBe(0);
    expect(existsSync(victim)).toBe(false);
    expect(stderr).toBe(`marketdigest: ${victim}: no such file or directory\n`);
    expect(code).toBe(1);
    const docs = ndjsonDocs(stdout);
    expect(docs.map((x) => x.source)).toEqual([gate, ...files.filter((f) => f !== victim)]);
    expect(docs[0]!.indices.map((i) => i.name)).toEqual(['Nikkei 225', 'Hang Seng', 'KOSPI']);
    expect(docs.slice(1).every((x) => x.indices[0]?.name === 'FTSE 100')).toBe(true);
  });

  it('readInput: a path deleted after expandPaths reads as "no such file or directory"; its neighbours read', async () => {
    const d = tempDir('vanish-lib');
    writeArticle(d, 'a.txt', ARTICLES.asia);
    writeArticle(d, 'b.txt', ARTICLES.london);
    writeArticle(d, 'c.txt', ARTICLES.frankfurt);
    const { paths, errors } = await expandPaths([d]);
    expect(errors).toEqual([]);
    expect(paths).toEqual(['a.txt', 'b.txt', 'c.txt'].map((f) => join(d, f)));
    unlinkSync(paths[1]!);
    const read = await Promise.all(paths.map((p) => readInput(p)));
    expect(read.map((x) => x.ok)).toEqual([true, false, true]);
    expect(read[1]).toEqual({ source: paths[1], ok: false, reason: 'no such file or directory' });
    expect(read[2]).toMatchObject({ ok: true, text: ARTICLES.frankfurt, warnings: [] });
  });
});

describe('stdin', () => {
  it('"-" with empty stdin is an empty digest; the file beside it is digested; exit 0', () => {
    const r = run(['--format', 'json', '-', good], { input: '' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc, second] = documents(r.stdout);
    expect(doc).toMatchObject({ source: '-', headline: null, indices: [], percentages: [], money: [], entities: [] });
    expectGood(second);
  });

  it('no file and an empty pipe: one empty digest of "-", exit 0', () => {
    const r = run(['--format', 'json'], { input: '' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(documents(r.stdout)).toEqual([expect.objectContaining({ source: '-', headline: null, indices: [] })]);
  });

  it('"-" with stdin closed (fd 0 shut before start): an empty digest, the file beside it digested, exit 0', () => {
    const r = bash(`${binCommand(['--format', 'json', '-', good])} 0<&-`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc, second] = documents(r.stdout);
    expect(doc).toMatchObject({ source: '-', headline: null, indices: [] });
    expectGood(second);
  });

  it('stdin cut off mid-article (the writer closed early): what arrived is digested, exit 0', () => {
    const r = run(['--format', 'ndjson', '-', good], { input: 'Frankfurt Close\nThe DAX rose 1.2% to 18,250.40 on Mon' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [doc, second] = ndjsonDocs(r.stdout);
    expect(doc!.indices.map((i) => [i.name, i.level, i.changePercent])).toEqual([['DAX', 18250.4, 1.2]]);
    expectGood(second);
  });
});

describe('-o that cannot be written', () => {
  it('-o into a directory that does not exist: exit 2, one line naming it, nothing written', () => {
    const target = join(dir, 'no-such-dir', 'report.json');
    const before = readdirSync(dir).sort();
    const r = run(['--format', 'json', '-o', target, good]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`marketdigest: -o ${target}: directory ${dirname(target)} does not exist\n`);
    expect(r.code).toBe(2);
    expect(existsSync(dirname(target))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('-o to /dev/full (a device, not a file): one line naming it and the reason, non-zero exit, the device left alone, no temporary file', (ctx) => {
    // As root, the CLI could create its temporary file in /dev and rename it over the real
    // /dev/full; a device node of the same kind (char 1,7) in a temporary directory stands in.
    let devDir = '/dev';
    let target = '/dev/full';
    if (isRoot) {
      devDir = tempDir('devfull');
      target = join(devDir, 'full');
      if (spawnSync('mknod', [target, 'c', '1', '7']).status !== 0) return ctx.skip();
    }
    const rdev = statSync(target).rdev;
    const before = readdirSync(devDir).sort();
    const r = run(['--format', 'json', '-o', target, good]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^marketdigest: (-o )?${target.replace(/[/.]/g, '\\$&')}: [^\\n]+\\n$`));
    expect(r.code).not.toBe(0);
    expect(statSync(target).isCharacterDevice()).toBe(true);
    expect(statSync(target).rdev).toBe(rdev);
    expect(readdirSync(devDir).sort()).toEqual(before);
  });

  describe('a full disk (a 64 KB tmpfs)', () => {
    const OLD = 'OLD REPORT: yesterday, kept intact\n';
    let mnt = '';
    let large = '';
    beforeAll(() => {
      const m = tempDir('tmpfs');
      if (!isRoot || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', m]).status !== 0) return;
      tmpfsMount = m;
      mnt = m;
      // An article whose digest is far larger than the file system.
      large = writeArticle(dir, 'large.txt', `Long Day\n${'The DAX rose 1.2% to 18,250.40 on Monday, while the CAC 40 fell 0.5% to 7,810.2 in Paris. Siemens AG gained 2% and raised €1.5 billion.\n'.repeat(1200)}`);
    });

    it.for(['json', 'ndjson'])('--format %s: one line naming the output and the reason, non-zero exit, old report intact, no temporary file', (format, ctx) => {
      if (!mnt) return ctx.skip();
      const target = join(mnt, `report.${format}`);
      writeFileSync(target, OLD);
      const r = run(['--format', format, '-o', target, good, large]);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`marketdigest: ${target}: cannot write output: no space left on device\n`);
      expect(r.code).not.toBe(0);
      expect(readFileSync(target, 'utf8')).toBe(OLD);
      expect(readdirSync(mnt).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  });
});

describe('terminal safety', () => {
  // Everything that can drive a terminal: an OSC 8 hyperlink, clear-screen, BEL, C1 controls
  // (NEL, CSI), bidi override and isolate, line/paragraph separators, and a CR that would
  // overwrite the line.
  const CTL = '\x1b]8;;http://evil\x07click\x1b]8;;\x07 \x1b[2J \x07bell \u0085nel \u009b31m \u202eoverride\u202c \u2066isolate\u2069';
  const EVIL = `Evil ${CTL} Headline\rOVERWRITE\nThe DAX rose 1.2% to 18,250.40 on Monday, ${CTL} as Siemens AG gained 2%.\u2028Next line\u2029Next paragraph\r\nBerlin banks rallied.\n`;
  const evil = writeArticle(dir, 'evil.txt', EVIL);
  /** Forbidden raw in text meant for a terminal (NUL cannot come from a file: it makes it binary). */
  const RAW_TERMINAL: [string, string][] = [
    ['ESC', '\x1b'],
    ['BEL', '\x07'],
    ['CR', '\r'],
    ['NUL', '\x00'],
    ['NEL (U+0085)', '\u0085'],
    ['CSI (U+009B)', '\u009b'],
    ['RLO (U+202E)', '\u202e'],
    ['LRI (U+2066)', '\u2066'],
  ];
  const rawIn = (s: string, forbidden: [string, string][]): string[] => forbidden.filter(([, c]) => s.includes(c)).map(([name]) => name);
  /** The tool's own SGR colour codes, which --color is there to produce. */
  const SGR = /\x1b\[[0-9;]*m/g;

  it.each([
    ['without colour', ['--no-color']],
    ['with --color', ['--color']],
    ['with --color --verbose (the evidence sentences)', ['--color', '--verbose']],
    ['without colour, --verbose', ['--verbose']],
  ])('text output %s has no raw control, escape or bidi character; the article is still digested', (_label, flags) => {
    const r = run([...flags, evil, good]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    if (flags.includes('--color')) expect(r.stdout).toMatch(SGR);
    const visible = r.stdout.replace(SGR, '');
    expect(rawIn(visible, RAW_TERMINAL)).toEqual([]);
    expect(visible).not.toContain('[2J');
    expect(visible).not.toContain('http://evil');
    const lines = visible.split('\n');
    expect(lines[0]).toMatch(/^Evil .*Headline/);
    expect(lines[1]).toMatch(/^ ▲ DAX\s+Germany\s+18,250\.4\s+\+1\.2%/);
    expect(visible).toContain('Frankfurt Close');
  });

  it('text output: NUL and controls in an NDJSON article (the one way NUL gets in) and in its id never reach the terminal raw', () => {
    const line = JSON.stringify({ id: 'wire\x1b[2J\x00\u202e-1', text: EVIL.replace('Monday,', 'Monday,\x00') });
    const r = run(['--input-format', 'ndjson', '--verbose', '--color', '-'], { input: `${line}\n` });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const visible = r.stdout.replace(SGR, '');
    expect(rawIn(visible, RAW_TERMINAL)).toEqual([]);
    expect(visible).toMatch(/^ ▲ DAX\s+Germany\s+18,250\.4\s+\+1\.2%/m);
  });

  it('a file whose name holds escapes and a newline: stderr and text output show it as one safe line', () => {
    const named = writeArticle(dir, 'name\x1b[2J\x07\u202e.txt', ARTICLES.london);
    const missing = join(dir, 'gone\x1b]8;;http://evil\x07\n2.txt');
    const r = run([named, missing, good]);
    expect(r.code).toBe(1);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^marketdigest: .*gone.*2\.txt: no such file or directory\n$/);
    expect(rawIn(r.stderr.slice(0, -1), RAW_TERMINAL)).toEqual([]);
    expect(rawIn(r.stdout, RAW_TERMINAL)).toEqual([]);
    expect(r.stdout).toContain('London Close');
    expect(r.stdout).toContain('Frankfurt Close');
  });

  /** Forbidden raw in JSON: JSON.stringify leaves these unescaped unless told. */
  const RAW_JSON: [string, string][] = [...RAW_TERMINAL, ['LS (U+2028)', '\u2028'], ['PS (U+2029)', '\u2029']];

  it.each(['json', 'ndjson'])('%s output escapes every control character; JSON.parse gives the text back', (format) => {
    const r = run(['--format', format, evil, good]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rawIn(r.stdout, RAW_JSON)).toEqual([]);
    expect(r.stdout).toContain('\\u001b]8;;http://evil\\u0007');
    expect(r.stdout).toContain('\\u202e');
    const docs = format === 'json' ? documents(r.stdout) : ndjsonDocs(r.stdout);
    expect(docs.map((d) => d.source)).toEqual([evil, good]);
    const doc = docs[0]!;
    expect(doc.headline).toBe(`Evil ${CTL} Headline`);
    const dax = doc.indices.find((i) => i.name === 'DAX')!;
    expect([dax.level, dax.changePercent]).toEqual([18250.4, 1.2]);
    expect(dax.evidence[0]!.text).toContain(CTL);
    expectSpansInText(doc, EVIL);
    expectGood(docs[1]);
  });

  it('escape-sequence payloads are not read as figures (the OSC 8 "8" is not a points change)', () => {
    const r = run(['--format', 'json', evil]);
    expect(r.code).toBe(0);
    const dax = documents(r.stdout)[0]!.indices.find((i) => i.name === 'DAX')!;
    expect(dax.changePoints).toBeNull();
    expect(dax.problems).toEqual([]);
  });

  it('markdown output (also read in terminals) has no raw escape, BEL or bidi character (beyond the brief: README says input text never reaches the terminal raw)', () => {
    const r = run(['--format', 'markdown', '--date', '2026-03-17', evil, good]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rawIn(r.stdout, RAW_TERMINAL)).toEqual([]);
  });
});

describe('determinism', () => {
  const d = tempDir('determinism');
  // Input order is deliberately not name order; the directory's files come in name order.
  const inputs = [
    writeArticle(d, 'c-london.txt', ARTICLES.london),
    writeArticle(d, 'a-asia.txt', ARTICLES.asia),
    join(d, 'batch'),
    writeArticle(d, 'b-frankfurt.txt', ARTICLES.frankfurt),
  ];
  const batch = [writeArticle(d, 'batch/y-wrap.txt', ARTICLES.wrap), writeArticle(d, 'batch/x-frankfurt.md', ARTICLES.frankfurt)].sort();
  const expectedOrder = [inputs[0]!, inputs[1]!, ...batch, inputs[3]!];

  /** Sleeps past the next second boundary, so a seconds-resolution timestamp would differ. */
  const nextSecond = (): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1010 - (Date.now() % 1000));
  const today = (tz: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

  it.each(['json', 'ndjson', 'csv'])('%s: byte-identical across two runs (different time and time zone), no timestamp, documents in input order', (format) => {
    const first = run(['--format', format, ...inputs], { env: { TZ: 'UTC' } });
    nextSecond();
    const second = run(['--format', format, ...inputs], { env: { TZ: 'Pacific/Kiritimati' } });
    for (const r of [first, second]) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(Buffer.from(second.stdout).equals(Buffer.from(first.stdout))).toBe(true);
    const out = first.stdout;
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/);
    expect(out).not.toMatch(/\b1[5-9]\d{8}(\d{3})?\b/); // Unix time in seconds or milliseconds
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) expect(out).not.toContain(today(tz));
    let order: string[];
    if (format === 'json') order = sources(out);
    else if (format === 'ndjson') order = ndjsonDocs(out).map((x) => x.source);
    else order = [...new Set(csvRecords(out).records.map((rec) => rec.source!))];
    expect(order).toEqual(expectedOrder);
  });
});
