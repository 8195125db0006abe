import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * Relatives (亲属代办): the flow's own texts in every language, at the key paths its screens use;
 * renderer/i18n/localeMessages.ts merges them into each language's messages.
 */
const strings = defineFlowStrings({
  'zh-CN': {
    person: {
      home: { relatives: '亲属代办', relativesBody: '与亲属一同到场，刷双方身份证绑定亲属，也可查看和解除绑定' },
      relatives: {
        title: '亲属代办',
        steps: { identify: '本人身份证', face: '人脸验证', relatives: '我的亲属', relative: '亲属身份证', done: '完成' },
        headings: {
          identify: '刷本人身份证',
          face: '人脸验证：请本人正对摄像头，按语音提示转头',
          relatives: '已绑定的亲属',
          relative: '选择亲属关系，请亲属刷身份证',
          relativeFace: '亲属人脸验证：请亲属本人正对摄像头，按语音提示转头',
          done: '办理完成',
        },
        noCard: '请把本人身份证放在读卡区。绑定亲属需要本人和亲属同时在场。',
        noRelativeCard: '请亲属把自己的身份证放在读卡区。年满16周岁的亲属还需要人脸验证。',
        relationLabel: '亲属关系',
        relations: { spouse: '配偶', parent: '父母', child: '子女', sibling: '兄弟姐妹', grandparent: '祖父母、外祖父母', grandchild: '孙子女、外孙子女' },
        listTitle: '我的亲属',
        none: '还没有绑定亲属。',
        remove: '解除绑定',
        removeOne: '解除与{name}的绑定',
        add: '绑定新的亲属',
        notice: { bound: '亲属已绑定。', removed: '已解除绑定。' },
        finish: '办理完毕',
        bind: '确认绑定',
        doneTitle: '亲属代办已办理',
        doneBody: '绑定的亲属可在政务服务中由您代为办理业务。',
        nothingBound: '本次没有绑定新的亲属。',
      },
      receipt: { services: { relativeBinding: '绑定亲属' } },
    },
    errors: {
      RELATIVE_IS_SELF: '不能绑定本人，请亲属刷自己的身份证',
      RELATIVE_ALREADY_BOUND: '这位亲属已经绑定过了',
      RELATIVE_NOT_FOUND: '这条绑定已不存在',
    },
  },
  en: {
    person: {
      home: { relatives: 'Relatives', relativesBody: 'Come with your relative: read both ID cards to bind them, or see and remove bindings' },
      relatives: {
        title: 'Relatives',
        steps: { identify: 'Your ID card', face: 'Face', relatives: 'My relatives', relative: 'Relative’s card', done: 'Done' },
        headings: {
          identify: 'Read your own ID card',
          face: 'Face check: look at the camera yourself and turn your head as asked',
          relatives: 'Your bound relatives',
          relative: 'Choose the relation, then your relative reads their ID card',
          relativeFace: 'Your relative’s face check: your relative looks at the camera and turns their head as asked',
          done: 'Finished',
        },
        noCard: 'Lay your own ID card on the reader. Binding a relative needs both of you here.',
        noRelativeCard: 'Your relative lays their own ID card on the reader. A relative aged 16 or over also passes a face check.',
        relationLabel: 'Relation',
        relations: { spouse: 'Spouse', parent: 'Parent', child: 'Child', sibling: 'Brother or sister', grandparent: 'Grandparent', grandchild: 'Grandchild' },
        listTitle: 'My relatives',
        none: 'No relatives bound yet.',
        remove: 'Remove',
        removeOne: 'Remove the binding with {name}',
        add: 'Bind a relative',
        notice: { bound: 'Your relative is bound.', removed: 'The binding is removed.' },
        finish: 'Finish',
        bind: 'Bind',
        doneTitle: 'Relatives updated',
        doneBody: 'You can now handle government services on behalf of the relatives you bound.',
        nothingBound: 'No new relative was bound this time.',
      },
      receipt: { services: { relativeBinding: 'Relative bound' } },
    },
    errors: {
      RELATIVE_IS_SELF: 'You cannot bind yourself: your relative reads their own ID card',
      RELATIVE_ALREADY_BOUND: 'This relative is already bound',
      RELATIVE_NOT_FOUND: 'This binding no longer exists',
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    person: {
      home: {
        relatives: 'تۇغقانلار ئۈچۈن بېجىرىش',
        relativesBody: 'تۇغقىنىڭىز بىلەن بىللە كېلىپ، ئىككىڭلارنىڭ كىملىكىنى ئوقۇتۇپ باغلاڭ، ياكى باغلاشنى كۆرۈڭ ۋە بىكار قىلىڭ',
      },
      relatives: {
        title: 'تۇغقانلار ئۈچۈن بېجىرىش',
        steps: { identify: 'ئۆز كىملىكىڭىز', face: 'چىراي', relatives: 'تۇغقانلىرىم', relative: 'تۇغقاننىڭ كىملىكى', done: 'تامام' },
        headings: {
          identify: 'ئۆز كىملىكىڭىزنى ئوقۇتۇڭ',
          face: 'چىراي دەلىللەش: ئۆزىڭىز كامېراغا قاراپ، ئەسكەرتىش بويىچە بېشىڭىزنى بۇراڭ',
          relatives: 'باغلانغان تۇغقانلار',
          relative: 'تۇغقانچىلىق مۇناسىۋىتىنى تاللاڭ، ئاندىن تۇغقىنىڭىز كىملىكىنى ئوقۇتسۇن',
          relativeFace: 'تۇغقاننىڭ چىراي دەلىللىشى: تۇغقىنىڭىز كامېراغا قاراپ، ئەسكەرتىش بويىچە بېشىنى بۇرىسۇن',
          done: 'تامام',
        },
        noCard: 'ئۆز كىملىكىڭىزنى ئوقۇغۇچقا قويۇڭ. تۇغقان باغلاش ئۈچۈن ئىككىڭلار بىللە بولۇشۇڭلار كېرەك.',
        noRelativeCard: 'تۇغقىنىڭىز ئۆز كىملىكىنى ئوقۇغۇچقا قويسۇن. 16 ياشقا توشقان تۇغقان چىراي دەلىللىشىدىنمۇ ئۆتىدۇ.',
        relationLabel: 'تۇغقانچىلىق مۇناسىۋىتى',
        relations: { spouse: 'جۆرە', parent: 'ئاتا-ئانا', child: 'پەرزەنت', sibling: 'ئاكا-ئۇكا، ئاچا-سىڭىل', grandparent: 'بوۋا-موما', grandchild: 'نەۋرە' },
        listTitle: 'تۇغقانلىرىم',
        none: 'تېخى تۇغقان باغلانمىدى.',
        remove: 'باغلاشنى بىكار قىلىش',
        removeOne: '{name} بىلەن باغلاشنى بىكار قىلىش',
        add: 'يېڭى تۇغقان باغلاش',
        notice: { bound: 'تۇغقىنىڭىز باغلاندى.', removed: 'باغلاش بىكار قىلىندى.' },
        finish: 'تامام',
        bind: 'باغلاش',
        doneTitle: 'تۇغقانلار يېڭىلاندى',
        doneBody: 'باغلىغان تۇغقانلىرىڭىز ئۈچۈن ھۆكۈمەت مۇلازىمەتلىرىنى بېجىرەلەيسىز.',
        nothingBound: 'بۇ قېتىم يېڭى تۇغقان باغلانمىدى.',
      },
      receipt: { services: { relativeBinding: 'تۇغقان باغلاش' } },
    },
    errors: {
      RELATIVE_IS_SELF: 'ئۆزىڭىزنى باغلىيالمايسىز، تۇغقىنىڭىز ئۆز كىملىكىنى ئوقۇتسۇن',
      RELATIVE_ALREADY_BOUND: 'بۇ تۇغقان ئاللىقاچان باغلانغان',
      RELATIVE_NOT_FOUND: 'بۇ باغلاش ئەمدى مەۋجۇت ئەمەس',
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    person: {
      home: { relatives: 'གཉེན་ཉེའི་ཚབ་སྒྲུབ།', relativesBody: 'གཉེན་ཉེ་དང་མཉམ་དུ་ཕེབས་ནས་ལག་འཁྱེར་གཉིས་ཀ་ཀློག་སྟེ་འབྲེལ་མཐུད་བྱེད། ཡང་ན་ལྟ་ཞིབ་དང་མེད་པར་བཟོ།' },
      relatives: {
        title: 'གཉེན་ཉེའི་ཚབ་སྒྲུབ།',
        steps: { identify: 'རང་གི་ལག་འཁྱེར།', face: 'གདོང་།', relatives: 'ངའི་གཉེན་ཉེ།', relative: 'གཉེན་ཉེའི་ལག་འཁྱེར།', done: 'ལེགས་གྲུབ།' },
        headings: {
          identify: 'རང་གི་ལག་འཁྱེར་ཀློག',
          face: 'གདོང་ར་སྤྲོད། རང་ཉིད་པར་ཆས་ལ་ལྟ་ནས་སྒྲ་བརྡ་ལྟར་མགོ་སྐོར་རོགས།',
          relatives: 'འབྲེལ་མཐུད་བྱས་ཟིན་པའི་གཉེན་ཉེ།',
          relative: 'གཉེན་འབྲེལ་འདེམས་རྗེས་གཉེན་ཉེས་རང་གི་ལག་འཁྱེར་ཀློག',
          relativeFace: 'གཉེན་ཉེའི་གདོང་ར་སྤྲོད། གཉེན་ཉེས་པར་ཆས་ལ་ལྟ་ནས་སྒྲ་བརྡ་ལྟར་མགོ་སྐོར་རོགས།',
          done: 'ལེགས་གྲུབ།',
        },
        noCard: 'རང་གི་ལག་འཁྱེར་ཀློག་ཆས་སྟེང་དུ་འཇོག་རོགས། གཉེན་ཉེ་འབྲེལ་མཐུད་བྱེད་པར་ཁྱེད་གཉིས་ཀ་འདིར་ཡོད་དགོས།',
        noRelativeCard: 'གཉེན་ཉེས་རང་གི་ལག་འཁྱེར་ཀློག་ཆས་སྟེང་དུ་འཇོག་རོགས། ལོ་ན་16 ལོན་པའི་གཉེན་ཉེས་གདོང་ར་སྤྲོད་ཀྱང་བྱེད་དགོས།',
        relationLabel: 'གཉེན་འབྲེལ།',
        relations: { spouse: 'ཆུང་མ་དང་ཁྱོ་ག', parent: 'ཕ་མ།', child: 'བུ་ཕྲུག', sibling: 'སྤུན་ཟླ།', grandparent: 'མེས་པོ་དང་ཨ་ཕྱི།', grandchild: 'ཚ་བོ་དང་ཚ་མོ།' },
        listTitle: 'ངའི་གཉེན་ཉེ།',
        none: 'ད་དུང་གཉེན་ཉེ་འབྲེལ་མཐུད་བྱས་མེད།',
        remove: 'འབྲེལ་མཐུད་མེད་པར་བཟོ།',
        removeOne: '{name} དང་འབྲེལ་མཐུད་མེད་པར་བཟོ།',
        add: 'གཉེན་ཉེ་གསར་པ་འབྲེལ་མཐུད།',
        notice: { bound: 'གཉེན་ཉེ་འབྲེལ་མཐུད་བྱས་ཟིན།', removed: 'འབྲེལ་མཐུད་མེད་པར་བཟོས་ཟིན།' },
        finish: 'ལེགས་གྲུབ།',
        bind: 'འབྲེལ་མཐུད་བྱེད།',
        doneTitle: 'གཉེན་ཉེ་གསར་བསྒྱུར་ཟིན།',
        doneBody: 'འབྲེལ་མཐུད་བྱས་པའི་གཉེན་ཉེའི་ཚབ་ཏུ་གཞུང་གི་ཞབས་ཞུ་སྒྲུབ་ཆོག',
        nothingBound: 'ཐེངས་འདིར་གཉེན་ཉེ་གསར་པ་འབྲེལ་མཐུད་བྱས་མེད།',
      },
      receipt: { services: { relativeBinding: 'གཉེན་ཉེ་འབྲེལ་མཐུད།' } },
    },
    errors: {
      RELATIVE_IS_SELF: 'རང་ཉིད་འབྲེལ་མཐུད་བྱེད་མི་ཆོག གཉེན་ཉེས་རང་གི་ལག་འཁྱེར་ཀློག་རོགས།',
      RELATIVE_ALREADY_BOUND: 'གཉེན་ཉེ་འདི་སྔོན་ནས་འབྲེལ་མཐུད་བྱས་ཟིན།',
      RELATIVE_NOT_FOUND: 'འབྲེལ་མཐུད་འདི་ད་ལྟ་མེད།',
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    relatives: (typeof strings)['zh-CN'];
  }
}

export default strings;
