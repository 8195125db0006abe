import { describe, expect, it } from 'vitest';
import { installPermissionPolicy, isPermissionAllowed } from '../../../../main/electron/permissionPolicy';

type RequestHandler = (wc: { getURL(): string }, permission: string, cb: (ok: boolean) => void, details: Record<string, unknown>) => void;
type CheckHandler = (wc: unknown, permission: string, origin: string, details?: Record<string, unknown>) => boolean;

function fakeSession() {
  const session = {
    request: undefined as RequestHandler | undefined,
    check: undefined as CheckHandler | undefined,
    device: undefined as (() => boolean) | undefined,
    setPermissionRequestHandler(h: RequestHandler) {
      session.request = h;
    },
    setPermissionCheckHandler(h: CheckHandler) {
      session.check = h;
    },
    setDevicePermissionHandler(h: () => boolean) {
      session.device = h;
    },
  };
  return session;
}

describe('permission policy', () => {
  it('grants only camera media to the app origin', () => {
    expect(isPermissionAllowed('media', 'app://kiosk/', ['video'])).toBe(true);
    expect(isPermissionAllowed('media', 'app://kiosk/', ['audio'])).toBe(false);
    expect(isPermissionAllowed('media', 'app://kiosk/', ['video', 'audio'])).toBe(false);
    expect(isPermissionAllowed('media', 'app://kiosk/', [])).toBe(false);
    expect(isPermissionAllowed('media', 'app://kiosk/')).toBe(false);
    expect(isPermissionAllowed('media', 'https://evil.example/', ['video'])).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb', 'fullscreen']) {
      expect(isPermissionAllowed(p, 'app://kiosk/')).toBe(false);
    }
  });

  it('answers Electron’s request, check and device handlers accordingly', () => {
    const session = fakeSession();
    installPermissionPolicy(session as never);
    const answers: boolean[] = [];
    const wc = { getURL: () => 'app://kiosk/' };
    session.request?.(wc, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://kiosk/', mediaTypes: ['video'] });
    session.request?.(wc, 'media', (ok) => answers.push(ok), { requestingUrl: 'http://127.0.0.1:9/', mediaTypes: ['video'] });
    session.request?.(wc, 'geolocation', (ok) => answers.push(ok), { requestingUrl: 'app://kiosk/' });
    session.request?.(wc, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://kiosk/', mediaTypes: ['audio'] });
    session.request?.(wc, 'media', (ok) => answers.push(ok), { requestingUrl: 'app://kiosk/', mediaTypes: [] });
    expect(answers).toEqual([true, false, false, false, false]);
    // The check names the media type; the microphone, or no type at all, is refused.
    expect(session.check?.(wc, 'media', 'app://kiosk', { mediaType: 'video' })).toBe(true);
    expect(session.check?.(wc, 'media', 'app://kiosk', { mediaType: 'audio' })).toBe(false);
    expect(session.check?.(wc, 'media', 'app://kiosk', { mediaType: 'unknown' })).toBe(false);
    expect(session.check?.(wc, 'media', 'app://kiosk')).toBe(false);
    expect(session.check?.(wc, 'notifications', 'app://kiosk')).toBe(false);
    expect(session.device?.()).toBe(false);
  });
});
