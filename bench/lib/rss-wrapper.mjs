// Fallback for peak RSS when /usr/bin/time is missing: runs the CLI in this very process and, on
// exit, writes its peak RSS (KB) and CPU time (s) to $BENCH_RSS_FILE.
//   node bench/lib/rss-wrapper.mjs bin/marketdigest.js [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bin, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(bin), ...args];
process.on('exit', () => {
  try {
    // As GNU time -f '%M %U %S' writes it: peak RSS in KB, user and system CPU in seconds.
    const u = process.resourceUsage();
    writeFileSync(process.env.BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`);
  } catch {
    // no figure rather than a failed run
  }
});
await import(pathToFileURL(resolve(bin)).href);
