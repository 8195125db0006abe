import { afterEach, describe, expect, it } from 'vitest';
import { defaultHallConfig } from '../../../../common/config/defaultHallConfig';
import type { HallConfig } from '../../../../common/config/hallConfig';
import { EventHub } from '../../../../main/bridge/eventHub';
import { silentLogger } from '../../../../main/services/log/logger';
import { startCardReader, type CardReaderService } from '../../../../main/wiring/cardReader';

const configWith = (reader: Partial<HallConfig['devices']['reader']>, mode: HallConfig['mode'] = 'demo'): HallConfig => ({
  ...defaultHallConfig,
  mode,
  devices: { ...defaultHallConfig.devices, reader: { ...defaultHallConfig.devices.reader, pollIntervalMs: 100, ...reader } },
});

describe('card reader wiring', () => {
  let service: CardReaderService | undefined;
  afterEach(async () => {
    await service?.stop();
    service = undefined;
  });

  it('reads a demo card on the simulator and reports fields only, once, then its removal', async () => {
    const events = new EventHub(silentLogger);
    const seen: Array<{ name: string; payload: unknown }> = [];
    events.attach((name, payload) => seen.push({ name, payload }));
    service = startCardReader({ config: configWith({ transport: 'simulator' }), events, log: silentLogger });
    await expect.poll(() => service?.status().state, { timeout: 5000 }).toBe('ready');
    expect(service.status().simulated).toBe(true);

    await service.presentSample('li-xiuying');
    await expect.poll(() => seen.filter((e) => e.name === 'reader.card').length, { timeout: 5000 }).toBe(1);
    const read = seen.find((e) => e.name === 'reader.card')?.payload as { readId: string; card: Record<string, unknown> };
    expect(read.card).toMatchObject({ kind: 'resident', name: '李秀英', idNumber: '220102196002152427', validLongTerm: true, validUntil: null });
    expect(JSON.stringify(read)).not.toMatch(/photo/i);
    expect(service.photo(read.readId)?.length).toBe(1024);

    service.removeSample();
    await expect.poll(() => seen.some((e) => e.name === 'reader.cardRemoved'), { timeout: 5000 }).toBe(true);
    expect(seen.filter((e) => e.name === 'reader.card')).toHaveLength(1);
    service.forget();
    expect(service.photo(read.readId)).toBeNull();
  });

  it('swaps one sample card for another: both are read', async () => {
    const events = new EventHub(silentLogger);
    const names: string[] = [];
    events.attach((name, payload) => {
      if (name === 'reader.card') names.push((payload as { card: { name?: string } }).card.name ?? '');
    });
    service = startCardReader({ config: configWith({ transport: 'simulator' }), events, log: silentLogger });
    await expect.poll(() => service?.status().state, { timeout: 5000 }).toBe('ready');
    await service.presentSample('chen-jing');
    await expect.poll(() => names, { timeout: 5000 }).toEqual(['陈静']);
    await service.presentSample('zhou-min');
    await expect.poll(() => names, { timeout: 8000 }).toEqual(['陈静', '周敏']);
  });

  it('refuses sample cards when the reader is not the simulator', async () => {
    service = startCardReader({ config: configWith({ transport: 'none' }, 'production'), events: new EventHub(silentLogger), log: silentLogger });
    await expect(service.presentSample('liu-yang')).rejects.toMatchObject({ code: 'reader.notSimulated' });
  });
});
