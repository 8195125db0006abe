import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * ID validity update after a card renewal: the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    person: {
      home: { validity: '更新证件有效期', validityBody: '换领新身份证后，刷新证更新账号的有效期限' },
      validity: {
        title: '更新证件有效期',
        steps: { identify: '新身份证', face: '人脸验证', done: '完成' },
        headings: { identify: '刷换领后的新身份证', face: '人脸验证：请正对摄像头，按语音提示转头', done: '更新完成' },
        noCard: '请放置换领后的新身份证，账号的有效期限将更新为新证上的日期。',
        doneTitle: '证件有效期已更新',
        doneBody: '账号的证件有效期限已与新身份证一致。',
      },
      receipt: { services: { validityUpdate: '更新证件有效期' } },
      refusal: {
        NO_VALIDITY_PERIOD: {
          title: '这张证件没有有效期限',
          body: '证件上没有有效期限（例如未满16周岁的居民身份证），账号无需更新。',
          next: '如有疑问，请到窗口咨询。',
        },
      },
    },
    errors: { NO_VALIDITY_PERIOD: '这张证件没有有效期限，无需更新' },
  },
  en: {
    person: {
      home: { validity: 'Update ID validity', validityBody: 'Got a renewed ID card? Update the validity dates of your account' },
      validity: {
        title: 'Update ID validity',
        steps: { identify: 'New ID card', face: 'Face', done: 'Done' },
        headings: { identify: 'Read your renewed ID card', face: 'Face check: look at the camera and turn your head as asked', done: 'Updated' },
        noCard: 'Lay your renewed ID card on the reader: your account takes over the dates printed on it.',
        doneTitle: 'Your ID validity is updated',
        doneBody: 'Your account now holds the validity dates of your new ID card.',
      },
      receipt: { services: { validityUpdate: 'ID validity update' } },
      refusal: {
        NO_VALIDITY_PERIOD: {
          title: 'This document has no validity dates',
          body: 'The document carries no validity period (for example the ID card of a child under 16), so there is nothing to update.',
          next: 'If you have questions, please ask at the counter.',
        },
      },
    },
    errors: { NO_VALIDITY_PERIOD: 'This document has no validity dates; there is nothing to update' },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    person: {
      home: { validity: 'كىملىك مۇددىتىنى يېڭىلاش', validityBody: 'يېڭى كىملىك ئالغاندىن كېيىن ھېساباتنىڭ ئىناۋەتلىك مۇددىتىنى يېڭىلاش' },
      validity: {
        title: 'كىملىك مۇددىتىنى يېڭىلاش',
        steps: { identify: 'يېڭى كىملىك', face: 'چىراي', done: 'تامام' },
        headings: { identify: 'يېڭى كىملىكنى ئوقۇتۇڭ', face: 'چىراي دەلىللەش: كامېراغا قاراپ، ئاۋازلىق ئەسكەرتىش بويىچە بېشىڭىزنى بۇراڭ', done: 'يېڭىلاندى' },
        noCard: 'يېڭى كىملىكنى ئوقۇغۇچقا قويۇڭ، ھېساباتنىڭ مۇددىتى يېڭى كىملىكتىكى چېسلاغا ئۆزگىرىدۇ.',
        doneTitle: 'كىملىك مۇددىتى يېڭىلاندى',
        doneBody: 'ھېساباتىڭىزدىكى ئىناۋەتلىك مۇددەت يېڭى كىملىك بىلەن بىردەك بولدى.',
      },
      receipt: { services: { validityUpdate: 'كىملىك مۇددىتىنى يېڭىلاش' } },
      refusal: {
        NO_VALIDITY_PERIOD: {
          title: 'بۇ كىنىشكىنىڭ ئىناۋەتلىك مۇددىتى يوق',
          body: 'كىنىشكىدە ئىناۋەتلىك مۇددەت يوق (مەسىلەن 16 ياشقا توشمىغانلارنىڭ كىملىكى)، يېڭىلاشنىڭ ھاجىتى يوق.',
          next: 'سوئالىڭىز بولسا كۆزنەككە مۇراجىئەت قىلىڭ.',
        },
      },
    },
    errors: { NO_VALIDITY_PERIOD: 'بۇ كىنىشكىنىڭ ئىناۋەتلىك مۇددىتى يوق، يېڭىلاشنىڭ ھاجىتى يوق' },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    person: {
      home: { validity: 'ལག་འཁྱེར་དུས་ཚོད་གསར་བསྒྱུར།', validityBody: 'ལག་འཁྱེར་གསར་པའི་དུས་ཚོད་རྩིས་ཁྲར་འཇུག' },
      validity: {
        title: 'ལག་འཁྱེར་དུས་ཚོད་གསར་བསྒྱུར།',
        steps: { identify: 'ལག་འཁྱེར་གསར་པ།', face: 'གདོང་།', done: 'ལེགས་གྲུབ།' },
        headings: { identify: 'ལག་འཁྱེར་གསར་པ་ཀློག', face: 'གདོང་ར་སྤྲོད། པར་ཆས་ལ་ལྟ་ནས་སྒྲ་བརྡ་ལྟར་མགོ་སྐོར་རོགས།', done: 'གསར་བསྒྱུར་ཟིན།' },
        noCard: 'བརྗེས་པའི་ལག་འཁྱེར་གསར་པ་ཀློག་ཆས་སྟེང་དུ་འཇོག་རོགས། རྩིས་ཁྲའི་དུས་ཚོད་ལག་འཁྱེར་གསར་པའི་ཚེས་གྲངས་ལྟར་བསྒྱུར་ངེས།',
        doneTitle: 'ནུས་ལྡན་དུས་ཚོད་གསར་བསྒྱུར་ཟིན།',
        doneBody: 'ཁྱེད་ཀྱི་རྩིས་ཁྲའི་ནུས་ལྡན་དུས་ཚོད་ལག་འཁྱེར་གསར་པ་དང་མཐུན་ཟིན།',
      },
      receipt: { services: { validityUpdate: 'ནུས་ལྡན་དུས་ཚོད་གསར་བསྒྱུར།' } },
      refusal: {
        NO_VALIDITY_PERIOD: {
          title: 'ལག་འཁྱེར་འདི་ལ་ནུས་ལྡན་དུས་ཚོད་མེད།',
          body: 'ལག་འཁྱེར་སྟེང་ནུས་ལྡན་དུས་ཚོད་མེད། (དཔེར་ན་ལོ་ན་16 མ་ལོན་པའི་ལག་འཁྱེར།) རྩིས་ཁྲ་གསར་བསྒྱུར་དགོས་མེད།',
          next: 'དྲི་བ་ཡོད་ན་སྒེའུ་ཁུང་དུ་ཕེབས།',
        },
      },
    },
    errors: { NO_VALIDITY_PERIOD: 'ལག་འཁྱེར་འདི་ལ་ནུས་ལྡན་དུས་ཚོད་མེད། གསར་བསྒྱུར་དགོས་མེད།' },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    validityUpdate: (typeof strings)['zh-CN'];
  }
}

export default strings;
