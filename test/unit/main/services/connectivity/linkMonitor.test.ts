import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityApiServer, type IdentityApiServer } from '../../../../../identity-api/server';
import { createLinkMonitor, type LinkObservation } from '../../../../../main/services/connectivity/linkMonitor';
import { observeIdentityCalls } from '../../../../../main/services/connectivity/observedClient';
import { createIdentityClient } from '../../../../../main/services/identity';
import { identityKiosk } from '../../../../support/outbox/campaignItems';

let dir: string;
let api: IdentityApiServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'link-monitor-'));
  api = await createIdentityApiServer({
    dbPath: join(dir, 'identity.sqlite'),
    kiosks: { [identityKiosk.kioskId]: identityKiosk.secret },
    passwordCost: 1024,
    dev: true,
  });
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

function watched(slowAfterMs = 2000) {
  const link = createLinkMonitor({ slowAfterMs });
  const flips: LinkObservation[] = [];
  link.onChange((latest) => flips.push(latest));
  const client = observeIdentityCalls(createIdentityClient({ baseUrl: api.url, ...identityKiosk, timeoutMs: 5000 }), link);
  return { link, flips, client };
}

describe('the identity link as the calls find it (reference API over HTTP)', () => {
  it('turns at the first 503 and back at the first answer, each flip heard once', async () => {
    const { link, flips, client } = watched();
    await client.getServerKey();
    expect(link.latest()?.ok).toBe(true);
    api.faults.set({ errorRate: 1 });
    await expect(client.getServerKey()).rejects.toMatchObject({ kind: 'retryable' });
    await expect(client.getServerKey()).rejects.toMatchObject({ kind: 'retryable' });
    expect(link.latest()).toMatchObject({ ok: false });
    api.faults.reset();
    await client.getServerKey();
    expect(flips.map((f) => f.ok)).toEqual([true, false, true]);
  });

  it('a refusal is an answer: the link serves', async () => {
    const { link, client } = watched();
    await expect(client.verifySmsChallenge('none', '123456')).rejects.toMatchObject({ kind: 'rejected' });
    expect(link.latest()?.ok).toBe(true);
  });

  it('a call still unanswered after the slow mark turns the link at that moment, and a slow answer keeps it turned', async () => {
    const { link, flips, client } = watched(300);
    api.faults.set({ delayMs: 900 });
    const call = client.getServerKey();
    await new Promise((r) => setTimeout(r, 500));
    expect(link.latest()).toMatchObject({ ok: false, detail: 'no answer within 300 ms' });
    await call;
    expect(link.latest()?.ok).toBe(false);
    api.faults.reset();
    await client.getServerKey();
    expect(flips.map((f) => f.ok)).toEqual([false, true]);
  });
});
