// Runs the built binary as a user would, with colour decisions made from a clean environment.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = `${ROOT}bin/marketdigest.js`;
export const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function run(args: string[], opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  // spawnSync kills a child whose output passes maxBuffer (1 MiB by default): give long runs room.
  const r = spawnSync(process.execPath, [BIN, ...args], { input: opts.input ?? '', env: env as NodeJS.ProcessEnv, cwd: opts.cwd ?? ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}
