// The user's additions to the lexicons: --config FILE, or .marketdigestrc.json in the working
// directory, or in the user's config directory (~/.config/marketdigest/). Validated with zod
// (config-schema.ts, loaded only when there is a config to check); a bad config is named by
// key and problem in one line.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { UserLexicon } from '../lexicon/types.js';

export const RC_NAME = '.marketdigestrc.json';

export type ConfigResult = { ok: true; path: string | null; lexicon: UserLexicon | undefined } | { ok: false; path: string; reason: string };

/** Where a config is looked for when --config is not given, in order. */
export function configCandidates(cwd: string, env: NodeJS.ProcessEnv): string[] {
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return [join(cwd, RC_NAME), join(base, 'marketdigest', RC_NAME)];
}

export async function loadConfig(explicit: string | undefined, cwd: string, env: NodeJS.ProcessEnv): Promise<ConfigResult> {
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
  const { UserLexiconSchema } = await import('./config-schema.js');
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
