import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../common/contract/services/system';
import type { FlowStrings, MessageTree } from '../../../../renderer/i18n/defineFlowStrings';
import { mergeFlowStrings } from '../../../../renderer/i18n/mergeFlowStrings';

const locales: Locale[] = ['zh-CN', 'en', 'ug', 'bo'];
/** The same tree in every language, which is all these rules look at. */
const everywhere = <Tree extends MessageTree>(tree: Tree): FlowStrings<Tree> => ({ 'zh-CN': tree, en: tree, ug: tree, bo: tree });
const core = () => everywhere({ home: { welcome: '您好' }, person: { backHome: '返回首页' } });

describe("merging the flows' texts into the central messages", () => {
  it("adds each flow's texts at their paths, beside the central ones, and leaves the central trees as they were", () => {
    const central = core();
    const merged = mergeFlowStrings(central, {
      registration: everywhere({ person: { register: { title: '自然人注册' } } }),
      forgotPassword: everywhere({ person: { forgot: { title: '忘记密码' } } }),
    });
    for (const locale of locales) {
      expect(merged[locale]).toEqual({
        home: { welcome: '您好' },
        person: { backHome: '返回首页', register: { title: '自然人注册' }, forgot: { title: '忘记密码' } },
      });
    }
    expect(central).toEqual(core());
  });

  it('refuses a flow text at the path of a central text', () => {
    expect(() => mergeFlowStrings(core(), { registration: everywhere({ person: { backHome: '回首页' } }) })).toThrow(
      "The texts of registration collide with the central messages at 'person.backHome'",
    );
  });

  it("refuses a flow text at the path of another flow's text", () => {
    const flows = {
      registration: everywhere({ person: { home: { register: '注册账号' } } }),
      impostor: everywhere({ person: { home: { register: '注册' } } }),
    };
    expect(() => mergeFlowStrings(core(), flows)).toThrow("The texts of impostor collide with registration at 'person.home.register'");
  });

  it('refuses a text where texts are nested, and texts nested under a text', () => {
    expect(() => mergeFlowStrings(core(), { registration: everywhere({ home: '首页' }) })).toThrow("collide with the central messages at 'home'");
    expect(() => mergeFlowStrings(core(), { registration: everywhere({ home: { welcome: { title: '您好' } } }) })).toThrow(
      "collide with the central messages at 'home.welcome'",
    );
  });

  it('refuses a collision in one language only', () => {
    const flow: FlowStrings = { ...everywhere({ person: { register: { title: '自然人注册' } } }), bo: { person: { backHome: 'ཕྱིར་ལོག' } } };
    expect(() => mergeFlowStrings(core(), { registration: flow })).toThrow("at 'person.backHome'");
  });
});
