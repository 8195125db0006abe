import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * Forgot password (natural person): the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    person: {
      home: { forgot: '忘记密码', forgotBody: '刷身份证，人脸验证后重设密码' },
      forgot: {
        title: '忘记密码',
        steps: { identify: '身份信息', face: '人脸验证', sms: '短信验证', password: '新密码', done: '完成' },
        headings: {
          identify: '刷身份证查找账号',
          face: '人脸验证：请正对摄像头，按语音提示转头',
          sms: '验证预留手机',
          password: '设置新密码',
          done: '密码已重设',
        },
        noCard: '读卡后查找您的账号。没有身份证请到窗口办理。',
        submit: '确认重设',
        doneTitle: '密码重设成功',
        doneBody: '请用新密码登录，旧密码已失效。',
      },
    },
    errors: { PASSWORD_SAME_AS_OLD: '新密码不能与原密码相同，请换一个密码' },
  },
  en: {
    person: {
      home: { forgot: 'Forgot password', forgotBody: 'Read your ID card, check your face, set a new password' },
      forgot: {
        title: 'Forgot password',
        steps: { identify: 'Identity', face: 'Face', sms: 'SMS', password: 'New password', done: 'Done' },
        headings: {
          identify: 'Read your ID card to find your account',
          face: 'Face check: look at the camera and turn your head as asked',
          sms: 'Confirm your registered phone',
          password: 'Choose a new password',
          done: 'Password changed',
        },
        noCard: 'We find your account from the card. No card? Please go to the counter.',
        submit: 'Set password',
        doneTitle: 'Your password is changed',
        doneBody: 'Sign in with the new password; the old one no longer works.',
      },
    },
    errors: { PASSWORD_SAME_AS_OLD: 'The new password must differ from your current one; please choose another' },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    person: {
      home: { forgot: 'مەخپىي نومۇرنى ئۇنتۇدۇم', forgotBody: 'كىملىك ۋە چىراي دەلىللەپ يېڭى مەخپىي نومۇر بېكىتىش' },
      forgot: {
        title: 'مەخپىي نومۇرنى ئۇنتۇدۇم',
        steps: { identify: 'كىملىك', face: 'چىراي', sms: 'قىسقا ئۇچۇر', password: 'يېڭى مەخپىي نومۇر', done: 'تامام' },
        headings: {
          identify: 'كىملىكنى ئوقۇتۇپ ھېساباتنى تېپىش',
          face: 'چىراي دەلىللەش: كامېراغا قاراپ، ئاۋازلىق ئەسكەرتىش بويىچە بېشىڭىزنى بۇراڭ',
          sms: 'قالدۇرغان يانفوننى دەلىللەش',
          password: 'يېڭى مەخپىي نومۇر بېكىتىش',
          done: 'مەخپىي نومۇر ئۆزگەرتىلدى',
        },
        noCard: 'ھېساباتىڭىز كىملىكتىن تېپىلىدۇ. كىملىك بولمىسا كۆزنەككە بېرىڭ.',
        submit: 'جەزملەش',
        doneTitle: 'مەخپىي نومۇر ئۆزگەرتىلدى',
        doneBody: 'يېڭى مەخپىي نومۇر بىلەن كىرىڭ، كونىسى ئىناۋەتسىز.',
      },
    },
    errors: { PASSWORD_SAME_AS_OLD: 'يېڭى مەخپىي نومۇر كونىسى بىلەن ئوخشاش بولسا بولمايدۇ، باشقىسىنى تاللاڭ' },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    person: {
      home: { forgot: 'གསང་ཨང་བརྗེད་འདུག', forgotBody: 'ལག་འཁྱེར་དང་གདོང་ར་སྤྲོད་བྱས་རྗེས་གསང་ཨང་གསར་པ།' },
      forgot: {
        title: 'གསང་ཨང་བརྗེད་འདུག',
        steps: { identify: 'ཐོབ་ཐང་།', face: 'གདོང་།', sms: 'འཕྲིན་ཐུང་།', password: 'གསང་ཨང་གསར་པ།', done: 'ལེགས་གྲུབ།' },
        headings: {
          identify: 'ལག་འཁྱེར་ཀློག་ནས་རྩིས་ཁྲ་འཚོལ།',
          face: 'གདོང་ར་སྤྲོད། པར་ཆས་ལ་ལྟ་ནས་སྒྲ་བརྡ་ལྟར་མགོ་སྐོར་རོགས།',
          sms: 'ཉར་བའི་ཁ་པར་ར་སྤྲོད།',
          password: 'གསང་ཨང་གསར་པ་གཏན་འཁེལ།',
          done: 'གསང་ཨང་བསྒྱུར་ཟིན།',
        },
        noCard: 'ལག་འཁྱེར་ནས་རྩིས་ཁྲ་འཚོལ། ལག་འཁྱེར་མེད་ན་སྒེའུ་ཁུང་དུ་ཕེབས།',
        submit: 'ངེས་གཏན།',
        doneTitle: 'གསང་ཨང་བསྒྱུར་ཟིན།',
        doneBody: 'གསང་ཨང་གསར་པས་ནང་འཛུལ་གནང་། རྙིང་པ་ནུས་མེད་རེད།',
      },
    },
    errors: { PASSWORD_SAME_AS_OLD: 'གསང་ཨང་གསར་པ་དེ་གསང་ཨང་རྙིང་པ་དང་གཅིག་མཚུངས་ཡིན་མི་ཆོག གཞན་ཞིག་འདེམས་རོགས།' },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    forgotPassword: (typeof strings)['zh-CN'];
  }
}

export default strings;
