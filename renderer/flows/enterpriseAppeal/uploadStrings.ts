import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/** The done screen's upload progress, in every language; strings.ts places them under `enterprise.appeal.upload`. */
const uploadStrings = defineFlowStrings({
  'zh-CN': {
    title: '正在上传申诉材料',
    left: '还剩 {count} 份材料，{size} MB',
    finishing: '材料已上传，正在提交申诉',
    starting: '准备上传材料…',
    sent: '申诉材料已全部送达',
    later: '网络中断，材料已保存在本机，恢复后自动发送，您可以离开。',
  },
  en: {
    title: 'Uploading the appeal materials',
    left: '{count} documents left, {size} MB',
    finishing: 'Materials uploaded, submitting the appeal',
    starting: 'Getting ready to upload…',
    sent: 'All appeal materials have arrived',
    later: 'The link is down: the materials are saved on this kiosk and sent when it is back. You may leave.',
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    title: 'ئەرز ماتېرىياللىرى يۈكلىنىۋاتىدۇ',
    left: 'يەنە {count} ماتېرىيال، {size} MB قالدى',
    finishing: 'ماتېرىياللار يۈكلەندى، ئەرز يوللىنىۋاتىدۇ',
    starting: 'يۈكلەشكە تەييارلىنىۋاتىدۇ…',
    sent: 'ئەرز ماتېرىياللىرىنىڭ ھەممىسى يەتتى',
    later: 'تور ئۈزۈلدى: ماتېرىياللار بۇ ئۈسكۈنىدە ساقلاندى، تور ئەسلىگە كەلگەندە ئەۋەتىلىدۇ. ئايرىلسىڭىز بولىدۇ.',
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    title: 'ཞུ་གཏུག་ཡིག་ཆ་ཡར་འཇུག་བྱེད་བཞིན་པ།',
    left: 'ཡིག་ཆ་ {count} དང་ {size} MB ལྷག་ཡོད།',
    finishing: 'ཡིག་ཆ་ཡར་འཇུག་ཟིན། ཞུ་གཏུག་འབུལ་བཞིན་པ།',
    starting: 'ཡར་འཇུག་གི་གྲ་སྒྲིག་བྱེད་བཞིན་པ།…',
    sent: 'ཞུ་གཏུག་ཡིག་ཆ་ཚང་མ་འབྱོར་ཟིན།',
    later: 'དྲ་རྒྱ་ཆད་འདུག ཡིག་ཆ་འཕྲུལ་ཆས་འདིར་ཉར་ཡོད། དྲ་རྒྱ་སླར་གསོ་བྱུང་རྗེས་གཏོང་། ཁྱེད་ཕྱིར་ཐོན་ཆོག',
  },
});

export default uploadStrings;
