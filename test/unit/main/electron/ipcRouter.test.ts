import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../main/electron/ipcRouter';

describe('IPC sender check', () => {
  const main = { url: 'app://kiosk/', parent: null };

  it('trusts only the kiosk window’s top frame on the app origin', () => {
    expect(isTrustedSender(main, main)).toBe(true);
    expect(isTrustedSender({ url: 'app://kiosk/', parent: null }, main)).toBe(false);
    expect(isTrustedSender({ url: 'app://kiosk/x', parent: main } as never, main)).toBe(false);
    expect(isTrustedSender(null, main)).toBe(false);
    const navigatedAway = { url: 'https://evil.example/', parent: null };
    expect(isTrustedSender(navigatedAway, navigatedAway)).toBe(false);
  });
});
