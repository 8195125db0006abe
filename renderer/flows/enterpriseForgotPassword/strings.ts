import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * Enterprise forgot password: the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    enterprise: {
      home: { forgot: '企业忘记密码', forgotBody: '法人短信验证后重设企业密码' },
      info: { legalAccount: '企业账号（账号名或统一社会信用代码）', legalAccountKeyboard: '输入企业账号' },
      forgot: {
        title: '企业忘记密码',
        headings: { identity: '企业账号与法定代表人', face: '请法定代表人本人正对摄像头', sms: '短信验证码将发送至法定代表人预留手机', password: '设置新密码' },
        submit: '重设密码',
        doneTitle: '企业密码已重设',
        doneBody: '请使用新密码登录企业账号。',
      },
    },
  },
  en: {
    enterprise: {
      home: { forgot: 'Enterprise password', forgotBody: 'Reset the enterprise password by SMS to the legal representative' },
      info: { legalAccount: 'Enterprise account (account name or credit code)', legalAccountKeyboard: 'Type the enterprise account' },
      forgot: {
        title: 'Enterprise password',
        headings: {
          identity: 'Enterprise account and legal representative',
          face: 'The legal representative looks at the camera',
          sms: 'A code goes to the legal representative’s reserved phone',
          password: 'Set a new password',
        },
        submit: 'Reset password',
        doneTitle: 'Password reset',
        doneBody: 'Sign in to the enterprise account with the new password.',
      },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    enterprise: {
      home: {
        forgot: 'كارخانا مەخپىي نومۇرىنى ئۇنتۇدۇم',
        forgotBody: 'قانۇنىي ۋەكىل قىسقا ئۇچۇر ئارقىلىق دەلىللەپ، كارخانا مەخپىي نومۇرىنى قايتا بېكىتىدۇ',
      },
      info: {
        legalAccount: 'كارخانا ھېساباتى (ھېسابات نامى ياكى بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى)',
        legalAccountKeyboard: 'كارخانا ھېساباتىنى كىرگۈزۈڭ',
      },
      forgot: {
        title: 'كارخانا مەخپىي نومۇرىنى ئۇنتۇدۇم',
        headings: {
          identity: 'كارخانا ھېساباتى ۋە قانۇنىي ۋەكىل',
          face: 'قانۇنىي ۋەكىل ئۆزى كامېراغا قارىسۇن',
          sms: 'دەلىللەش كودى قانۇنىي ۋەكىل قالدۇرغان يانفونغا ئەۋەتىلىدۇ',
          password: 'يېڭى مەخپىي نومۇر بېكىتىڭ',
        },
        submit: 'مەخپىي نومۇرنى قايتا بېكىتىش',
        doneTitle: 'كارخانا مەخپىي نومۇرى قايتا بېكىتىلدى',
        doneBody: 'يېڭى مەخپىي نومۇر بىلەن كارخانا ھېساباتىغا كىرىڭ.',
      },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    enterprise: {
      home: {
        forgot: 'ཁེ་ལས་ཀྱི་གསང་ཨང་བརྗེད་འདུག',
        forgotBody: 'ཁྲིམས་ལྡན་འཐུས་མིས་འཕྲིན་ཐུང་ར་སྤྲོད་བྱས་རྗེས་ཁེ་ལས་ཀྱི་གསང་ཨང་བསྐྱར་དུ་གཏན་འཁེལ།',
      },
      info: {
        legalAccount: 'ཁེ་ལས་རྩིས་ཁྲ། (རྩིས་ཁྲའི་མིང་ངམ་གཅིག་གྱུར་སྤྱི་ཚོགས་ཡིད་རྟོན་ཨང་རྟགས།)',
        legalAccountKeyboard: 'ཁེ་ལས་རྩིས་ཁྲ་འཇུག་རོགས།',
      },
      forgot: {
        title: 'ཁེ་ལས་ཀྱི་གསང་ཨང་བརྗེད་འདུག',
        headings: {
          identity: 'ཁེ་ལས་རྩིས་ཁྲ་དང་ཁྲིམས་ལྡན་འཐུས་མི།',
          face: 'ཁྲིམས་ལྡན་འཐུས་མི་རང་ཉིད་ཀྱིས་པར་ཆས་ལ་ལྟ་རོགས།',
          sms: 'ར་སྤྲོད་ཨང་ཁྲིམས་ལྡན་འཐུས་མིས་ཉར་བའི་ཁ་པར་ལ་གཏོང་།',
          password: 'གསང་ཨང་གསར་པ་གཏན་འཁེལ།',
        },
        submit: 'གསང་ཨང་བསྐྱར་དུ་གཏན་འཁེལ།',
        doneTitle: 'ཁེ་ལས་ཀྱི་གསང་ཨང་བསྐྱར་དུ་གཏན་འཁེལ་བྱས་ཟིན།',
        doneBody: 'གསང་ཨང་གསར་པས་ཁེ་ལས་རྩིས་ཁྲར་ནང་འཛུལ་གནང་རོགས།',
      },
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterpriseForgotPassword: (typeof strings)['zh-CN'];
  }
}

export default strings;
