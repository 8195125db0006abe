import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/** Enterprise agreement re-signing and real-name upgrade: the flow's screens, its tile and the services' names on a receipt, in every language. */
const strings = defineFlowStrings({
  'zh-CN': {
    enterprise: {
      home: { accountServices: '企业协议重签', accountServicesBody: '法人人脸验证后重签协议、升级实名' },
      accountServices: {
        title: '企业协议重签与实名升级',
        steps: { identity: '企业与法人', face: '人脸验证', services: '办理事项', done: '完成' },
        headings: {
          identity: '请输入统一社会信用代码，法定代表人放身份证',
          face: '请法定代表人本人正对摄像头',
          services: '企业账号：重签服务协议、升级实名等级',
        },
        toFace: '下一步：人脸验证',
        finish: '办理完毕',
        doneTitle: '企业事项已办理',
        doneBody: '以下事项已完成，凭条可打印留存。',
        nothingToDo: '企业账号无需办理这些事项。',
      },
      receipt: { services: { enterpriseAgreement: '企业协议重签', enterpriseRealName: '企业实名认证升级' } },
    },
  },
  en: {
    enterprise: {
      home: {
        accountServices: 'Enterprise agreement',
        accountServicesBody: 'Re-sign, raise the level',
      },
      accountServices: {
        title: 'Enterprise agreement and real name',
        steps: { identity: 'Enterprise', face: 'Face', services: 'Tasks', done: 'Done' },
        headings: {
          identity: 'Type the credit code; the legal representative places their ID card',
          face: 'The legal representative looks at the camera',
          services: 'Enterprise account: sign the agreement again, raise the real-name level',
        },
        toFace: 'Next: face check',
        finish: 'Finished',
        doneTitle: 'Enterprise tasks done',
        doneBody: 'These are done; you can print the receipts.',
        nothingToDo: 'The enterprise account needs none of these.',
      },
      receipt: { services: { enterpriseAgreement: 'Enterprise agreement signed again', enterpriseRealName: 'Enterprise real-name upgrade' } },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    enterprise: {
      home: {
        accountServices: 'كارخانا كېلىشىمى',
        accountServicesBody: 'كېلىشىمنى قايتا ئىمزالاش، دەرىجىنى ئۆستۈرۈش',
      },
      accountServices: {
        title: 'كارخانا كېلىشىمى ۋە ھەقىقىي ئىسىم',
        steps: { identity: 'كارخانا', face: 'چىراي', services: 'ئىشلار', done: 'تامام' },
        headings: {
          identity: 'ئىناۋەت كودىنى كىرگۈزۈڭ، قانۇنىي ۋەكىل كىملىكىنى قويسۇن',
          face: 'قانۇنىي ۋەكىل ئۆزى كامېراغا قارىسۇن',
          services: 'كارخانا ھېساباتى: كېلىشىمنى قايتا ئىمزالاش، ھەقىقىي ئىسىم دەرىجىسىنى ئۆستۈرۈش',
        },
        toFace: 'كېيىنكى: چىراي دەلىللەش',
        finish: 'تاماملاندى',
        doneTitle: 'كارخانا ئىشلىرى تاماملاندى',
        doneBody: 'تۆۋەندىكى ئىشلار تاماملاندى، تالوننى بېسىپ ساقلىسىڭىز بولىدۇ.',
        nothingToDo: 'كارخانا ھېساباتىغا بۇ ئىشلار كېرەك ئەمەس.',
      },
      receipt: {
        services: { enterpriseAgreement: 'كارخانا كېلىشىمىنى قايتا ئىمزالاش', enterpriseRealName: 'كارخانا ھەقىقىي ئىسىم دەرىجىسىنى ئۆستۈرۈش' },
      },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    enterprise: {
      home: {
        accountServices: 'ཁེ་ལས་ཀྱི་གྲོས་མཐུན།',
        accountServicesBody: 'གྲོས་མཐུན་བསྐྱར་འགོད། མིང་ངོ་མའི་རིམ་པ་སྤར་བ།',
      },
      accountServices: {
        title: 'ཁེ་ལས་ཀྱི་གྲོས་མཐུན་དང་མིང་ངོ་མ།',
        steps: { identity: 'ཁེ་ལས།', face: 'གདོང་།', services: 'བྱ་བ།', done: 'ལེགས་གྲུབ།' },
        headings: {
          identity: 'ཡིད་རྟོན་ཨང་རྟགས་འཇུག་རོགས། ཁྲིམས་ལྡན་འཐུས་མིས་ཐོབ་ཐང་ལག་ཁྱེར་འཇོག་རོགས།',
          face: 'ཁྲིམས་ལྡན་འཐུས་མི་རང་ཉིད་ཀྱིས་པར་ཆས་ལ་ལྟ་རོགས།',
          services: 'ཁེ་ལས་རྩིས་ཁྲ། གྲོས་མཐུན་བསྐྱར་འགོད། མིང་ངོ་མའི་རིམ་པ་སྤར་བ།',
        },
        toFace: 'རྗེས་མ། གདོང་ར་སྤྲོད།',
        finish: 'ལེགས་གྲུབ་སོང་།',
        doneTitle: 'ཁེ་ལས་ཀྱི་བྱ་བ་ལེགས་གྲུབ།',
        doneBody: 'གཤམ་གྱི་བྱ་བ་ལེགས་གྲུབ་སོང་། ཐོ་ཤོག་པར་རྒྱག་ཆོག',
        nothingToDo: 'ཁེ་ལས་རྩིས་ཁྲར་བྱ་བ་འདི་དག་མི་དགོས།',
      },
      receipt: { services: { enterpriseAgreement: 'ཁེ་ལས་ཀྱི་གྲོས་མཐུན་བསྐྱར་འགོད།', enterpriseRealName: 'ཁེ་ལས་ཀྱི་མིང་ངོ་མའི་ར་སྤྲོད་རིམ་པ་སྤར་བ།' } },
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterpriseAccountServices: (typeof strings)['zh-CN'];
  }
}

export default strings;
