// Reading inputs: files, directories (walked recursively, sorted), and stdin as "-". Failures
// are values, one per input, so one bad file never stops the others.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decode } from '../text/decode.js';

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

export type Input =
  | { source: string; ok: true; text: string; warnings: string[] }
  | { source: string; ok: false; reason: string };

/** Expands directories into their files; keeps files and "-" as given, in order. */
export async function expandPaths(paths: readonly string[], extensions: readonly string[]): Promise<{ paths: string[]; errors: Input[] }> {
  const out: string[] = [];
  const errors: Input[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      out.push(p); // readInput reports the reason in order
      continue;
    }
    if (info.isDirectory()) {
      try {
        out.push(...(await walk(p, extensions)));
      } catch (err) {
        errors.push({ source: p, ok: false, reason: reasonOf(err) });
      }
    } else out.push(p);
  }
  return { paths: out, errors };
}

async function walk(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, extensions)));
    else if (e.isFile() && extensions.includes(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

export async function readInput(source: string, stdin: () => Promise<Buffer>): Promise<Input> {
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await stdin() : await readFile(source);
  } catch (err) {
    return { source, ok: false, reason: reasonOf(err) };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { source, ok: false, reason: decoded.reason };
  return { source, ok: true, text: decoded.text, warnings: decoded.warnings };
}

export function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
