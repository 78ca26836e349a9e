// Where output goes: stdout, or with -o a file written atomically: everything goes to a
// temporary file beside the target, which is renamed over it only when complete, so a crash,
// a kill or a full disk never leaves a half-written report and an earlier one stays intact.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Output {
  write(s: string): void;
  /** Makes the output final (renames the temporary file into place). */
  commit(): void;
  /** Drops a partial output (removes the temporary file). */
  abort(): void;
}

export function stdoutOutput(): Output {
  return { write: (s) => void process.stdout.write(s), commit: () => undefined, abort: () => undefined };
}

export function atomicFileOutput(target: string): Output {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = openSync(temp, 'wx', 0o644);
  let done = false;
  const cleanup = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
    if (!done) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
    done = true;
  };
  activeTemps.add(cleanup);
  return {
    write(s) {
      if (fd === null) return;
      const buf = Buffer.from(s, 'utf8');
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    },
    commit() {
      if (fd === null) return;
      fsyncSync(fd);
      closeSync(fd);
      fd = null;
      renameSync(temp, target);
      done = true;
      activeTemps.delete(cleanup);
    },
    abort() {
      cleanup();
      activeTemps.delete(cleanup);
    },
  };
}

const activeTemps = new Set<() => void>();

/** Removes every temporary file still open: for signal handlers and fatal errors. */
export function abortAllOutputs(): void {
  for (const cleanup of activeTemps) cleanup();
  activeTemps.clear();
}
