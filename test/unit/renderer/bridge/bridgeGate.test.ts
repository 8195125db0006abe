import { describe, expect, it, vi } from 'vitest';

const connect = vi.fn(async () => ({ system: { info: async () => ({ kioskId: 'k-1' }) }, on: () => () => undefined }));
vi.mock('../../../../renderer/bridge/connect', () => ({ connect }));

describe('the bridge to main', () => {
  it('does not load its script until the shell lets it; calls made before then wait and are answered after', async () => {
    const { kiosk, startBridge } = await import('../../../../renderer/bridge');
    let answered = false;
    const info = kiosk.system.info().then((value) => {
      answered = true;
      return value;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(connect).not.toHaveBeenCalled();
    expect(answered).toBe(false);
    startBridge();
    await expect(info).resolves.toEqual({ kioskId: 'k-1' });
    expect(connect).toHaveBeenCalledTimes(1);
  });
});
