import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * Natural-person registration: the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    person: {
      home: { register: '注册账号', registerBody: '刷身份证，设置密码，绑定手机' },
      register: {
        title: '自然人注册',
        steps: { agreement: '协议', account: '账号密码', identity: '身份信息', phone: '手机验证', face: '人脸验证', done: '完成' },
        headings: {
          agreement: '请阅读并同意服务协议和隐私政策',
          account: '设置账号名和密码',
          identity: '核对身份信息',
          phone: '验证手机号码',
          face: '人脸验证：请正对摄像头，按语音提示转头',
          done: '注册完成',
        },
        doneTitle: '注册成功',
        doneBody: '您可以用身份证号码或手机号码和刚设置的密码登录。',
        doneBodyName: '您的账号名是 {name}，可以用账号名、身份证号码或手机号码登录。',
        validityWarning: '请核对有效期限：按持证人的年龄，这个期限不太常见（期限按申领时的年龄确定）。核对无误请再按一次“下一步”。',
      },
      refusal: {
        ID_NUMBER_ALREADY_REGISTERED: {
          title: '您已经注册过账号',
          body: '这个证件号码已经有账号，不能重复注册。',
          next: '忘记密码可以选择"忘记密码"重新设置。',
        },
      },
    },
    errors: { ACCOUNT_NAME_NOT_OFFERED: '本省不设账号名，请用证件号码或手机号码登录' },
  },
  en: {
    person: {
      home: { register: 'Register', registerBody: 'Read your ID card, set a password, link your phone' },
      register: {
        title: 'Register',
        steps: { agreement: 'Agreement', account: 'Account', identity: 'Identity', phone: 'Phone', face: 'Face', done: 'Done' },
        headings: {
          agreement: 'Please read and accept the agreement and privacy policy',
          account: 'Choose an account name and password',
          identity: 'Check your identity',
          phone: 'Confirm your mobile number',
          face: 'Face check: look at the camera and turn your head as asked',
          done: 'Registered',
        },
        doneTitle: 'You are registered',
        doneBody: 'Sign in with your ID number or phone number and your new password.',
        doneBodyName: 'Your account name is {name}. Sign in with it, your ID number or your phone number.',
        validityWarning:
          "Please check the validity dates: the term is unusual for the holder's age (the term follows the age on the day of application). If they are right, press Next again.",
      },
      refusal: {
        ID_NUMBER_ALREADY_REGISTERED: {
          title: 'You already have an account',
          body: 'This ID number is already registered and cannot be registered twice.',
          next: 'If you forgot the password, choose "Forgot password".',
        },
      },
    },
    errors: { ACCOUNT_NAME_NOT_OFFERED: 'Accounts here have no account name; sign in with your ID number or phone' },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    person: {
      home: { register: 'تىزىملىتىش', registerBody: 'كىملىكنى ئوقۇتۇپ، مەخپىي نومۇر بېكىتىپ، تېلېفون باغلاش' },
      register: {
        title: 'شەخس تىزىملىتىش',
        steps: { agreement: 'كېلىشىم', account: 'ھېسابات', identity: 'كىملىك', phone: 'تېلېفون', face: 'چىراي', done: 'تامام' },
        headings: {
          agreement: 'كېلىشىم ۋە مەخپىيەتلىك سىياسىتىنى ئوقۇپ قوشۇلۇڭ',
          account: 'ھېسابات نامى ۋە مەخپىي نومۇر بېكىتىڭ',
          identity: 'كىملىك ئۇچۇرىنى تەكشۈرۈڭ',
          phone: 'يانفون نومۇرىنى دەلىللەڭ',
          face: 'چىراي دەلىللەش: كامېراغا قاراپ، ئاۋازلىق ئەسكەرتىش بويىچە بېشىڭىزنى بۇراڭ',
          done: 'تىزىملىتىش تامام',
        },
        doneTitle: 'تىزىملىتىش مۇۋەپپەقىيەتلىك',
        doneBody: 'كىملىك نومۇرى ياكى يانفون نومۇرى ۋە يېڭى مەخپىي نومۇر بىلەن كىرەلەيسىز.',
        doneBodyName: 'ھېسابات نامىڭىز {name}. ھېسابات نامى، كىملىك نومۇرى ياكى يانفون نومۇرى بىلەن كىرەلەيسىز.',
        validityWarning:
          'ئىناۋەتلىك مۇددەتنى تەكشۈرۈڭ: كىنىشكە ئىگىسىنىڭ يېشىغا قارىغاندا بۇ مۇددەت ئادەتتىكىدەك ئەمەس (مۇددەت ئىلتىماس قىلغان كۈندىكى ياشقا ئاساسەن بېكىتىلىدۇ). توغرا بولسا «كېيىنكى قەدەم» نى يەنە بىر قېتىم بېسىڭ.',
      },
      refusal: {
        ID_NUMBER_ALREADY_REGISTERED: {
          title: 'ھېساباتىڭىز بار',
          body: 'بۇ كىملىك نومۇرى تىزىملاتقان، قايتا تىزىملاتقىلى بولمايدۇ.',
          next: 'مەخپىي نومۇرنى ئۇنتۇغان بولسىڭىز «مەخپىي نومۇرنى ئۇنتۇدۇم» نى تاللاڭ.',
        },
      },
    },
    errors: { ACCOUNT_NAME_NOT_OFFERED: 'بۇ ئۆلكىدە ھېسابات نامى يوق، كىملىك نومۇرى ياكى يانفون نومۇرى بىلەن كىرىڭ' },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    person: {
      home: { register: 'ཐོ་འགོད།', registerBody: 'ཐོབ་ཐང་ལག་འཁྱེར་ཀློག་ནས་གསང་ཨང་གཏན་འཁེལ་དང་ཁ་པར་སྦྲེལ།' },
      register: {
        title: 'མི་སྒེར་ཐོ་འགོད།',
        steps: { agreement: 'གྲོས་མཐུན།', account: 'རྩིས་ཁྲ།', identity: 'ཐོབ་ཐང་།', phone: 'ཁ་པར།', face: 'གདོང་།', done: 'ལེགས་གྲུབ།' },
        headings: {
          agreement: 'གྲོས་མཐུན་དང་སྒེར་གསང་སྲིད་ཇུས་ཀློག་ནས་མོས་མཐུན་བྱེད་རོགས།',
          account: 'རྩིས་ཁྲའི་མིང་དང་གསང་ཨང་གཏན་འཁེལ།',
          identity: 'ཐོབ་ཐང་ཆ་འཕྲིན་ཞིབ་བཤེར།',
          phone: 'ཁ་པར་ཨང་ར་སྤྲོད།',
          face: 'གདོང་ར་སྤྲོད། པར་ཆས་ལ་ལྟ་ནས་སྒྲ་བརྡ་ལྟར་མགོ་སྐོར་རོགས།',
          done: 'ཐོ་འགོད་ལེགས་གྲུབ།',
        },
        doneTitle: 'ཐོ་འགོད་ལེགས་གྲུབ་བྱུང་།',
        doneBody: 'ལག་འཁྱེར་ཨང་ངམ་ཁ་པར་ཨང་དང་གསང་ཨང་གསར་པས་ནང་འཛུལ་ཆོག',
        doneBodyName: 'ཁྱེད་ཀྱི་རྩིས་ཁྲའི་མིང་ {name} ཡིན། དེས་ནང་འཛུལ་ཆོག',
        validityWarning:
          'ནུས་ལྡན་དུས་ཚོད་ཞིབ་བཤེར་གནང་རོགས། ལག་འཁྱེར་བདག་པོའི་ལོ་ཚད་ལྟར་ན་དུས་ཚོད་འདི་རྒྱུན་ལྡན་མིན། (དུས་ཚོད་ནི་ཞུ་འབུལ་ཉིན་གྱི་ལོ་ཚད་ལྟར་གཏན་འཁེལ།) ནོར་འཁྲུལ་མེད་ན་ཡང་བསྐྱར་«རྗེས་མའི་གོ་རིམ།»མནན་རོགས།',
      },
      refusal: {
        ID_NUMBER_ALREADY_REGISTERED: {
          title: 'ཁྱེད་ལ་རྩིས་ཁྲ་ཡོད་ཟིན།',
          body: 'ལག་འཁྱེར་ཨང་འདི་ཐོ་འགོད་བྱས་ཟིན་པས་བསྐྱར་དུ་ཐོ་འགོད་བྱེད་མི་ཆོག',
          next: 'གསང་ཨང་བརྗེད་ན་«གསང་ཨང་བརྗེད་འདུག»འདེམས།',
        },
      },
    },
    errors: { ACCOUNT_NAME_NOT_OFFERED: 'ཞིང་ཆེན་འདིར་རྩིས་ཁྲའི་མིང་མེད། ལག་འཁྱེར་ཨང་ངམ་ཁ་པར་ཨང་གིས་ནང་འཛུལ་གནང་རོགས།' },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    registration: (typeof strings)['zh-CN'];
  }
}

export default strings;
