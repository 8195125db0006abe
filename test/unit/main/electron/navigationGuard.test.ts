import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installNavigationGuard } from '../../../../main/electron/navigationGuard';
import { silentLogger } from '../../../../main/services/log/logger';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: (() => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler(h: () => { action: string }) {
      openHandler = h;
    },
    open: () => openHandler?.(),
  });
  return contents;
}

const navigate = (contents: EventEmitter, event: string, url: string) => {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
};

describe('navigation guard', () => {
  it('lets the app move within itself and blocks every other destination', () => {
    const contents = fakeContents();
    installNavigationGuard(contents as never, silentLogger);
    expect(navigate(contents, 'will-navigate', 'app://kiosk/index.html')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://other/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:9/')).toBe(true);
  });

  it('denies new windows and webviews', () => {
    const contents = fakeContents();
    installNavigationGuard(contents as never, silentLogger);
    expect(contents.open()).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
