import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/** Enterprise agreement re-signing and real-name upgrade: the services' names on an enterprise receipt, in every language. */
const strings = defineFlowStrings({
  'zh-CN': { enterprise: { receipt: { services: { enterpriseAgreement: '企业协议重签', enterpriseRealName: '企业实名认证升级' } } } },
  en: {
    enterprise: { receipt: { services: { enterpriseAgreement: 'Enterprise agreement signed again', enterpriseRealName: 'Enterprise real-name upgrade' } } },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    enterprise: {
      receipt: { services: { enterpriseAgreement: 'كارخانا كېلىشىمىنى قايتا ئىمزالاش', enterpriseRealName: 'كارخانا ھەقىقىي ئىسىم دەرىجىسىنى ئۆستۈرۈش' } },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: { enterprise: { receipt: { services: { enterpriseAgreement: 'ཁེ་ལས་ཀྱི་གྲོས་མཐུན་བསྐྱར་འགོད།', enterpriseRealName: 'ཁེ་ལས་ཀྱི་མིང་ངོ་མའི་ར་སྤྲོད་རིམ་པ་སྤར་བ།' } } } },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterpriseAccountServices: (typeof strings)['zh-CN'];
  }
}

export default strings;
