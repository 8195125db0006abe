import { describe, expect, it } from 'vitest';
import { PinyinComposition } from '../../../renderer/ime/composition';
import { realDictionary } from './realDictionary';

function typed(letters: string, items = 8): PinyinComposition {
  const composition = new PinyinComposition(realDictionary(), { items, characters: 100 });
  for (const letter of letters) composition.type(letter);
  return composition;
}

describe('PinyinComposition', () => {
  it('keeps typing open after choosing a word for the front, and gives the whole word at the end', () => {
    const composition = typed('fuzhoum');
    const fuzhou = composition.page().items.findIndex((c) => c.text === '福州');
    expect(composition.choose(fuzhou)).toBeUndefined();
    expect(composition.chosen).toBe('福州');
    expect(composition.remaining).toBe('m');
    composition.type('j');
    expect(composition.page().items[0]?.text).toBe('闽江');
    expect(composition.choose(0)).toBe('福州闽江');
    expect(composition.isEmpty).toBe(true);
  });

  it('backspaces into the composition: letters first, then a choice gives its letters back', () => {
    const composition = typed('fuzhoum');
    composition.choose(composition.page().items.findIndex((c) => c.text === '福州'));
    expect(composition.backspace()).toBe(true);
    expect(composition.chosen).toBe('');
    expect(composition.remaining).toBe('fuzhou');
    expect(composition.page().items[0]?.text).toBe('福州');
    for (let i = 0; i < 6; i++) composition.backspace();
    expect(composition.isEmpty).toBe(true);
    expect(composition.backspace()).toBe(false);
  });

  it('pages through the candidates', () => {
    const composition = typed('shi', 5);
    const all = composition.candidates().map((c) => c.text);
    expect(composition.page()).toMatchObject({ index: 0, hasPrevious: false, hasNext: true });
    composition.previousPage();
    expect(composition.page().index).toBe(0);
    composition.nextPage();
    expect(composition.page().items.map((c) => c.text)).toEqual(all.slice(5, 10));
    expect(composition.page().hasPrevious).toBe(true);
    while (composition.page().hasNext) composition.nextPage();
    const last = composition.page();
    expect(last.items.length).toBeGreaterThan(0);
    expect(last.items.at(-1)?.text).toBe(all.at(-1));
    composition.nextPage();
    expect(composition.page().index).toBe(last.index);
    expect(composition.choose(0)).toBe(last.items[0]?.text);
  });

  it('fills a page up to the characters the bar holds', () => {
    const composition = new PinyinComposition(realDictionary(), { items: 6, characters: 4 });
    for (const letter of 'fuzhoumj') composition.type(letter);
    expect(composition.page().items.map((c) => c.text)).toEqual(['福州闽江']);
    composition.nextPage();
    const second = composition.page().items.map((c) => c.text);
    expect(second.join('').length).toBeLessThanOrEqual(4);
    expect(second.length).toBeGreaterThan(0);
  });

  it('a new letter goes back to the first page', () => {
    const composition = typed('zh', 4);
    composition.nextPage();
    composition.type('o');
    expect(composition.page().index).toBe(0);
  });

  it('remembers nothing: a choice does not change the next ranking', () => {
    const before = typed('shi')
      .candidates()
      .map((c) => c.text);
    const composition = typed('shi');
    composition.nextPage();
    composition.choose(3);
    expect(
      typed('shi')
        .candidates()
        .map((c) => c.text),
    ).toEqual(before);
  });

  it('flushes chosen characters and open letters as they stand', () => {
    const composition = typed("xi'anm");
    composition.choose(composition.page().items.findIndex((c) => c.text === '西安'));
    expect(composition.flush()).toBe('西安m');
    expect(composition.isEmpty).toBe(true);
  });
});
