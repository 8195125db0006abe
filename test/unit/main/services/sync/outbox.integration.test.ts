import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyFileProvider } from '../../../../../main/services/crypto/keyFileProvider';
import { silentLogger } from '../../../../../main/services/log/logger';
import { createOutboxServices, type OutboxServices } from '../../../../../main/services/sync/outboxServices';
import type { SyncEventMap } from '../../../../../main/services/sync/syncEvents';
import { ChaosServer } from '../../../../support/outbox/chaosServer';
import { HttpOutboxSender } from '../../../../support/outbox/httpOutboxSender';
import { tempDir } from '../../../../support/outbox/testOutbox';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function outboxAt(dataDir: string, baseUrl: string): Promise<OutboxServices> {
  const outbox = await createOutboxServices({
    dataDir,
    keyProvider: new KeyFileProvider(join(dataDir, 'data.key'), silentLogger),
    sender: new HttpOutboxSender(baseUrl, 1000),
    logger: silentLogger,
    config: {
      backoff: { baseMs: 20, capMs: 200 },
      breaker: { failureThreshold: 3, openMs: 100 },
      retention: { deadMaxAgeMs: 60_000, deadMaxCount: 10, auditMaxAgeMs: 60_000, quarantineMaxAgeMs: 60_000 },
      chunkSize: 1024,
      maxIdleMs: 200,
    },
  });
  cleanups.push(() => outbox.close());
  return outbox;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

describe('outbox against a real HTTP server', () => {
  it('keeps no plain-text personal data anywhere under the data directory', async () => {
    const dir = tempDir();
    cleanups.push(() => dir.remove());
    const marker = `MARKER-${randomUUID()}`;
    const chinese = `标记${randomUUID().slice(0, 8)}`;
    const outbox = await outboxAt(dir.path, 'http://127.0.0.1:9');
    for (let i = 0; i < 20; i++) {
      outbox.repository.enqueue({
        kind: 'appeal',
        payload: { name: `${chinese}${i}`, remark: `${marker}-${i}`, phone: '13800000000' },
        attachments: [{ name: 'licence', contentType: 'text/plain', data: Buffer.from(`${marker} document ${i} ${randomBytes(64).toString('hex')}`) }],
      });
    }
    const needles = [marker, chinese].map((s) => Buffer.from(s, 'utf8'));
    const grep = (): string[] => filesUnder(dir.path).filter((f) => statSync(f).isFile() && needles.some((n) => readFileSync(f).includes(n)));
    // While open (the WAL holds the new pages) and after a clean close.
    expect(filesUnder(dir.path).some((f) => f.endsWith('-wal'))).toBe(true);
    expect(grep()).toEqual([]);
    await outbox.close();
    expect(grep()).toEqual([]);
  });

  it('drains items queued while the server was down once it comes back, with backoff in the events', async () => {
    const dir = tempDir();
    cleanups.push(() => dir.remove());
    const server = new ChaosServer(join(dir.path, 'server.db'));
    await server.start();
    const baseUrl = server.baseUrl;
    await server.stop();

    const outbox = await outboxAt(join(dir.path, 'kiosk'), baseUrl);
    const retries: Array<SyncEventMap['sync.retry']> = [];
    const connectivity: boolean[] = [];
    const sent: string[] = [];
    outbox.events.on('sync.retry', (e) => retries.push(e));
    outbox.events.on('sync.connectivity', (e) => connectivity.push(e.online));
    outbox.events.on('sync.sent', (e) => sent.push(e.itemId));
    const ids = Array.from({ length: 5 }, (_, i) =>
      outbox.repository.enqueue({
        kind: 'faceEnrolment',
        payload: { logical: `f${i}` },
        attachments: [{ name: 'face', contentType: 'image/jpeg', data: randomBytes(3000) }],
      }),
    );
    outbox.scheduler.start();
    await until(() => retries.length >= 4);
    expect(connectivity).toEqual([false]);
    expect(retries.every((r) => r.nextAttemptAt >= Date.now() - 60_000 && r.delayMs >= 0)).toBe(true);

    await server.start();
    cleanups.push(() => server.stop());
    await until(() => outbox.repository.counts().pending === 0);
    expect(new Set(sent)).toEqual(new Set(ids));
    expect(connectivity).toEqual([false, true]);
    const report = server.report();
    expect(report.records).toBe(5);
    expect(report.orphanUploads).toBe(0);
  });
});

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
