import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/** Enterprise phone change: the service's name on an enterprise receipt, in every language. */
const strings = defineFlowStrings({
  'zh-CN': { enterprise: { receipt: { services: { enterprisePhoneChange: '企业预留手机号变更' } } } },
  en: { enterprise: { receipt: { services: { enterprisePhoneChange: 'Enterprise phone change' } } } },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: { enterprise: { receipt: { services: { enterprisePhoneChange: 'كارخانا يانفون نومۇرىنى ئۆزگەرتىش' } } } },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: { enterprise: { receipt: { services: { enterprisePhoneChange: 'ཁེ་ལས་ཀྱི་ཁ་པར་ཨང་གྲངས་བརྗེ་བ།' } } } },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterprisePhoneChange: (typeof strings)['zh-CN'];
  }
}

export default strings;
