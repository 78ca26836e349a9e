import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ReadAhead } from '../../src/input/read-ahead.js';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function drain(ahead: ReadAhead): Promise<string> {
  let out = '';
  for await (const chunk of ahead) out += chunk.toString('utf8');
  return out;
}

describe('ReadAhead', () => {
  it('gives every chunk in order, and the whole size once the stream has ended', async () => {
    const stream = new PassThrough();
    const ahead = new ReadAhead(stream, 1000);
    stream.write('{"a":1}\n');
    stream.end('{"b":2}\n');
    await turn();
    expect(ahead.ended).toBe(true);
    expect(ahead.bytes).toBe(16);
    expect(await drain(ahead)).toBe('{"a":1}\n{"b":2}\n');
  });

  it('reads ahead of the consumer only up to its bound, and on as the consumer takes chunks', async () => {
    const stream = new PassThrough();
    const ahead = new ReadAhead(stream, 10);
    for (const piece of ['aaaaaa', 'bbbbbb', 'cccccc']) stream.write(piece);
    stream.end();
    await turn();
    // Paused once 12 bytes wait: the third piece stays in the stream.
    expect(ahead.bytes).toBe(12);
    expect(ahead.ended).toBe(false);
    expect(await drain(ahead)).toBe('aaaaaabbbbbbcccccc');
    expect(ahead.ended).toBe(true);
    expect(ahead.bytes).toBe(18);
  });

  it('reads only one pipe read (64 KB) ahead once told to stop reading ahead', async () => {
    const stream = new PassThrough();
    const ahead = new ReadAhead(stream, 10_000_000);
    ahead.stopReadingAhead();
    for (const piece of ['x', 'y', 'z']) stream.write(piece.repeat(40_000));
    stream.end();
    await turn();
    expect(ahead.bytes).toBe(80_000);
    expect(await drain(ahead)).toBe('x'.repeat(40_000) + 'y'.repeat(40_000) + 'z'.repeat(40_000));
  });

  it('waits for a slow stream, giving each chunk as it comes', async () => {
    const stream = new PassThrough();
    const ahead = new ReadAhead(stream, 1000);
    const seen: string[] = [];
    const reading = (async () => {
      for await (const chunk of ahead) seen.push(chunk.toString('utf8'));
    })();
    stream.write('first\n');
    await turn();
    expect(seen).toEqual(['first\n']);
    stream.end('second\n');
    await reading;
    expect(seen).toEqual(['first\n', 'second\n']);
  });

  it('readTo waits until the stream ends, gives that many bytes, or the time is up', async () => {
    const ending = new PassThrough();
    const a = new ReadAhead(ending, 1000);
    const ended = a.readTo(1000, 10_000);
    ending.end('short\n');
    await ended;
    expect(a.ended).toBe(true);

    const long = new PassThrough();
    const b = new ReadAhead(long, 1000);
    const filled = b.readTo(8, 10_000);
    long.write('12345');
    long.write('67890');
    await filled;
    expect(b.bytes).toBe(10);
    expect(b.ended).toBe(false);

    const silent = new ReadAhead(new PassThrough(), 1000);
    const t0 = Date.now();
    await silent.readTo(1, 30);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    expect(silent.bytes).toBe(0);
  });

  it('stops reading a stream its consumer leaves early, as a loop over the stream itself would', async () => {
    const stream = new PassThrough();
    const ahead = new ReadAhead(stream, 1000);
    stream.write('one\n');
    stream.write('two\n');
    for await (const chunk of ahead) {
      expect(chunk.toString('utf8')).toBe('one\n');
      break;
    }
    expect(stream.destroyed).toBe(true);
    const unread = new PassThrough();
    new ReadAhead(unread, 1000).close();
    expect(unread.destroyed).toBe(true);
  });

  it('gives the chunks read before an error, then throws it', async () => {
    const stream = new PassThrough();
    const ahead = new ReadAhead(stream, 1000);
    stream.write('kept\n');
    await turn();
    stream.destroy(new Error('EIO: i/o error, read'));
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of ahead) seen.push(chunk.toString('utf8'));
      })(),
    ).rejects.toThrow('EIO');
    expect(seen).toEqual(['kept\n']);
    expect(ahead.failed).toBe(true);
    expect(ahead.ended).toBe(false);
  });
});
