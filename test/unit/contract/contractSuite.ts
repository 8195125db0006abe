import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskApi } from '../../../common/contract/kioskApi';
import { KioskError } from '../../../common/errors';
import type { KioskRuntime } from '../../../main/kioskServices';

export interface TransportUnderTest {
  api: KioskApi;
  /** Sends a call exactly as the renderer's transport would, bypassing the typed client. */
  raw(path: string, arg: unknown): Promise<unknown>;
  runtime: KioskRuntime;
  exits: number[];
  close(): Promise<void>;
}

async function rejection(promise: Promise<unknown>): Promise<KioskError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KioskError);
  return error as KioskError;
}

/** The one behaviour both transports must show; each transport's test file runs it. */
export function runContractSuite(name: string, open: () => Promise<TransportUnderTest>): void {
  describe(`KioskApi over ${name}`, () => {
    let t: TransportUnderTest;
    beforeAll(async () => {
      t = await open();
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers system.info with the hall configuration', async () => {
      const info = await t.api.system.info();
      expect(info).toMatchObject({ mode: 'demo', province: 'jilin', kioskId: 'demo-kiosk-01', defaultLocale: 'zh-CN' });
      expect(info.locales).toContain('zh-CN');
    });

    it('answers system.health with each check', async () => {
      const health = await t.api.system.health();
      expect(health.checks.map((c) => c.id)).toContain('dataDir');
      expect(health.status).toBe('ok');
    });

    it('answers sync.status with the outbox counts', async () => {
      expect(await t.api.sync.status()).toEqual({ online: true, paused: false, pending: 0, dead: 0 });
    });

    it('rejects a bad argument with a typed error naming the field', async () => {
      const error = await rejection(t.api.session.end({ reason: 'bored' as never }));
      expect(error.code).toBe('bridge.invalidArgument');
      expect(error.field).toBe('reason');
    });

    it('rejects extra fields and wrong types', async () => {
      expect((await rejection(t.api.session.end({ reason: 'finished', extra: 1 } as never))).code).toBe('bridge.invalidArgument');
      expect((await rejection(t.api.staff.exitKiosk({ pin: 1234 as never }))).field).toBe('pin');
    });

    it('refuses an unknown method', async () => {
      expect(await t.raw('system.shutdown', undefined)).toMatchObject({ ok: false, error: { code: 'bridge.unknownMethod' } });
    });

    it('delivers contract events to subscribers and stops after unsubscribe', async () => {
      const seen: string[] = [];
      const off = t.api.on('session.ended', (payload) => seen.push(payload.reason));
      await t.api.session.end({ reason: 'timeout' });
      await expect.poll(() => seen).toEqual(['timeout']);
      off();
      await t.api.session.end({ reason: 'finished' });
      await new Promise((r) => setTimeout(r, 50));
      expect(seen).toEqual(['timeout']);
    });

    it('refuses a wrong staff PIN with the attempts left, and accepts the right one', async () => {
      const wrong = await rejection(t.api.staff.exitKiosk({ pin: '0000' }));
      expect(wrong.code).toBe('staff.wrongPin');
      expect(wrong.field).toBe('pin');
      expect(t.exits).toHaveLength(0);
      await expect(t.api.staff.exitKiosk({ pin: '246810' })).resolves.toEqual({ accepted: true });
      await expect.poll(() => t.exits.length, { timeout: 2000 }).toBe(1);
    });
  });
}
