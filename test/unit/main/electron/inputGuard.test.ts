import { describe, expect, it } from 'vitest';
import { isBlockedShortcut } from '../../../../main/electron/inputGuard';

const key = (k: string, mods: Partial<Record<'control' | 'meta' | 'alt' | 'shift', boolean>> = {}) => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('input guard', () => {
  it('blocks reload, close, zoom, devtools and history shortcuts', () => {
    for (const input of [
      key('F5'),
      key('r', { control: true }),
      key('w', { control: true }),
      key('F4', { alt: true }),
      key('I', { control: true, shift: true }),
      key('ArrowLeft', { alt: true }),
      key('=', { control: true }),
      key('F12'),
    ]) {
      expect(isBlockedShortcut(input)).toBe(true);
    }
  });

  it('lets ordinary typing and the staff chord through', () => {
    for (const input of [key('a'), key('1'), key('Enter'), key('K', { control: true, alt: true, shift: true })]) {
      expect(isBlockedShortcut(input)).toBe(false);
    }
  });
});
