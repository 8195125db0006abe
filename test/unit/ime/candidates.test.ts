import { describe, expect, it } from 'vitest';
import { lookupCandidates } from '../../../renderer/ime/candidates';
import { PinyinDictionary } from '../../../renderer/ime/dictionary';
import { realDictionary } from './realDictionary';

const firstPage = (typed: string): string[] =>
  lookupCandidates(realDictionary(), typed)
    .slice(0, 8)
    .map((c) => c.text);

describe('lookupCandidates with the shipped dictionary', () => {
  it("offers 先 first for xian and 西安 first for xi'an", () => {
    expect(firstPage('xian')[0]).toBe('先');
    expect(lookupCandidates(realDictionary(), 'xian').map((c) => c.text)).toContain('西安');
    expect(firstPage("xi'an")[0]).toBe('西安');
  });

  it('finds words from initials and from mixed typing', () => {
    expect(firstPage('fzmj')).toContain('福州闽江');
    expect(firstPage('fuzhoumj')[0]).toBe('福州闽江');
    expect(firstPage('yxgs')[0]).toBe('有限公司');
    expect(firstPage('yxzrgs')[0]).toBe('有限责任公司');
    expect(firstPage('gtgsh')[0]).toBe('个体工商户');
  });

  it("ranks enterprise words and the four provinces' places well", () => {
    expect(firstPage('youxianzerengongsi')[0]).toBe('有限责任公司');
    expect(firstPage('hezuoshe')[0]).toBe('合作社');
    expect(firstPage('fengongsi')[0]).toBe('分公司');
    expect(firstPage('changchun')[0]).toBe('长春');
    expect(firstPage('wlmq')[0]).toBe('乌鲁木齐');
    expect(firstPage('gulouqu')[0]).toBe('鼓楼区');
    expect(firstPage('fz').indexOf('福州')).toBeLessThan(3);
  });

  it('puts words that use every letter before pieces, and tells how much a piece uses', () => {
    const candidates = lookupCandidates(realDictionary(), 'fuzhoumj');
    const fuzhou = candidates.find((c) => c.text === '福州');
    expect(fuzhou?.consumed).toBe(6);
    const lastWhole = candidates.findLastIndex((c) => c.consumed === 8);
    expect(candidates.slice(0, lastWhole + 1).every((c) => c.consumed === 8)).toBe(true);
  });

  it('offers a whole sentence when no single word covers the typing', () => {
    expect(firstPage('fuzhoushiminjiang')[0]).toBe('福州市闽江');
  });

  it('offers only single characters in the baseline mode', () => {
    const candidates = lookupCandidates(realDictionary(), 'youxiangongsi', { singleCharacters: true });
    expect(candidates[0]?.text).toBe('有');
    expect(candidates.every((c) => Array.from(c.text).length === 1)).toBe(true);
  });
});

describe('ranking by frequency', () => {
  const dictionary = PinyinDictionary.fromEntries([
    { text: '事', syllables: ['shi'], weight: 50 },
    { text: '是', syllables: ['shi'], weight: 900 },
    { text: '市', syllables: ['shi'], weight: 300 },
    { text: '时候', syllables: ['shi', 'hou'], weight: 80 },
    { text: '什么', syllables: ['shen', 'me'], weight: 400 },
  ]);

  it('orders characters of one reading by weight', () => {
    expect(lookupCandidates(dictionary, 'shi').map((c) => c.text)).toEqual(['是', '市', '事']);
  });

  it('orders words for initials by weight across readings', () => {
    // `sh` is a beginning of shi; read as s + h it also reaches 时候, with the cost of the rarer reading.
    expect(lookupCandidates(dictionary, 'sh').map((c) => c.text)).toEqual(['是', '市', '事', '时候']);
    expect(lookupCandidates(dictionary, 'shh').map((c) => c.text)[0]).toBe('时候');
    expect(lookupCandidates(dictionary, 'sm').map((c) => c.text)[0]).toBe('什么');
  });
});
