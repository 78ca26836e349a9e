import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DigestSchema } from '../../src/digest/schema.js';
import { ROOT, SEEDS, run } from './run.js';

const seedFiles = ['000_f6bf98563334af6b.txt', '003_eb6d205bf4eb0fda.txt'].map((f) => SEEDS + f);
const haveSeeds = existsSync(seedFiles[0]!);
const tmp = mkdtempSync(join(tmpdir(), 'marketdigest-cli-'));
const article = join(tmp, 'story.txt');
writeFileSync(article, 'Tokyo Close\nThe Nikkei share average rose 1.2% to 38,450.10 on Tuesday.\n');

describe('marketdigest CLI', () => {
  it.skipIf(!haveSeeds)('prints one JSON document for both seeds that passes its own schema', () => {
    const r = run(['--format', 'json', ...seedFiles]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const digest = DigestSchema.parse(JSON.parse(r.stdout));
    expect(digest.documents.map((d) => d.source)).toEqual(seedFiles);
    expect(digest.documents[1]!.indices.find((i) => i.name === 'Nikkei 225')?.level).toBe(53549.16);
  });

  it('prints a text digest with the index move first', () => {
    const r = run([article]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('Tokyo Close');
    expect(lines[1]).toMatch(/^ ▲ Nikkei 225\s+Japan\s+38,450\.1\s+\+1\.2%/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('colours text only when asked or on a terminal', () => {
    expect(run(['--color', article]).stdout).toMatch(/\x1b\[/);
    expect(run([article], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(run(['--no-color', article], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });

  it('reads stdin as -', () => {
    const r = run(['--format', 'json', '-'], { input: 'The FTSE 100 fell 0.4 per cent to 8,120.5.' });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.source).toBe('-');
    expect(doc.indices[0]).toMatchObject({ name: 'FTSE 100', changePercent: -0.4, level: 8120.5, direction: 'down' });
  });

  it('reads piped stdin when no file is given', () => {
    const r = run(['--format', 'ndjson'], { input: 'The DAX rose 1%.' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.trim()).indices[0].name).toBe('DAX');
  });

  it('reports a missing file on one line, digests the others, exits 1', () => {
    const missing = join(tmp, 'missing.txt');
    const r = run(['--format', 'json', missing, article]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`marketdigest: ${missing}: no such file or directory\n`);
    expect(JSON.parse(r.stdout).documents.map((d: { source: string }) => d.source)).toEqual([article]);
  });

  it('skips a binary file with a one-line error', () => {
    const bin = join(tmp, 'image.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const r = run(['--format', 'json', bin, article]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`marketdigest: ${bin}: binary file (not text), skipped\n`);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', () => {
    const locked = join(tmp, 'locked.txt');
    writeFileSync(locked, 'x');
    chmodSync(locked, 0o000);
    const r = run([locked]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`marketdigest: ${locked}: permission denied\n`);
  });

  it('digests an empty file as an empty digest', () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const r = run(['--format', 'json', empty]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0]).toMatchObject({ headline: null, indices: [] });
  });

  it('walks a directory in name order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marketdigest-dir-'));
    writeFileSync(join(dir, 'b.txt'), 'The DAX rose 1%.');
    writeFileSync(join(dir, 'a.txt'), 'The CAC 40 fell 1%.');
    writeFileSync(join(dir, 'skip.json'), '{}');
    const r = run(['--format', 'json', dir]);
    expect(JSON.parse(r.stdout).documents.map((d: { source: string }) => d.source)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
  });

  it('exits 2 with a one-line message on a bad option', () => {
    const r = run(['--format', 'yaml', article]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/yaml/);
  });

  it('prints the version and help on stdout', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(run(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/--format/);
  });

  it('prints the contract as JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.schemaVersion).toBeDefined();
    expect(schema.properties.documents.items.properties.indices).toBeDefined();
  });

  it('keeps terminal control sequences from the input out of text output', () => {
    const evil = join(tmp, 'evil.txt');
    writeFileSync(evil, 'Evil \x1b]8;;http://evil\x07link\x1b[2J headline\nThe DAX rose 1%.');
    const r = run([evil]);
    expect(r.stdout).not.toMatch(/\x1b/);
    expect(r.stdout).not.toMatch(/\x07/);
  });
});
