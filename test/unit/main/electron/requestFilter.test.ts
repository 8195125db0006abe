import { describe, expect, it } from 'vitest';
import { installRequestFilter, isRequestAllowed } from '../../../../main/electron/requestFilter';
import { createLogger } from '../../../../main/services/log/logger';

describe('request filter', () => {
  const api = 'https://idp.gateway.example';

  it('allows the app, in-page data and the configured identity API only', () => {
    expect(isRequestAllowed('app://kiosk/assets/index.js', api)).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AA', api)).toBe(true);
    expect(isRequestAllowed('blob:app://kiosk/123', api)).toBe(true);
    expect(isRequestAllowed('https://idp.gateway.example/v1/heartbeat', api)).toBe(true);
    expect(isRequestAllowed('https://idp.gateway.example.evil.com/', api)).toBe(false);
    expect(isRequestAllowed('http://idp.gateway.example/v1/', api)).toBe(false);
    expect(isRequestAllowed('https://storage.googleapis.com/model.tflite', api)).toBe(false);
    expect(isRequestAllowed('https://idp.gateway.example/', undefined)).toBe(false);
  });

  it('cancels blocked requests and logs the host without the path', () => {
    const lines: string[] = [];
    let listener: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    installRequestFilter(
      { webRequest: { onBeforeRequest: (l: typeof listener) => (listener = l) } } as never,
      api,
      createLogger({ write: (l) => lines.push(l) }),
    );
    const decisions: boolean[] = [];
    listener?.({ url: 'https://tracker.example/collect?id=110101199003077777' }, (r) => decisions.push(r.cancel));
    listener?.({ url: 'app://kiosk/' }, (r) => decisions.push(r.cancel));
    expect(decisions).toEqual([true, false]);
    expect(lines.join('\n')).toContain('tracker.example');
    expect(lines.join('\n')).not.toContain('110101199003077777');
  });
});
