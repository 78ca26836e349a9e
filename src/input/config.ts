// The user's additions to the lexicons: --config FILE, or .marketdigestrc.json in the working
// directory, or in the user's config directory (~/.config/marketdigest/). Validated with zod;
// a bad config is named by key and problem in one line.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { UserLexicon } from '../lexicon/types.js';

const IndexEntrySchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  region: z.string().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a 3-letter ISO 4217 code'),
  phrases: z.array(z.string().min(1)).optional(),
  caseSensitive: z.array(z.string()).optional(),
});

export const UserLexiconSchema = z.strictObject({
  indices: z.array(IndexEntrySchema).optional(),
  aliases: z.record(z.string(), z.array(z.string().min(1))).optional(),
  companies: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        aliases: z.array(z.string().min(1)).optional(),
        ticker: z.string().min(1).optional(),
        exchange: z.string().min(1).optional(),
      }),
    )
    .optional(),
});

export const RC_NAME = '.marketdigestrc.json';

export type ConfigResult = { ok: true; path: string | null; lexicon: UserLexicon | undefined } | { ok: false; path: string; reason: string };

/** Where a config is looked for when --config is not given, in order. */
export function configCandidates(cwd: string, env: NodeJS.ProcessEnv): string[] {
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return [join(cwd, RC_NAME), join(base, 'marketdigest', RC_NAME)];
}

export function loadConfig(explicit: string | undefined, cwd: string, env: NodeJS.ProcessEnv): ConfigResult {
  const path = explicit ?? configCandidates(cwd, env).find((p) => existsSync(p));
  if (!path) return { ok: true, path: null, lexicon: undefined };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `not valid JSON (${(err as Error).message.split('\n')[0]})`;
    return { ok: false, path, reason };
  }
  const parsed = UserLexiconSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const key = keys.length ? keys.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
    const message = issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message;
    return { ok: false, path, reason: `${key}: ${message}` };
  }
  return { ok: true, path, lexicon: parsed.data as UserLexicon };
}
