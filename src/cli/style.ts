// Colour for text output, decided once in the main thread as a level (0 = none) that --jobs
// workers are given too; chalk loads only when the level is above 0.
import { plain, type Styler } from '../render/style.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/** Colour only for a terminal, unless told: NO_COLOR and TERM=dumb turn it off, --color or FORCE_COLOR on. */
export function wantsColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** The level for this terminal when colour is on: what chalk detects, at least 16 colours. */
export async function colorLevel(flag: boolean | undefined): Promise<ColorLevel> {
  if (!wantsColor(flag, process.env, Boolean(process.stdout.isTTY))) return 0;
  const { supportsColor } = await import('chalk');
  return (supportsColor ? Math.max(1, supportsColor.level) : 1) as ColorLevel;
}

export async function stylerFor(level: ColorLevel): Promise<Styler> {
  if (level === 0) return plain;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  return { up: c.green, down: c.red, flat: c.yellow, dim: c.dim, bold: c.bold, accent: c.yellow };
}
