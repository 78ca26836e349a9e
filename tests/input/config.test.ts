import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/input/config.js';

function dirWith(content: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'md-config-'));
  if (content !== null) writeFileSync(join(dir, '.marketdigestrc.json'), content);
  return dir;
}

describe('loadConfig', () => {
  it('finds no config and needs none', async () => {
    const dir = dirWith(null);
    expect(await loadConfig(undefined, dir, { XDG_CONFIG_HOME: dir })).toEqual({ ok: true, path: null, lexicon: undefined });
  });

  it('reads .marketdigestrc.json from the working directory', async () => {
    const dir = dirWith('{"aliases": {"Nikkei 225": ["N225 index"]}}');
    const r = await loadConfig(undefined, dir, {});
    expect(r).toMatchObject({ ok: true, path: join(dir, '.marketdigestrc.json'), lexicon: { aliases: { 'Nikkei 225': ['N225 index'] } } });
  });

  it('falls back to the user config directory', async () => {
    const cwd = dirWith(null);
    const home = mkdtempSync(join(tmpdir(), 'md-xdg-'));
    mkdirSync(join(home, 'marketdigest'));
    writeFileSync(join(home, 'marketdigest', '.marketdigestrc.json'), '{"companies": [{"name": "Acme Corp."}]}');
    expect(await loadConfig(undefined, cwd, { XDG_CONFIG_HOME: home })).toMatchObject({ ok: true, lexicon: { companies: [{ name: 'Acme Corp.' }] } });
  });

  const bad: [string, string][] = [
    ['{"indices": [{"name": "X", "region": "Y", "currency": "usd"}]}', 'indices[0].currency: a 3-letter ISO 4217 code'],
    ['{"bogus": 1}', 'bogus: unknown key'],
    ['{"indices": [{"name": "X", "region": "Y", "currency": "USD", "colour": "red"}]}', 'indices[0].colour: unknown key'],
    ['{"companies": [{"ticker": "ACME"}]}', 'companies[0].name: '],
    ['{not json', 'not valid JSON'],
  ];
  it.each(bad)('names the key and the problem: %s', async (content, reason) => {
    const r = await loadConfig(undefined, dirWith(content), {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('reports a missing --config file', async () => {
    const r = await loadConfig('/nonexistent/rc.json', dirWith(null), {});
    expect(r).toEqual({ ok: false, path: '/nonexistent/rc.json', reason: 'no such file' });
  });
});
