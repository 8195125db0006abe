import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/** Tibet's agent registration (我是代理人): the service's name on a receipt and its own refusal, in every language. */
const strings = defineFlowStrings({
  'zh-CN': {
    errors: { LEGAL_REPRESENTATIVE_PHONE_MISMATCH: '法人手机号与企业预留手机号不一致' },
    enterprise: { receipt: { services: { agentRegistration: '代理人注册（待法人审核）' } } },
  },
  en: {
    errors: { LEGAL_REPRESENTATIVE_PHONE_MISMATCH: 'The legal representative’s phone does not match the enterprise’s reserved phone' },
    enterprise: { receipt: { services: { agentRegistration: 'Agent registration (waiting for the legal representative)' } } },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    errors: { LEGAL_REPRESENTATIVE_PHONE_MISMATCH: 'قانۇنىي ۋەكىلنىڭ يانفون نومۇرى كارخانا قالدۇرغان نومۇرغا ماس ئەمەس' },
    enterprise: { receipt: { services: { agentRegistration: 'ۋاكالەتچى تىزىملىتىش (قانۇنىي ۋەكىلنىڭ تەستىقىنى كۈتىدۇ)' } } },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    errors: { LEGAL_REPRESENTATIVE_PHONE_MISMATCH: 'ཁྲིམས་ལྡན་འཐུས་མིའི་ཁ་པར་དང་ཁེ་ལས་ཀྱིས་ཉར་བའི་ཁ་པར་མི་མཐུན།' },
    enterprise: { receipt: { services: { agentRegistration: 'ཚབ་མིའི་ཐོ་འགོད། (ཁྲིམས་ལྡན་འཐུས་མིའི་ཞིབ་བཤེར་སྒུག་བཞིན།)' } } },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterpriseAgentRegistration: (typeof strings)['zh-CN'];
  }
}

export default strings;
