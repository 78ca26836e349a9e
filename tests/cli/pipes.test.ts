// marketdigest in pipes: stdin ("-" and piped with no file), HTML on stdin and in directories,
// --ext, a reader that goes away early (EPIPE), colour decisions from the environment, and
// ndjson written as each input is digested.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestSchema } from '../../src/digest/schema.js';
import { ANSI, ARTICLES, bash, binCommand, childEnv, removeTempDirs, tempDir, writeArticle } from './e2e.js';
import { BIN, ROOT, run } from './run.js';

const dir = tempDir('pipes');
afterAll(removeTempDirs);
const frankfurt = writeArticle(dir, 'frankfurt.txt', ARTICLES.frankfurt);

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><title>Markets | Example News</title>
<style>.ticker::after { content: "Hang Seng fell 2%"; }</style>
<script>window.headline = "The DAX fell 9% to 1,000 in a crash.";</script>
</head>
<body>
<header><p>Breaking: the S&amp;P 500 fell 5% to 4,000.</p></header>
<nav><a href="/">Home</a> | The Nasdaq Composite fell 4%</nav>
<article>
<h1>London Close</h1>
<p>The FTSE 100 rose 0.8% to 8,300.25 on Friday, led by banks &amp; miners.</p>
<script>document.write("The CAC 40 fell 3% to 7,000.");</script>
</article>
<footer>The Dow Jones fell 6%. &copy; Example News</footer>
</body>
</html>
`;

type Doc = { source: string; headline: string | null; indices: { name: string; level: number | null; changePercent: number | null }[] };
const docsOf = (stdout: string): Doc[] => DigestSchema.parse(JSON.parse(stdout)).documents;
const moves = (d: Doc): [string, number | null, number | null][] => d.indices.map((i) => [i.name, i.level, i.changePercent]);

describe('stdin', () => {
  it('reads stdin given as -', () => {
    const r = run(['--format', 'json', '-'], { input: ARTICLES.london });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [doc, ...rest] = docsOf(r.stdout);
    expect(rest).toHaveLength(0);
    expect(doc!.source).toBe('-');
    expect(doc!.headline).toBe('London Close');
    expect(moves(doc!)).toEqual([['FTSE 100', 8120.5, -0.3]]);
  });

  it('names stdin "-" in the text digest', () => {
    const r = run(['-'], { input: ARTICLES.london });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('London Close  -  tone negative');
    expect(r.stdout.split('\n')[1]).toMatch(/^ ▼ FTSE 100\s+United Kingdom\s+8,120\.5\s+-0\.3%$/);
  });

  it('reads piped stdin when no file is given', () => {
    const r = run(['--format', 'ndjson'], { input: ARTICLES.frankfurt });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const doc = JSON.parse(lines[0]!);
    expect(doc.source).toBe('-');
    expect(doc.indices.map((i: { name: string }) => i.name)).toEqual(['DAX', 'CAC 40']);
  });

  it('keeps - in its place among the files', () => {
    const london = writeArticle(dir, 'london.txt', ARTICLES.london);
    const r = run(['--format', 'json', frankfurt, '-', london], { input: ARTICLES.asia });
    expect(r.code).toBe(0);
    expect(docsOf(r.stdout).map((d) => [d.source, d.headline])).toEqual([
      [frankfurt, 'Frankfurt Close'],
      ['-', 'Asia Midday'],
      [london, 'London Close'],
    ]);
  });

  it('reads stdin that starts with <!DOCTYPE html> as the article text: scripts, styles, navigation, header and footer dropped', () => {
    for (const args of [['--format', 'json', '-'], ['--format', 'json']]) {
      const r = run(args, { input: PAGE });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const [doc] = docsOf(r.stdout);
      expect(doc!.source).toBe('-');
      expect(doc!.headline).toBe('London Close');
      expect(moves(doc!)).toEqual([['FTSE 100', 8300.25, 0.8]]);
      expect(r.stdout).not.toMatch(/DAX|CAC 40|Nasdaq|Dow Jones|S&P 500|Hang Seng|<script|<p>/);
      expect(r.stdout).not.toContain('&amp;');
    }
  });

  it('reads the same bytes in a .txt file as plain text (HTML detection is for stdin and .html)', () => {
    const txt = writeArticle(dir, 'page-as-text.txt', PAGE);
    const r = run(['--format', 'json', txt]);
    expect(r.code).toBe(0);
    const [doc] = docsOf(r.stdout);
    expect(doc!.headline).toBe('<!DOCTYPE html>');
    expect(doc!.indices.map((i) => i.name)).toContain('DAX');
  });
});

describe('directories', () => {
  const tree = tempDir('pipes-tree');
  const a = writeArticle(tree, 'a-frankfurt.txt', ARTICLES.frankfurt);
  const b = writeArticle(tree, 'b-asia.md', ARTICLES.asia);
  const c = writeArticle(tree, 'c-page.html', PAGE);
  const d = writeArticle(tree, 'sub/d-page.htm', PAGE.replace('8,300.25', '8,311.75'));
  writeArticle(tree, 'e-notes.json', '{"text": "The DAX rose 5%."}');
  writeArticle(tree, 'f-london.TXT', ARTICLES.london);

  it('reads a .html (and .htm) file found in a directory as its article text', () => {
    const r = run(['--format', 'json', tree]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const docs = docsOf(r.stdout);
    expect(docs.map((x) => x.source)).toEqual([a, b, c, join(tree, 'f-london.TXT'), d]);
    const page = docs.find((x) => x.source === c)!;
    expect(page.headline).toBe('London Close');
    expect(moves(page)).toEqual([['FTSE 100', 8300.25, 0.8]]);
    expect(moves(docs.find((x) => x.source === d)!)).toEqual([['FTSE 100', 8311.75, 0.8]]);
  });

  it('--ext txt limits directory walking to .txt files', () => {
    const r = run(['--format', 'json', '--ext', 'txt', tree]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(docsOf(r.stdout).map((x) => x.source)).toEqual([a, join(tree, 'f-london.TXT')]);
  });

  it('--ext takes several extensions, with or without the dot', () => {
    const r = run(['--format', 'json', '--ext', '.md,htm', '--ext', 'json', tree]);
    expect(r.code).toBe(0);
    expect(docsOf(r.stdout).map((x) => x.source)).toEqual([b, join(tree, 'e-notes.json'), d]);
  });

  it('--ext does not filter files named on the command line', () => {
    const r = run(['--format', 'json', '--ext', 'md', a]);
    expect(r.code).toBe(0);
    expect(docsOf(r.stdout).map((x) => x.source)).toEqual([a]);
  });
});

describe('a reader that goes away (EPIPE)', () => {
  const many = tempDir('pipes-many');
  beforeAll(() => {
    for (let k = 0; k < 300; k++) writeArticle(many, `copy-${String(k).padStart(3, '0')}.txt`, ARTICLES.frankfurt);
  });

  // Prints the pipeline's output, then a line with the exit status of marketdigest and of head.
  const pipeline = (args: string[], reader: string): string => `${binCommand(args)} | ${reader}; s=("\${PIPESTATUS[@]}"); printf '\\n[status %s %s]\\n' "\${s[0]}" "\${s[1]}"`;

  it('ndjson into head -c 1: no stack trace, no EPIPE message, exit 0', () => {
    // 300 documents are far more than a pipe buffer, so the writes after head exits fail.
    const r = bash(`set -o pipefail; ${pipeline(['--format', 'ndjson', many], 'head -c 1')}`);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('{\n[status 0 0]\n');
    expect(r.code).toBe(0);
  });

  it('an NDJSON stream whose output fails, its writer still open: marketdigest exits at once, not when the writer closes', () => {
    const stream = join(dir, 'stream.ndjson');
    writeArticle(dir, 'stream.ndjson', `${Array.from({ length: 300 }, (_, k) => JSON.stringify({ id: `n${k}`, text: ARTICLES.frankfurt })).join('\n')}\n`);
    const took = join(dir, 'took-ms');
    // Files past 20 KB fail to grow (EFBIG) and the output is far larger. The writer holds the
    // pipe open 10 s after its last line; the whole pipeline waits for it.
    const r = bash(
      `trap '' XFSZ; ulimit -f 20; t0=$(date +%s%N); { cat ${stream}; sleep 10; } | { ${binCommand(['--input-format', 'ndjson', '--format', 'ndjson', '-o', join(dir, 'out.ndjson'), '-'])}; echo "$? $(( ($(date +%s%N) - t0) / 1000000 ))" > ${took}; }; cat ${took}`,
    );
    expect(r.stderr).toMatch(/^marketdigest: .*out\.ndjson: cannot write output: /);
    const [status, ms] = r.stdout.trim().split(' ').map(Number);
    expect(status).toBe(1);
    expect(ms).toBeLessThan(6000);
  });

  it('text into head -n 1: only the first line, exit 0, nothing on stderr', () => {
    const r = bash(pipeline([many], 'head -n 1'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Frankfurt Close  ${join(many, 'copy-000.txt')}  tone neutral\n\n[status 0 0]\n`);
  });

  it('json into head -c 1 (one large write at the end): exit 0, nothing on stderr', () => {
    const r = bash(pipeline(['--format', 'json', many], 'head -c 1'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('{\n[status 0 0]\n');
  });

  it('prints no progress bar when stderr is not a terminal, even for many files', () => {
    const r = run(['--format', 'ndjson', many]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toHaveLength(301);
  });
});

describe('colour in pipes', () => {
  it('is off when piped', () => {
    const r = run([frankfurt]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ ▲ DAX/m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('is off with NO_COLOR=1 and no --color', () => {
    const r = run([frankfurt], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ ▲ DAX/m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('is on with FORCE_COLOR=1', () => {
    const r = run([frankfurt], { env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANSI);
    // Gains in green, losses in red.
    expect(r.stdout).toContain('\x1b[32m▲\x1b[39m');
    expect(r.stdout).toContain('\x1b[31m▼\x1b[39m');
  });

  it('--no-color beats FORCE_COLOR', () => {
    const r = run(['--no-color', frankfurt], { env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ ▲ DAX/m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('--color beats NO_COLOR', () => {
    const r = run(['--color', frankfurt], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANSI);
  });

  it('FORCE_COLOR=0 leaves it off', () => {
    const r = run([frankfurt], { env: { FORCE_COLOR: '0' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('never colours json, ndjson, csv or markdown, even with FORCE_COLOR or --color', () => {
    for (const format of ['json', 'ndjson', 'csv', 'markdown']) {
      const r = run(['--format', format, '--color', frankfurt], { env: { FORCE_COLOR: '3' } });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('DAX');
      expect(r.stdout).not.toMatch(ANSI);
    }
  });
});

describe('ndjson streaming', () => {
  it('writes a line as soon as its input is digested, before later input (stdin) has arrived', async () => {
    const child = spawn(process.execPath, [BIN, '--format', 'ndjson', frankfurt, '-'], { cwd: ROOT, env: childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const firstLine = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line within 8 s; stdout so far: ${JSON.stringify(stdout)}`)), 8000);
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        stdout += s;
        if (stdout.includes('\n')) {
          clearTimeout(timer);
          resolve(stdout.slice(0, stdout.indexOf('\n')));
        }
      });
    });
    // stdin is still open: the first document was written without waiting for it.
    expect(JSON.parse(firstLine).source).toBe(frankfurt);
    child.stdin.end(ARTICLES.london);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([frankfurt, '-']);
    expect(lines[1].headline).toBe('London Close');
  });
});
