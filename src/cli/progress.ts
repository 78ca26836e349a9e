// A progress line on stderr for long runs on a terminal; never when stderr is piped.
export interface Progress {
  tick(done: number, bytes: number): void;
  end(): void;
}

const NONE: Progress = { tick: () => undefined, end: () => undefined };

// Short runs finish before a bar would help: show one past 20 files or 5 MB.
const MIN_FILES = 20;
const MIN_BYTES = 5e6;

export function progressFor(total: number, stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return NONE;
  let last = 0;
  let shown = false;
  const draw = (done: number, bytes: number): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const filled = Math.round((done / Math.max(1, total)) * width);
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files, ${(bytes / 1e6).toFixed(1)} MB`);
    shown = true;
  };
  return {
    tick(done, bytes) {
      const now = Date.now();
      if (total <= MIN_FILES && bytes <= MIN_BYTES) return;
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done, bytes);
    },
    end() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
