import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * Face enrolment: the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    person: {
      home: { face: '人脸采集', faceBody: '采集人脸，用于刷脸登录' },
      enrol: {
        title: '人脸采集',
        steps: { identify: '身份信息', face: '人脸采集', done: '完成' },
        headings: { identify: '刷身份证', face: '人脸采集：请正对摄像头，按语音提示转头', done: '采集完成' },
        doneTitle: '人脸采集成功',
        doneBody: '您的人脸已登记到本人账号，账号已开通刷脸登录。',
        queuedTitle: '已保存，稍后发送',
        queuedBody: '网络暂时不可用。您的人脸信息已加密保存在本机，网络恢复后会自动发送并登记到您的账号，登记后即可刷脸登录。',
      },
    },
  },
  en: {
    person: {
      home: { face: 'Face capture', faceBody: 'Record your face for face sign-in' },
      enrol: {
        title: 'Face capture',
        steps: { identify: 'Identity', face: 'Face', done: 'Done' },
        headings: { identify: 'Read your ID card', face: 'Face capture: look at the camera and turn your head as asked', done: 'Captured' },
        doneTitle: 'Your face is recorded',
        doneBody: 'Your face is enrolled on your account: face sign-in is now enabled.',
        queuedTitle: 'Saved, will be sent',
        queuedBody:
          'The network is unavailable right now. Your face record is saved encrypted on this kiosk, sent automatically when the network is back and enrolled on your account; face sign-in works from then on.',
      },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    person: {
      home: { face: 'چىراي ئېلىش', faceBody: 'چىراي بىلەن كىرىش ئۈچۈن چىراي ئېلىش' },
      enrol: {
        title: 'چىراي ئېلىش',
        steps: { identify: 'كىملىك', face: 'چىراي', done: 'تامام' },
        headings: { identify: 'كىملىكنى ئوقۇتۇڭ', face: 'چىراي ئېلىش: كامېراغا قاراپ، ئاۋازلىق ئەسكەرتىش بويىچە بېشىڭىزنى بۇراڭ', done: 'ئېلىندى' },
        doneTitle: 'چىراي ئېلىندى',
        doneBody: 'چىرايىڭىز ھېساباتىڭىزغا تىزىملاندى، چىراي بىلەن كىرىش ئېچىلدى.',
        queuedTitle: 'ساقلاندى، كېيىن ئەۋەتىلىدۇ',
        queuedBody:
          'تور ھازىر ئۇلانمىدى. چىراي ئۇچۇرىڭىز بۇ ئاپپاراتتا شىفىرلىنىپ ساقلاندى، تور ئەسلىگە كەلگەندە ئۆزلۈكىدىن ئەۋەتىلىپ ھېساباتىڭىزغا تىزىملىنىدۇ، ئاندىن چىراي بىلەن كىرەلەيسىز.',
      },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    person: {
      home: { face: 'གདོང་པར་ལེན།', faceBody: 'གདོང་གིས་ནང་འཛུལ་ཆེད་གདོང་པར་ལེན།' },
      enrol: {
        title: 'གདོང་པར་ལེན།',
        steps: { identify: 'ཐོབ་ཐང་།', face: 'གདོང་།', done: 'ལེགས་གྲུབ།' },
        headings: { identify: 'ལག་འཁྱེར་ཀློག', face: 'གདོང་པར་ལེན། པར་ཆས་ལ་ལྟ་ནས་སྒྲ་བརྡ་ལྟར་མགོ་སྐོར་རོགས།', done: 'བླངས་ཟིན།' },
        doneTitle: 'གདོང་པར་བླངས་ཟིན།',
        doneBody: 'ཁྱེད་ཀྱི་གདོང་པར་རྩིས་ཁྲར་ཐོ་བཀོད་ཟིན། གདོང་གིས་ནང་འཛུལ་སྒོ་ཕྱེ་ཟིན།',
        queuedTitle: 'ཉར་ཟིན། རྗེས་སུ་གཏོང་།',
        queuedBody: 'དྲ་བ་གནས་སྐབས་མཐུད་མི་ཐུབ། ཁྱེད་ཀྱི་གདོང་པར་གསང་སྡོམ་བྱས་ནས་ཉར་ཡོད། དྲ་བ་སླར་གསོ་བྱུང་ན་རང་འགུལ་གྱིས་གཏོང་ནས་རྩིས་ཁྲར་ཐོ་འགོད། དེ་རྗེས་གདོང་གིས་ནང་འཛུལ་ཆོག',
      },
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    faceEnrolment: (typeof strings)['zh-CN'];
  }
}

export default strings;
