import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * Enterprise account activation: the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    enterprise: {
      home: { activate: '企业账号激活', activateBody: '待激活企业：短信验证后设置账号密码' },
      steps: { account: '账号密码' },
      activate: {
        title: '企业账号激活',
        headings: { enterprise: '请输入待激活企业的统一社会信用代码', sms: '短信验证码将发送至法定代表人预留手机', account: '设置企业账号和密码' },
        find: '查询',
        found: '找到待激活企业：{name}',
        submit: '激活',
        doneTitle: '企业账号已激活',
        doneBody: '现在可以使用企业账号和密码登录。',
      },
    },
  },
  en: {
    enterprise: {
      home: { activate: 'Activate an account', activateBody: 'Pending enterprise: SMS check, then account and password' },
      steps: { account: 'Account' },
      activate: {
        title: 'Activate an enterprise account',
        headings: {
          enterprise: 'Credit code of the pending enterprise',
          sms: 'A code goes to the legal representative’s reserved phone',
          account: 'Set the account and password',
        },
        find: 'Find',
        found: 'Pending enterprise found: {name}',
        submit: 'Activate',
        doneTitle: 'Account activated',
        doneBody: 'You can now sign in with the enterprise account and password.',
      },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    enterprise: {
      home: {
        activate: 'كارخانا ھېساباتىنى ئاكتىپلاش',
        activateBody: 'ئاكتىپلاشنى ساقلاۋاتقان كارخانا: قىسقا ئۇچۇر دەلىللەپ، ھېسابات ۋە مەخپىي نومۇر بېكىتىش',
      },
      steps: { account: 'ھېسابات ۋە مەخپىي نومۇر' },
      activate: {
        title: 'كارخانا ھېساباتىنى ئاكتىپلاش',
        headings: {
          enterprise: 'ئاكتىپلاشنى ساقلاۋاتقان كارخانىنىڭ بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودىنى كىرگۈزۈڭ',
          sms: 'دەلىللەش كودى قانۇنىي ۋەكىل قالدۇرغان يانفونغا ئەۋەتىلىدۇ',
          account: 'كارخانا ھېساباتى ۋە مەخپىي نومۇرىنى بېكىتىڭ',
        },
        find: 'سۈرۈشتۈرۈش',
        found: 'ئاكتىپلاشنى ساقلاۋاتقان كارخانا تېپىلدى: {name}',
        submit: 'ئاكتىپلاش',
        doneTitle: 'كارخانا ھېساباتى ئاكتىپلاندى',
        doneBody: 'ئەمدى كارخانا ھېساباتى ۋە مەخپىي نومۇر بىلەن كىرەلەيسىز.',
      },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    enterprise: {
      home: {
        activate: 'ཁེ་ལས་རྩིས་ཁྲ་སྤྱོད་འགོ་འཛུགས།',
        activateBody: 'སྤྱོད་འགོ་འཛུགས་རྒྱུ་ལྷག་པའི་ཁེ་ལས། འཕྲིན་ཐུང་ར་སྤྲོད་བྱས་རྗེས་རྩིས་ཁྲ་དང་གསང་ཨང་གཏན་འཁེལ།',
      },
      steps: { account: 'རྩིས་ཁྲ་དང་གསང་ཨང་།' },
      activate: {
        title: 'ཁེ་ལས་རྩིས་ཁྲ་སྤྱོད་འགོ་འཛུགས།',
        headings: {
          enterprise: 'སྤྱོད་འགོ་འཛུགས་རྒྱུ་ལྷག་པའི་ཁེ་ལས་ཀྱི་གཅིག་གྱུར་སྤྱི་ཚོགས་ཡིད་རྟོན་ཨང་རྟགས་འཇུག་རོགས།',
          sms: 'ར་སྤྲོད་ཨང་ཁྲིམས་ལྡན་འཐུས་མིས་ཉར་བའི་ཁ་པར་ལ་གཏོང་།',
          account: 'ཁེ་ལས་རྩིས་ཁྲ་དང་གསང་ཨང་གཏན་འཁེལ།',
        },
        find: 'འཚོལ།',
        found: 'སྤྱོད་འགོ་འཛུགས་རྒྱུ་ལྷག་པའི་ཁེ་ལས་རྙེད་སོང་། {name}',
        submit: 'སྤྱོད་འགོ་འཛུགས།',
        doneTitle: 'ཁེ་ལས་རྩིས་ཁྲ་སྤྱོད་འགོ་བཙུགས་ཟིན།',
        doneBody: 'ད་ནས་ཁེ་ལས་རྩིས་ཁྲ་དང་གསང་ཨང་གིས་ནང་འཛུལ་ཆོག',
      },
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterpriseActivation: (typeof strings)['zh-CN'];
  }
}

export default strings;
