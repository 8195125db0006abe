import { describe, expect, it } from 'vitest';
import { KeyboardInput } from '../../../renderer/ime/keyboardInput';
import { realDictionary } from './realDictionary';

function keys(input: KeyboardInput, value: string, letters: string): string {
  let next = value;
  for (const key of letters) next = input.press(next, key);
  return next;
}

describe('KeyboardInput', () => {
  it('types pinyin into the composition, not the field, and a choice into the field', () => {
    const input = new KeyboardInput({ maxLength: 30, dictionary: realDictionary(), page: { items: 8, characters: 100 }, initialMode: 'pinyin' });
    let value = keys(input, '', 'yxgs');
    expect(value).toBe('');
    expect(input.view().composing).toBe('yxgs');
    value = input.space(value);
    expect(value).toBe('有限公司');
    expect(input.view().page).toBeUndefined();
  });

  it('backspace deletes from the field once the composition is empty', () => {
    const input = new KeyboardInput({ maxLength: 30, dictionary: realDictionary(), page: { items: 8, characters: 100 }, initialMode: 'pinyin' });
    let value = keys(input, '福州', 'm');
    value = input.backspace(value);
    expect(value).toBe('福州');
    expect(input.view().composing).toBe('');
    expect(input.backspace(value)).toBe('福');
  });

  it('switches between 中, 英 and digits, handing over what was being typed', () => {
    const input = new KeyboardInput({ maxLength: 30, dictionary: realDictionary(), page: { items: 8, characters: 100 }, initialMode: 'pinyin' });
    let value = keys(input, '', 'hao');
    value = input.setMode(value, 'digits');
    expect(value).toBe('hao');
    value = keys(input, value, '12');
    value = input.setMode(value, 'latin');
    input.toggleShift();
    value = keys(input, value, 'ab');
    expect(value).toBe('hao12Ab');
  });

  it('keeps to the field length, in every mode', () => {
    const input = new KeyboardInput({ maxLength: 4, dictionary: realDictionary(), page: { items: 8, characters: 100 }, initialMode: 'pinyin' });
    let value = keys(input, '福州', 'youxiangongsi');
    value = input.choose(value, 0);
    expect(value).toBe('福州有限');
    value = input.setMode(value, 'digits');
    expect(input.press(value, '1')).toBe('福州有限');
  });

  it('keeps pinyin typed before the dictionary arrives and makes it the composition when it does', () => {
    const input = new KeyboardInput({ maxLength: 10, page: { items: 8, characters: 100 }, initialMode: 'pinyin' });
    let value = keys(input, '', 'wlm');
    expect(value).toBe('');
    expect(input.view()).toMatchObject({ composing: 'wlm', page: undefined });
    value = input.backspace(value);
    expect(input.view().composing).toBe('wl');
    value = keys(input, value, 'mq');
    input.attachDictionary(realDictionary());
    expect(input.view().composing).toBe('wlmq');
    expect(input.view().page?.items.map((c) => c.text)).toContain('乌鲁木齐');
    expect(input.space(value)).toBe('乌鲁木齐');
  });

  it('puts pinyin in as typed when the field is finished before any dictionary came', () => {
    const input = new KeyboardInput({ maxLength: 10, page: { items: 8, characters: 100 }, initialMode: 'pinyin' });
    expect(input.done(keys(input, '', 'ab'))).toBe('ab');
    expect(input.space(keys(input, 'ab', 'cd'))).toBe('abcd');
    expect(input.setMode(keys(input, 'abcd', 'e'), 'digits')).toBe('abcde');
    expect(input.view().composing).toBe('');
  });

  it('stacks Tibetan consonants: the stacking key puts the next one under the one before', () => {
    const input = new KeyboardInput({ maxLength: 10, page: { items: 8, characters: 100 }, initialMode: 'tibetan' });
    let value = input.press('', 'ས');
    input.toggleStacking();
    expect(input.view().stacking).toBe(true);
    value = input.press(value, 'ཀ');
    value = input.press(value, 'ད');
    expect(value).toBe('སྐད');
    expect(Array.from(value).map((c) => c.codePointAt(0))).toEqual([0x0f66, 0x0f90, 0x0f51]);
    expect(input.view().stacking).toBe(false);
  });

  it('types Uyghur letters as they are, shifted letters once', () => {
    const input = new KeyboardInput({ maxLength: 10, page: { items: 8, characters: 100 }, initialMode: 'uyghur' });
    let value = input.press('', 'ب');
    input.toggleShift();
    value = input.press(value, 'ف');
    expect(value).toBe('بف');
    expect(input.view().shifted).toBe(false);
  });
});
