import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * Enterprise registration: the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    enterprise: {
      home: { register: '企业注册', registerBody: '法人刷证，人脸验证后注册企业账号' },
      steps: { representative: '法定代表人' },
      register: {
        title: '企业注册',
        headings: {
          enterprise: '请填写企业信息',
          representative: '请核对法定代表人信息',
          phone: '法定代表人手机号与短信验证码',
          password: '设置企业账号密码',
          face: '请法定代表人正对摄像头',
        },
        submit: '提交注册',
        doneTitle: '企业注册成功',
        doneBody: '企业账号已开通，可使用账号密码登录。',
        pendingTitle: '注册已受理，账号待激活',
        pendingBody: '登记信息尚未确认该企业，账号处于“待激活”状态。',
        pendingNext: '请在登记信息更新后，到本机选择“企业账号激活”，短信验证后设置账号和密码；如有疑问请到窗口咨询。',
      },
    },
  },
  en: {
    enterprise: {
      home: { register: 'Register an enterprise', registerBody: 'Legal representative: card, face, then the enterprise account' },
      steps: { representative: 'Representative' },
      register: {
        title: 'Register an enterprise',
        headings: {
          enterprise: 'Enterprise information',
          representative: 'Check the legal representative',
          phone: 'Legal representative phone and SMS code',
          password: 'Set the enterprise account password',
          face: 'Legal representative: please face the camera',
        },
        submit: 'Register',
        doneTitle: 'Enterprise registered',
        doneBody: 'The enterprise account is open; sign in with the account and password.',
        pendingTitle: 'Registered: pending activation',
        pendingBody: 'The business registry has not confirmed this enterprise yet, so the account is pending activation.',
        pendingNext:
          'Once the registry is updated, choose "Activate an account" here, verify by SMS and set the account and password. Questions: please ask at the counter.',
      },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    enterprise: {
      home: {
        register: 'كارخانا تىزىملىتىش',
        registerBody: 'قانۇنىي ۋەكىل كىملىكىنى ئوقۇتۇپ، چىراي دەلىللىگەندىن كېيىن كارخانا ھېساباتى تىزىملىتىدۇ',
      },
      steps: { representative: 'قانۇنىي ۋەكىل' },
      register: {
        title: 'كارخانا تىزىملىتىش',
        headings: {
          enterprise: 'كارخانا ئۇچۇرىنى تولدۇرۇڭ',
          representative: 'قانۇنىي ۋەكىل ئۇچۇرىنى تەكشۈرۈڭ',
          phone: 'قانۇنىي ۋەكىلنىڭ يانفون نومۇرى ۋە قىسقا ئۇچۇر دەلىللەش كودى',
          password: 'كارخانا ھېساباتىنىڭ مەخپىي نومۇرىنى بېكىتىڭ',
          face: 'قانۇنىي ۋەكىل كامېراغا ئۇدۇل قارىسۇن',
        },
        submit: 'تىزىملاشنى يوللاش',
        doneTitle: 'كارخانا مۇۋەپپەقىيەتلىك تىزىملاندى',
        doneBody: 'كارخانا ھېساباتى ئېچىلدى، ھېسابات ۋە مەخپىي نومۇر بىلەن كىرەلەيسىز.',
        pendingTitle: 'تىزىملاش قوبۇل قىلىندى، ھېسابات ئاكتىپلاشنى ساقلاۋاتىدۇ',
        pendingBody: 'تىزىملاش ئۇچۇرى بۇ كارخانىنى تېخى جەزملىمىدى، ھېسابات «ئاكتىپلاشنى ساقلاش» ھالىتىدە.',
        pendingNext:
          'تىزىملاش ئۇچۇرى يېڭىلانغاندىن كېيىن، بۇ ئاپپاراتتا «كارخانا ھېساباتىنى ئاكتىپلاش» نى تاللاپ، قىسقا ئۇچۇر دەلىللەپ ھېسابات ۋە مەخپىي نومۇر بېكىتىڭ؛ سوئالىڭىز بولسا كۆزنەككە بېرىپ سوراڭ.',
      },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    enterprise: {
      home: { register: 'ཁེ་ལས་ཐོ་འགོད།', registerBody: 'ཁྲིམས་ལྡན་འཐུས་མིས་ལག་འཁྱེར་ཀློག་ནས་གདོང་ར་སྤྲོད་བྱས་རྗེས་ཁེ་ལས་རྩིས་ཁྲ་ཐོ་འགོད་བྱེད།' },
      steps: { representative: 'ཁྲིམས་ལྡན་འཐུས་མི།' },
      register: {
        title: 'ཁེ་ལས་ཐོ་འགོད།',
        headings: {
          enterprise: 'ཁེ་ལས་ཀྱི་ཆ་འཕྲིན་འགེངས་རོགས།',
          representative: 'ཁྲིམས་ལྡན་འཐུས་མིའི་ཆ་འཕྲིན་ཞིབ་བཤེར་བྱེད་རོགས།',
          phone: 'ཁྲིམས་ལྡན་འཐུས་མིའི་ཁ་པར་ཨང་དང་འཕྲིན་ཐུང་ར་སྤྲོད་ཨང་།',
          password: 'ཁེ་ལས་རྩིས་ཁྲའི་གསང་ཨང་གཏན་འཁེལ།',
          face: 'ཁྲིམས་ལྡན་འཐུས་མིས་པར་ཆས་ལ་ཐད་ཀར་ལྟ་རོགས།',
        },
        submit: 'ཐོ་འགོད་འབུལ།',
        doneTitle: 'ཁེ་ལས་ཐོ་འགོད་ལེགས་གྲུབ་བྱུང་།',
        doneBody: 'ཁེ་ལས་རྩིས་ཁྲ་ཁ་ཕྱེ་ཟིན། རྩིས་ཁྲ་དང་གསང་ཨང་གིས་ནང་འཛུལ་ཆོག',
        pendingTitle: 'ཐོ་འགོད་ལེན་ཟིན། རྩིས་ཁྲ་སྤྱོད་འགོ་འཛུགས་རྒྱུ་ལྷག་ཡོད།',
        pendingBody: 'ཐོ་འགོད་ཆ་འཕྲིན་གྱིས་ཁེ་ལས་འདི་ད་དུང་གཏན་འཁེལ་བྱས་མེད་པས། རྩིས་ཁྲ་“སྤྱོད་འགོ་འཛུགས་རྒྱུ་ལྷག་པ”འི་གནས་སྟངས་སུ་ཡོད།',
        pendingNext:
          'ཐོ་འགོད་ཆ་འཕྲིན་གསར་བསྒྱུར་བྱས་རྗེས། འཕྲུལ་ཆས་འདིར་“ཁེ་ལས་རྩིས་ཁྲ་སྤྱོད་འགོ་འཛུགས།”འདེམས་ནས་འཕྲིན་ཐུང་ར་སྤྲོད་བྱས་རྗེས་རྩིས་ཁྲ་དང་གསང་ཨང་གཏན་འཁེལ་བྱེད་རོགས། དྲི་བ་ཡོད་ན་སྒེའུ་ཁུང་དུ་ཕེབས་ནས་འདྲི་རོགས།',
      },
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterpriseRegistration: (typeof strings)['zh-CN'];
  }
}

export default strings;
