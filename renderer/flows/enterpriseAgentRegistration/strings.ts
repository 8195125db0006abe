import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/** Tibet's agent registration (我是代理人): the flow's screens, its tile, the service's name on a receipt and its own refusal, in every language. */
const strings = defineFlowStrings({
  'zh-CN': {
    errors: { LEGAL_REPRESENTATIVE_PHONE_MISMATCH: '法人手机号与企业预留手机号不一致' },
    enterprise: {
      home: { agentRegistration: '我是{title}', agentRegistrationBody: '为企业注册，法人审核后生效' },
      agentRegistration: {
        title: '我是{title}',
        steps: { enterprise: '单位信息', agent: '{title}信息', face: '人脸验证', password: '设置密码', done: '完成' },
        headings: {
          enterprise: '请输入统一社会信用代码，选择注册所在地',
          agent: '请{title}放本人身份证，并填写手机号',
          face: '请{title}本人正对摄像头',
          password: '设置{title}的登录密码',
        },
        region: '注册所在地',
        regions: { lhasa: '拉萨市', shigatse: '日喀则市', chamdo: '昌都市', nyingchi: '林芝市', shannan: '山南市', nagqu: '那曲市', ngari: '阿里地区' },
        placeCard: '请{title}将本人身份证放在读卡器上',
        sex: '性别',
        sexes: { male: '男', female: '女' },
        ethnicity: '民族',
        residentCardOnly: '请使用居民身份证：注册需要证件上的性别和民族',
        phone: '{title}手机号',
        legalRepresentativePhone: '法人手机号（企业预留的手机号）',
        keypad: '手机号键盘',
        toFace: '下一步：人脸验证',
        submit: '提交注册',
        doneTitle: '已提交，等待法定代表人审核',
        doneBody: '法定代表人在“{title}管理”中审核通过后，您即可为企业办理业务。',
      },
      receipt: { services: { agentRegistration: '代理人注册（待法人审核）' } },
    },
  },
  en: {
    errors: { LEGAL_REPRESENTATIVE_PHONE_MISMATCH: 'The legal representative’s phone does not match the enterprise’s reserved phone' },
    enterprise: {
      home: { agentRegistration: 'Register as a proxy', agentRegistrationBody: 'Act for an enterprise once approved' },
      agentRegistration: {
        title: 'Register as a {title}',
        steps: { enterprise: 'Enterprise', agent: 'You', face: 'Face', password: 'Password', done: 'Done' },
        headings: {
          enterprise: 'Type the credit code and choose the place of registration',
          agent: 'Place your own ID card and type the phone numbers',
          face: 'Look at the camera yourself',
          password: 'Set your sign-in password',
        },
        region: 'Place of registration',
        regions: { lhasa: 'Lhasa', shigatse: 'Shigatse', chamdo: 'Chamdo', nyingchi: 'Nyingchi', shannan: 'Shannan', nagqu: 'Nagqu', ngari: 'Ngari' },
        placeCard: 'Place your own ID card on the reader',
        sex: 'Sex',
        sexes: { male: 'Male', female: 'Female' },
        ethnicity: 'Ethnic group',
        residentCardOnly: 'Please use a resident ID card: registration needs the sex and ethnic group it shows',
        phone: 'Your phone',
        legalRepresentativePhone: 'Legal representative’s phone (reserved by the enterprise)',
        keypad: 'Phone keypad',
        toFace: 'Next: face check',
        submit: 'Register',
        doneTitle: 'Sent: waiting for the legal representative',
        doneBody: 'Once the legal representative approves you on the agents screen, you can act for the enterprise.',
      },
      receipt: { services: { agentRegistration: 'Agent registration (waiting for the legal representative)' } },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    errors: { LEGAL_REPRESENTATIVE_PHONE_MISMATCH: 'قانۇنىي ۋەكىلنىڭ يانفون نومۇرى كارخانا قالدۇرغان نومۇرغا ماس ئەمەس' },
    enterprise: {
      home: { agentRegistration: 'مەن ۋاكالەتچى', agentRegistrationBody: 'قانۇنىي ۋەكىل تەستىقلىغاندىن كېيىن كارخانا ئۈچۈن ئىش بېجىرىش' },
      agentRegistration: {
        title: 'مەن {title}',
        steps: { enterprise: 'ئورۇن', agent: '{title}', face: 'چىراي', password: 'مەخپىي نومۇر', done: 'تامام' },
        headings: {
          enterprise: 'ئىناۋەت كودىنى كىرگۈزۈپ، ئورۇننى تاللاڭ',
          agent: '{title} ئۆز كىملىكىنى قويۇپ، يانفون نومۇرلىرىنى كىرگۈزسۇن',
          face: '{title} ئۆزى كامېراغا قارىسۇن',
          password: '{title} نىڭ مەخپىي نومۇرىنى بېكىتىڭ',
        },
        region: 'تىزىمغا ئالدۇرغان جاي',
        regions: { lhasa: 'لاسا', shigatse: 'شىگاتسې', chamdo: 'چامدو', nyingchi: 'نىڭچى', shannan: 'شەننەن', nagqu: 'ناگچۇ', ngari: 'نگارى' },
        placeCard: '{title} ئۆز كىملىكىنى ئوقۇغۇچقا قويسۇن',
        sex: 'جىنسى',
        sexes: { male: 'ئەر', female: 'ئايال' },
        ethnicity: 'مىللىتى',
        residentCardOnly: 'ئاھالە كىملىكى ئىشلىتىڭ: كىملىكتىكى جىنس ۋە مىللەت كېرەك',
        phone: '{title} نىڭ يانفون نومۇرى',
        legalRepresentativePhone: 'قانۇنىي ۋەكىلنىڭ يانفون نومۇرى (كارخانا قالدۇرغان)',
        keypad: 'يانفون نومۇرى كۇنۇپكىلىرى',
        toFace: 'كېيىنكى: چىراي دەلىللەش',
        submit: 'يوللاش',
        doneTitle: 'يوللاندى، قانۇنىي ۋەكىلنىڭ تەستىقىنى كۈتىدۇ',
        doneBody: 'قانۇنىي ۋەكىل تەستىقلىغاندىن كېيىن كارخانا ئۈچۈن ئىش بېجىرەلەيسىز.',
      },
      receipt: { services: { agentRegistration: 'ۋاكالەتچى تىزىملىتىش (قانۇنىي ۋەكىلنىڭ تەستىقىنى كۈتىدۇ)' } },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    errors: { LEGAL_REPRESENTATIVE_PHONE_MISMATCH: 'ཁྲིམས་ལྡན་འཐུས་མིའི་ཁ་པར་དང་ཁེ་ལས་ཀྱིས་ཉར་བའི་ཁ་པར་མི་མཐུན།' },
    enterprise: {
      home: { agentRegistration: 'ང་ནི་ཚབ་མི།', agentRegistrationBody: 'ཁྲིམས་ལྡན་འཐུས་མིས་ཆོག་མཆན་སྤྲད་རྗེས་ཁེ་ལས་ཀྱི་ཚབ་བྱེད།' },
      agentRegistration: {
        title: 'ང་ནི་{title}',
        steps: { enterprise: 'ལས་ཁུངས།', agent: '{title}', face: 'གདོང་།', password: 'གསང་ཨང་།', done: 'ལེགས་གྲུབ།' },
        headings: {
          enterprise: 'ཡིད་རྟོན་ཨང་རྟགས་འཇུག་པ་དང་ཐོ་འགོད་ས་གནས་འདེམས་རོགས།',
          agent: '{title} རང་གི་ཐོབ་ཐང་ལག་ཁྱེར་འཇོག་པ་དང་ཁ་པར་འཇུག་རོགས།',
          face: '{title} རང་ཉིད་ཀྱིས་པར་ཆས་ལ་ལྟ་རོགས།',
          password: '{title} གསང་ཨང་གཏན་འཁེལ།',
        },
        region: 'ཐོ་འགོད་ས་གནས།',
        regions: { lhasa: 'ལྷ་ས།', shigatse: 'གཞིས་ཀ་རྩེ།', chamdo: 'ཆབ་མདོ།', nyingchi: 'ཉིང་ཁྲི།', shannan: 'ལྷོ་ཁ།', nagqu: 'ནག་ཆུ།', ngari: 'མངའ་རིས།' },
        placeCard: '{title} རང་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཀློག་ཆས་སྟེང་འཇོག་རོགས།',
        sex: 'ཕོ་མོ།',
        sexes: { male: 'ཕོ།', female: 'མོ།' },
        ethnicity: 'མི་རིགས།',
        residentCardOnly: 'སྡོད་དམངས་ཐོབ་ཐང་ལག་ཁྱེར་སྤྱོད་རོགས། ལག་ཁྱེར་སྟེང་གི་ཕོ་མོ་དང་མི་རིགས་དགོས།',
        phone: '{title} ཁ་པར།',
        legalRepresentativePhone: 'ཁྲིམས་ལྡན་འཐུས་མིའི་ཁ་པར། (ཁེ་ལས་ཀྱིས་ཉར་བ།)',
        keypad: 'ཁ་པར་གྱི་མཐེབ་གཞོང་།',
        toFace: 'རྗེས་མ། གདོང་ར་སྤྲོད།',
        submit: 'ཐོ་འགོད་སྤྲོད།',
        doneTitle: 'སྤྲད་ཟིན། ཁྲིམས་ལྡན་འཐུས་མིའི་ཞིབ་བཤེར་སྒུག་བཞིན།',
        doneBody: 'ཁྲིམས་ལྡན་འཐུས་མིས་ཆོག་མཆན་སྤྲད་རྗེས་ཁྱེད་ཀྱིས་ཁེ་ལས་ཀྱི་ལས་དོན་སྒྲུབ་ཆོག',
      },
      receipt: { services: { agentRegistration: 'ཚབ་མིའི་ཐོ་འགོད། (ཁྲིམས་ལྡན་འཐུས་མིའི་ཞིབ་བཤེར་སྒུག་བཞིན།)' } },
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterpriseAgentRegistration: (typeof strings)['zh-CN'];
  }
}

export default strings;
