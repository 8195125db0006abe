import { describe, expect, it } from 'vitest';
import { segmentPinyin } from '../../../renderer/ime/segmentation';

const texts = (typed: string, index = 0): string[] => (segmentPinyin(typed)[index]?.tokens ?? []).map((t) => t.text);

describe('segmentPinyin', () => {
  it('reads xian as one syllable first, and also as xi + an', () => {
    expect(texts('xian')).toEqual(['xian']);
    expect(segmentPinyin('xian').map((r) => r.tokens.map((t) => t.text).join(' '))).toContain('xi an');
  });

  it("splits xi'an only where the apostrophe says", () => {
    const readings = segmentPinyin("xi'an");
    expect(readings.map((r) => r.tokens.map((t) => t.text).join(' '))[0]).toBe('xi an');
    expect(readings.every((r) => r.tokens.some((t) => t.end === 2))).toBe(true);
    expect(readings[0]?.tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });

  it('reads initials as syllable beginnings', () => {
    const [reading] = segmentPinyin('fzmj');
    expect(reading?.tokens.map((t) => [t.text, t.complete])).toEqual([
      ['f', false],
      ['z', false],
      ['m', false],
      ['j', false],
    ]);
    expect(texts('zhsh')).toEqual(['zh', 'sh']);
  });

  it('mixes whole syllables and initials', () => {
    expect(texts('fuzhoumj')).toEqual(['fu', 'zhou', 'm', 'j']);
    expect(texts('youxgs')).toEqual(['you', 'x', 'g', 's']);
  });

  it('prefers whole syllables over cut-off ones (fangan, zhuangzhou, lvse)', () => {
    expect(
      segmentPinyin('fangan')
        .slice(0, 2)
        .map((r) => r.tokens.map((t) => t.text).join(' '))
        .sort(),
    ).toEqual(['fan gan', 'fang an']);
    expect(texts('zhuangzhou')).toEqual(['zhuang', 'zhou']);
    expect(texts('lvse')).toEqual(['lv', 'se']);
  });

  it('has no reading for letters that start no syllable, and is not fooled by case', () => {
    expect(segmentPinyin('iou')).toEqual([]);
    expect(texts('XiAn')).toEqual(['xian']);
  });
});
