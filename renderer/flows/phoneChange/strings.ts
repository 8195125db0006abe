import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * Change of the reserved phone: the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    person: {
      home: { phoneChange: '修改手机号', phoneChangeBody: '旧手机号不用了？刷身份证、验证人脸，换绑新的手机号' },
      phoneChange: {
        title: '修改手机号',
        steps: { identify: '身份证', face: '人脸验证', phone: '新手机号', done: '完成' },
        headings: {
          identify: '请刷身份证',
          face: '人脸验证：请正对摄像头，按语音提示转头',
          phone: '输入新手机号，并填写发到新手机号的验证码',
          done: '修改完成',
        },
        noCard: '请放置本人身份证，查找您的账号。',
        current: '当前预留手机号：{phone}',
        doneTitle: '手机号已修改',
        doneBody: '账号的预留手机号已改为 {phone}，以后的验证码将发到这个号码。',
      },
      receipt: { services: { phoneChange: '修改手机号' } },
      refusal: {
        person_phoneBoundElsewhere: {
          title: '这个手机号已绑定其他账号',
          body: '新手机号已经是另一个账号的预留手机号，不能绑定到您的账号。',
          next: '如果这个号码是您本人的，请通过本省政务服务APP取回手机号使用权，或到窗口办理；也可以换一个手机号重新办理。',
        },
      },
    },
    errors: { person: { phoneBoundElsewhere: '这个手机号已绑定其他账号，请通过本省政务服务APP取回，或到窗口办理' } },
  },
  en: {
    person: {
      home: { phoneChange: 'Change phone number', phoneChangeBody: 'No longer use your old number? Read your ID card, check your face and bind a new one' },
      phoneChange: {
        title: 'Change phone number',
        steps: { identify: 'ID card', face: 'Face', phone: 'New number', done: 'Done' },
        headings: {
          identify: 'Read your ID card',
          face: 'Face check: look at the camera and turn your head as asked',
          phone: 'Type your new number and the code sent to it',
          done: 'Changed',
        },
        noCard: 'Lay your own ID card on the reader to find your account.',
        current: 'Current number: {phone}',
        doneTitle: 'Your phone number is changed',
        doneBody: 'Your account now uses {phone}; verification codes will go to this number.',
      },
      receipt: { services: { phoneChange: 'Phone number change' } },
      refusal: {
        person_phoneBoundElsewhere: {
          title: 'This number belongs to another account',
          body: 'The new number is already the reserved number of another account, so it cannot be bound to yours.',
          next: "If the number is yours, take it back through the province's government service app or at the counter; or start again with another number.",
        },
      },
    },
    errors: {
      person: { phoneBoundElsewhere: "This number belongs to another account; take it back through the province's app or at the counter" },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    person: {
      home: { phoneChange: 'يانفون نومۇرىنى ئۆزگەرتىش', phoneChangeBody: 'كونا نومۇرنى ئىشلەتمەمسىز؟ كىملىك ۋە چىراي دەلىللەپ يېڭى نومۇر باغلاڭ' },
      phoneChange: {
        title: 'يانفون نومۇرىنى ئۆزگەرتىش',
        steps: { identify: 'كىملىك', face: 'چىراي', phone: 'يېڭى نومۇر', done: 'تامام' },
        headings: {
          identify: 'كىملىكىڭىزنى ئوقۇتۇڭ',
          face: 'چىراي دەلىللەش: كامېراغا قاراپ، ئاۋازلىق ئەسكەرتىش بويىچە بېشىڭىزنى بۇراڭ',
          phone: 'يېڭى نومۇرنى ۋە ئۇنىڭغا ئەۋەتىلگەن دەلىللەش كودىنى كىرگۈزۈڭ',
          done: 'ئۆزگەرتىلدى',
        },
        noCard: 'ھېساباتىڭىزنى تېپىش ئۈچۈن ئۆز كىملىكىڭىزنى ئوقۇغۇچقا قويۇڭ.',
        current: 'ھازىرقى نومۇر: {phone}',
        doneTitle: 'يانفون نومۇرى ئۆزگەرتىلدى',
        doneBody: 'ھېساباتىڭىز ئەمدى {phone} نومۇرىنى ئىشلىتىدۇ، دەلىللەش كودى بۇ نومۇرغا ئەۋەتىلىدۇ.',
      },
      receipt: { services: { phoneChange: 'يانفون نومۇرىنى ئۆزگەرتىش' } },
      refusal: {
        person_phoneBoundElsewhere: {
          title: 'بۇ نومۇر باشقا ھېساباتقا باغلانغان',
          body: 'يېڭى نومۇر باشقا بىر ھېساباتنىڭ نومۇرى، ھېساباتىڭىزغا باغلىغىلى بولمايدۇ.',
          next: 'نومۇر سىزنىڭ بولسا، ئۆلكىنىڭ ھۆكۈمەت مۇلازىمىتى ئەپى ئارقىلىق قايتۇرۇۋېلىڭ ياكى كۆزنەككە بېرىڭ؛ باشقا نومۇر بىلەن قايتا باشلىسىڭىزمۇ بولىدۇ.',
        },
      },
    },
    errors: { person: { phoneBoundElsewhere: 'بۇ نومۇر باشقا ھېساباتقا باغلانغان؛ ئەپ ئارقىلىق قايتۇرۇۋېلىڭ ياكى كۆزنەككە بېرىڭ' } },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    person: {
      home: { phoneChange: 'ཁ་པར་ཨང་བསྒྱུར་བ།', phoneChangeBody: 'ཁ་པར་ཨང་རྙིང་པ་མི་སྤྱོད་ན། ལག་འཁྱེར་དང་གདོང་ར་སྤྲོད་ནས་ཨང་གསར་པ་སྦྲེལ།' },
      phoneChange: {
        title: 'ཁ་པར་ཨང་བསྒྱུར་བ།',
        steps: { identify: 'ལག་འཁྱེར།', face: 'གདོང་།', phone: 'ཨང་གསར་པ།', done: 'ལེགས་གྲུབ།' },
        headings: {
          identify: 'ལག་འཁྱེར་ཀློག',
          face: 'གདོང་ར་སྤྲོད། པར་ཆས་ལ་ལྟ་ནས་སྒྲ་བརྡ་ལྟར་མགོ་སྐོར་རོགས།',
          phone: 'ཁ་པར་ཨང་གསར་པ་དང་དེར་བཏང་བའི་ར་སྤྲོད་ཨང་བཀོད་རོགས།',
          done: 'བསྒྱུར་ཟིན།',
        },
        noCard: 'རྩིས་ཁྲ་འཚོལ་ཆེད་རང་གི་ལག་འཁྱེར་ཀློག་ཆས་སྟེང་དུ་འཇོག་རོགས།',
        current: 'ད་ལྟའི་ཁ་པར་ཨང་། {phone}',
        doneTitle: 'ཁ་པར་ཨང་བསྒྱུར་ཟིན།',
        doneBody: 'ཁྱེད་ཀྱི་རྩིས་ཁྲས་ད་ནས་ {phone} བེད་སྤྱོད་བྱེད། ར་སྤྲོད་ཨང་ཨང་འདིར་གཏོང་ངེས།',
      },
      receipt: { services: { phoneChange: 'ཁ་པར་ཨང་བསྒྱུར་བ།' } },
      refusal: {
        person_phoneBoundElsewhere: {
          title: 'ཨང་འདི་རྩིས་ཁྲ་གཞན་ལ་སྦྲེལ་ཡོད།',
          body: 'ཨང་གསར་པ་དེ་རྩིས་ཁྲ་གཞན་ཞིག་གི་ཁ་པར་ཨང་ཡིན་པས། ཁྱེད་ཀྱི་རྩིས་ཁྲར་སྦྲེལ་མི་ཐུབ།',
          next: 'ཨང་འདི་ཁྱེད་རང་གི་ཡིན་ན། ཞིང་ཆེན་གྱི་གཞུང་ཞབས་ཉེར་སྒྲིག་ཆས་བརྒྱུད་ནས་ཕྱིར་ལེན་པའམ་སྒེའུ་ཁུང་དུ་ཕེབས། ཡང་ན་ཨང་གཞན་ཞིག་གིས་ཡང་བསྐྱར་འགོ་འཛུགས།',
        },
      },
    },
    errors: { person: { phoneBoundElsewhere: 'ཨང་འདི་རྩིས་ཁྲ་གཞན་ལ་སྦྲེལ་ཡོད། ཉེར་སྤྱོད་བརྒྱུད་ཕྱིར་ལེན་པའམ་སྒེའུ་ཁུང་དུ་ཕེབས།' } },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    phoneChange: (typeof strings)['zh-CN'];
  }
}

export default strings;
