import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * Agreement re-signing and real-name upgrade: the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    person: {
      home: { account: '协议与实名', accountBody: '重签服务协议，提升实名等级' },
      services: {
        title: '协议重签与实名认证',
        steps: { identify: '身份信息', face: '人脸验证', qr: '扫码登录', services: '办理事项', done: '完成' },
        headings: {
          identify: '刷身份证登录',
          face: '人脸验证：请正对摄像头，按语音提示转头',
          qr: '请用手机 APP 扫描二维码登录',
          services: '需要办理的事项',
          done: '办理完成',
        },
        qrOr: '没带身份证？也可以用手机 APP 扫码登录：',
        qrWith: '用{app}扫码',
        signedInAs: '已登录：{name}，实名等级 {level}',
        agreementTask: '服务协议',
        agreementPending: '服务协议已更新为 {version} 版（您签署的是 {signed} 版），请阅读并重新签署。',
        agreementSigned: '已签署最新协议（{version} 版）',
        sign: '签署协议',
        upgradeTask: '实名等级',
        upgradeOffer: '您的实名等级为 {level} 级。本次已刷身份证并通过人脸验证，可升级为 3 级。',
        upgrade: '升级实名等级',
        levelOk: '实名等级 {level} 级，无需升级',
        nothingToDo: '您的账号无需办理这些事项。',
        finishServices: '办理完成',
        doneTitle: '办理完成',
        doneBody: '以下事项已办理完成。',
      },
    },
  },
  en: {
    person: {
      home: { account: 'Agreement & real name', accountBody: 'Re-sign the agreement, raise your real-name level' },
      services: {
        title: 'Agreement and real name',
        steps: { identify: 'Identity', face: 'Face', qr: 'Scan code', services: 'Services', done: 'Done' },
        qrOr: 'No ID card with you? Sign in by scanning a code with your phone app:',
        qrWith: 'Scan with {app}',
        headings: {
          identify: 'Sign in with your ID card',
          face: 'Face check: look at the camera and turn your head as asked',
          qr: 'Scan the code with your phone app to sign in',
          services: 'What your account needs',
          done: 'Done',
        },
        signedInAs: 'Signed in: {name}, real-name level {level}',
        agreementTask: 'Service agreement',
        agreementPending: 'The agreement is now version {version} (you signed {signed}). Please read and sign it again.',
        agreementSigned: 'Latest agreement signed (version {version})',
        sign: 'Sign agreement',
        upgradeTask: 'Real-name level',
        upgradeOffer: 'Your real-name level is {level}. With your ID card and face checked here, it can be raised to 3.',
        upgrade: 'Raise real-name level',
        levelOk: 'Real-name level {level}: nothing to do',
        nothingToDo: 'Your account needs none of these.',
        finishServices: 'Done',
        doneTitle: 'All done',
        doneBody: 'These were done.',
      },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    person: {
      home: { account: 'كېلىشىم ۋە ھەقىقىي ئىسىم', accountBody: 'كېلىشىمنى قايتا ئىمزالاش، ھەقىقىي ئىسىم دەرىجىسىنى ئۆستۈرۈش' },
      services: {
        title: 'كېلىشىم ۋە ھەقىقىي ئىسىم',
        steps: { identify: 'كىملىك', face: 'چىراي', qr: 'كود سىكانىرلاش', services: 'ئىشلار', done: 'تامام' },
        qrOr: 'كىملىكىڭىز يېنىڭىزدا يوقمۇ؟ تېلېفون ئەپى بىلەن كودنى سىكانىرلاپ كىرسىڭىزمۇ بولىدۇ:',
        qrWith: '{app} بىلەن سىكانىرلاش',
        headings: {
          identify: 'كىملىك بىلەن كىرىش',
          face: 'چىراي دەلىللەش: كامېراغا قاراپ، ئاۋازلىق ئەسكەرتىش بويىچە بېشىڭىزنى بۇراڭ',
          qr: 'تېلېفون ئەپى بىلەن كودنى سىكانىرلاپ كىرىڭ',
          services: 'بېجىرىدىغان ئىشلار',
          done: 'تامام',
        },
        signedInAs: 'كىردىڭىز: {name}، ھەقىقىي ئىسىم دەرىجىسى {level}',
        agreementTask: 'مۇلازىمەت كېلىشىمى',
        agreementPending: 'كېلىشىم {version} نەشرىگە يېڭىلاندى (سىز {signed} نى ئىمزالىغان). قايتا ئوقۇپ ئىمزالاڭ.',
        agreementSigned: 'ئەڭ يېڭى كېلىشىم ئىمزالاندى ({version})',
        sign: 'كېلىشىمنى ئىمزالاش',
        upgradeTask: 'ھەقىقىي ئىسىم دەرىجىسى',
        upgradeOffer: 'ھەقىقىي ئىسىم دەرىجىڭىز {level}. كىملىك ۋە چىراي دەلىللەندى، 3-دەرىجىگە ئۆستۈرۈشكە بولىدۇ.',
        upgrade: 'دەرىجىنى ئۆستۈرۈش',
        levelOk: 'دەرىجە {level}: ئۆستۈرۈش ھاجەتسىز',
        nothingToDo: 'ھېساباتىڭىزغا بۇ ئىشلارنىڭ ھاجىتى يوق.',
        finishServices: 'تامام',
        doneTitle: 'تامام',
        doneBody: 'تۆۋەندىكى ئىشلار بېجىرىلدى.',
      },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    person: {
      home: { account: 'གྲོས་མཐུན་དང་མིང་ངོ་མ།', accountBody: 'གྲོས་མཐུན་བསྐྱར་དུ་མིང་རྟགས་དང་མིང་ངོ་མའི་རིམ་པ་མཐོ་རུ་གཏོང་།' },
      services: {
        title: 'གྲོས་མཐུན་དང་མིང་ངོ་མ།',
        steps: { identify: 'ཐོབ་ཐང་།', face: 'གདོང་།', qr: 'ཨང་རྟགས་འཇལ།', services: 'བྱ་བ།', done: 'ལེགས་གྲུབ།' },
        qrOr: 'ལག་ཁྱེར་མ་ཁྱེར་ན་ཁ་པར་གྱི་ཉེར་སྤྱོད་ཀྱིས་ཨང་རྟགས་འཇལ་ནས་ནང་འཛུལ་ཆོག',
        qrWith: '{app} ཡིས་འཇལ།',
        headings: {
          identify: 'ལག་འཁྱེར་གྱིས་ནང་འཛུལ།',
          face: 'གདོང་ར་སྤྲོད། པར་ཆས་ལ་ལྟ་ནས་སྒྲ་བརྡ་ལྟར་མགོ་སྐོར་རོགས།',
          qr: 'ཁ་པར་གྱི་ཉེར་སྤྱོད་ཀྱིས་ཨང་རྟགས་འཇལ་ནས་ནང་འཛུལ་རོགས།',
          services: 'སྒྲུབ་དགོས་པའི་བྱ་བ།',
          done: 'ལེགས་གྲུབ།',
        },
        signedInAs: 'ནང་འཛུལ་ཟིན། {name}། མིང་ངོ་མའི་རིམ་པ་ {level}',
        agreementTask: 'ཞབས་ཞུའི་གྲོས་མཐུན།',
        agreementPending: 'གྲོས་མཐུན་པར་གཞི་ {version} ལ་གསར་བསྒྱུར་བྱས། (ཁྱེད་ཀྱིས་ {signed} ལ་མིང་རྟགས་བཀོད།) བསྐྱར་དུ་མིང་རྟགས་འགོད་རོགས།',
        agreementSigned: 'གྲོས་མཐུན་གསར་ཤོས་ལ་མིང་རྟགས་བཀོད་ཟིན། ({version})',
        sign: 'མིང་རྟགས་འགོད།',
        upgradeTask: 'མིང་ངོ་མའི་རིམ་པ།',
        upgradeOffer: 'ཁྱེད་ཀྱི་རིམ་པ་ {level} ཡིན། ལག་འཁྱེར་དང་གདོང་ར་སྤྲོད་བྱས་ཟིན་པས་རིམ་པ་ ༣ ལ་འཕར་ཆོག',
        upgrade: 'རིམ་པ་འཕར།',
        levelOk: 'རིམ་པ་ {level}། འཕར་མི་དགོས།',
        nothingToDo: 'ཁྱེད་ཀྱི་རྩིས་ཁྲར་བྱ་བ་འདི་དག་མི་དགོས།',
        finishServices: 'ལེགས་གྲུབ།',
        doneTitle: 'ལེགས་གྲུབ།',
        doneBody: 'གཤམ་གྱི་བྱ་བ་གྲུབ་ཟིན།',
      },
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    accountServices: (typeof strings)['zh-CN'];
  }
}

export default strings;
