import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/** Enterprise phone change: the flow's screens, its tile and the service's name on a receipt, in every language. */
const strings = defineFlowStrings({
  'zh-CN': {
    enterprise: {
      home: { phoneChange: '企业手机号变更', phoneChangeBody: '法人刷证并人脸验证后更换手机号' },
      phoneChange: {
        title: '企业手机号变更',
        steps: { identity: '企业与法人', face: '人脸验证', phone: '新手机号', done: '完成' },
        headings: {
          identity: '请输入统一社会信用代码，法定代表人放身份证',
          face: '请法定代表人本人正对摄像头',
          phone: '请输入新手机号并验证',
        },
        toFace: '下一步：人脸验证',
        current: '{enterprise} 当前预留手机号：{phone}',
        doneTitle: '企业手机号已变更',
        doneBody: '企业预留手机号已改为 {phone}，以后的验证码将发送到这个号码。',
      },
      receipt: { services: { enterprisePhoneChange: '企业预留手机号变更' } },
    },
  },
  en: {
    enterprise: {
      home: { phoneChange: 'Enterprise phone', phoneChangeBody: 'New phone, by card and face' },
      phoneChange: {
        title: 'Enterprise phone change',
        steps: { identity: 'Enterprise', face: 'Face', phone: 'New phone', done: 'Done' },
        headings: {
          identity: 'Type the credit code; the legal representative places their ID card',
          face: 'The legal representative looks at the camera',
          phone: 'Type the new phone number and confirm it',
        },
        toFace: 'Next: face check',
        current: '{enterprise}: reserved phone now {phone}',
        doneTitle: 'Enterprise phone changed',
        doneBody: 'The enterprise’s reserved phone is now {phone}; codes will go to this number.',
      },
      receipt: { services: { enterprisePhoneChange: 'Enterprise phone change' } },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    enterprise: {
      home: {
        phoneChange: 'كارخانا يانفون نومۇرى',
        phoneChangeBody: 'قانۇنىي ۋەكىل دەلىللەپ نومۇرنى ئۆزگەرتىدۇ',
      },
      phoneChange: {
        title: 'كارخانا يانفون نومۇرىنى ئۆزگەرتىش',
        steps: { identity: 'كارخانا', face: 'چىراي', phone: 'يېڭى نومۇر', done: 'تامام' },
        headings: {
          identity: 'ئىناۋەت كودىنى كىرگۈزۈڭ، قانۇنىي ۋەكىل كىملىكىنى قويسۇن',
          face: 'قانۇنىي ۋەكىل ئۆزى كامېراغا قارىسۇن',
          phone: 'يېڭى يانفون نومۇرىنى كىرگۈزۈپ دەلىللەڭ',
        },
        toFace: 'كېيىنكى: چىراي دەلىللەش',
        current: '{enterprise}: ھازىرقى نومۇر {phone}',
        doneTitle: 'كارخانا يانفون نومۇرى ئۆزگەرتىلدى',
        doneBody: 'كارخانا قالدۇرغان نومۇر ئەمدى {phone}، دەلىللەش كودى بۇ نومۇرغا ئەۋەتىلىدۇ.',
      },
      receipt: { services: { enterprisePhoneChange: 'كارخانا يانفون نومۇرىنى ئۆزگەرتىش' } },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    enterprise: {
      home: { phoneChange: 'ཁེ་ལས་ཀྱི་ཁ་པར།', phoneChangeBody: 'ཁྲིམས་ལྡན་འཐུས་མིས་ར་སྤྲོད་རྗེས་ཁ་པར་བརྗེ་བ།' },
      phoneChange: {
        title: 'ཁེ་ལས་ཀྱི་ཁ་པར་ཨང་གྲངས་བརྗེ་བ།',
        steps: { identity: 'ཁེ་ལས།', face: 'གདོང་།', phone: 'ཁ་པར་གསར་པ།', done: 'ལེགས་གྲུབ།' },
        headings: {
          identity: 'ཡིད་རྟོན་ཨང་རྟགས་འཇུག་རོགས། ཁྲིམས་ལྡན་འཐུས་མིས་ཐོབ་ཐང་ལག་ཁྱེར་འཇོག་རོགས།',
          face: 'ཁྲིམས་ལྡན་འཐུས་མི་རང་ཉིད་ཀྱིས་པར་ཆས་ལ་ལྟ་རོགས།',
          phone: 'ཁ་པར་ཨང་གྲངས་གསར་པ་འཇུག་ནས་ར་སྤྲོད་གནང་རོགས།',
        },
        toFace: 'རྗེས་མ། གདོང་ར་སྤྲོད།',
        current: '{enterprise}: ད་ལྟའི་ཁ་པར། {phone}',
        doneTitle: 'ཁེ་ལས་ཀྱི་ཁ་པར་བརྗེས་ཟིན།',
        doneBody: 'ཁེ་ལས་ཀྱི་ཁ་པར་ད་ནི་ {phone} ཡིན། ར་སྤྲོད་ཨང་འདི་ལ་གཏོང་།',
      },
      receipt: { services: { enterprisePhoneChange: 'ཁེ་ལས་ཀྱི་ཁ་པར་ཨང་གྲངས་བརྗེ་བ།' } },
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterprisePhoneChange: (typeof strings)['zh-CN'];
  }
}

export default strings;
