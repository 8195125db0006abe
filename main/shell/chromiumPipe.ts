import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** Chromium's DevTools protocol over `--remote-debugging-pipe`: commands on fd 3, answers on fd 4, each JSON ending in NUL. */
export interface DevToolsPipe {
  send(method: string, params: Record<string, unknown>, timeoutMs?: number): Promise<unknown>;
}

/**
 * The pipe to a Chromium started with `--remote-debugging-pipe` and stdio slots 3 and 4 as pipes.
 * Only this process holds those descriptors: unlike a debugging port, no other local user or
 * program can reach it.
 */
export function devToolsPipe(child: ChildProcess): DevToolsPipe {
  const commands = child.stdio[3] as Writable | null | undefined;
  const answers = child.stdio[4] as Readable | null | undefined;
  if (!commands || !answers) throw new Error('Chromium was not started with the DevTools pipe');
  commands.on('error', () => undefined);
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let buffered = '';
  answers.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as { id?: number; result?: unknown; error?: { message?: string } };
      buffered = buffered.slice(end + 1);
      const entry = message.id === undefined ? undefined : waiting.get(message.id);
      if (!entry || message.id === undefined) continue;
      waiting.delete(message.id);
      if (message.error) entry.reject(new Error(message.error.message ?? 'DevTools command failed'));
      else entry.resolve(message.result);
    }
  });
  let nextId = 1;
  return {
    send(method, params, timeoutMs = 10_000) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`${method}: no answer from Chromium in ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        commands.write(`${JSON.stringify({ id, method, params })}\0`);
      });
    },
  };
}
