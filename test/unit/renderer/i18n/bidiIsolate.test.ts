import { describe, expect, it } from 'vitest';
import { isolateNumbers } from '../../../../renderer/i18n/bidiIsolate';
import { textOf, type Translator } from '../../../../renderer/i18n/useText';

const LRI = '\u2066';
const PDI = '\u2069';

describe('number isolation in right-to-left text', () => {
  it('isolates masked phones, ID numbers and times, and leaves words and numbers as values alone', () => {
    expect(isolateNumbers({ phone: '138****0000', id: '2201**********2427', time: '10:30', name: 'ئالىم', count: 3 })).toEqual({
      phone: `${LRI}138****0000${PDI}`,
      id: `${LRI}2201**********2427${PDI}`,
      time: `${LRI}10:30${PDI}`,
      name: 'ئالىم',
      count: 3,
    });
    expect(isolateNumbers({ stars: '****' })).toEqual({ stars: '****' });
  });

  it('applies in Uyghur only, so Chinese and English texts keep their plain values', () => {
    const named: Array<Record<string, unknown> | undefined> = [];
    const translator = (locale: string): Translator => ({
      t: (_key: string, values?: Record<string, unknown>) => {
        named.push(values);
        return '';
      },
      te: () => true,
      locale: { value: locale },
    });
    textOf(translator('ug')).t('demoSms.label', { phone: '138****0000', code: '123456' });
    textOf(translator('zh-CN')).t('demoSms.label', { phone: '138****0000', code: '123456' });
    expect(named).toEqual([
      { phone: `${LRI}138****0000${PDI}`, code: `${LRI}123456${PDI}` },
      { phone: '138****0000', code: '123456' },
    ]);
  });
});
