import type { Input, WebContents } from 'electron';

/** Browser shortcuts a citizen could use to reload, close, zoom or inspect the kiosk. */
export function isBlockedShortcut(input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (['f5', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh'].includes(key)) return true;
  if (input.alt && ['f4', 'arrowleft', 'arrowright', 'home'].includes(key)) return true;
  if (mod && ['r', 'w', 'q', 'n', 't', 'p', 'o', 's', 'u', 'j', '+', '-', '=', '0'].includes(key)) return true;
  return mod && input.shift && ['i', 'c', 'j'].includes(key);
}

export function installInputGuard(contents: Pick<WebContents, 'on'>): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
}
