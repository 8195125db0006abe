import type zhCN from './zh-CN';

/**
 * The clerk's desk in assisted mode, Uyghur (right to left).
 * Machine-drafted from zh-CN (English as a cross-check): a native reviewer must check every string before release.
 */
export default {
  citizen: 'ئىش بېجىرگۈچى (يوشۇرۇلغان)',
  nextTry: 'كېيىنكى يوللاش',
  nextTryDue: 'ھازىرلا يوللىنىدۇ',
  nextTryNever: 'ئاپتوماتىك يوللانمايدۇ',
  submittedAt: '{time} دا تاپشۇرۇلغان',
  unreadable: 'ئوقۇغىلى بولمايدۇ',
  attachments: 'قوشۇمچە ھۆججەت {uploaded}/{count} يوللاندى',
  sendNow: 'ھازىر يوللاش',
  retried: 'يوللاش ئورۇنلاشتۇرۇلدى، بىردەمدىن كېيىن يېڭىلاپ كۆرۈڭ',
  refresh: 'يېڭىلاش',
  code: 'كود {code}',
  reasons: {
    unreachable: 'دەلىللەش سىستېمىسىغا ئۇلانغىلى بولمىدى، ئەسلىگە كەلگەندە ئاپتوماتىك يوللىنىدۇ',
    busy: 'دەلىللەش سىستېمىسى ئالدىراش، كېيىن ئاپتوماتىك قايتا سىنىلىدۇ',
    auth: 'بۇ ئۈسكۈنىنىڭ كىنىشكىسى رەت قىلىندى، تېخنىكىلىق ياردەمگە ئالاقىلىشىڭ',
    upload: 'قوشۇمچە ھۆججەت يوللاش ئۈزۈلۈپ قالدى، قايتا يوللىنىدۇ',
    refused: 'دەلىللەش سىستېمىسى بۇ مۇلازىمەتنى رەت قىلدى، ئىش بېجىرگۈچى بىلەن تەكشۈرۈپ قايتا يوللاڭ',
    unexpected: 'يوللاشتا ئويلىمىغان خاتالىق كۆرۈلدى، كېيىن ئاپتوماتىك قايتا سىنىلىدۇ',
  },
  ok: 'نورمال',
  failed: 'نورمالسىز',
  technical: 'تېخنىكىلىق ئۇچۇر',
  checks: { dataDir: 'سانلىق مەلۇمات قىسقۇچى', identityApi: 'دەلىللەش سىستېمىسى ئۇلىنىشى', store: 'يەرلىك ساندان' },
  readerStates: { 'no-reader': 'كارتا ئوقۇغۇچ ئۇلانمىغان', ready: 'تەييار', reading: 'كارتا ئوقۇۋاتىدۇ', 'card-read': 'كارتا ئوقۇلدى', error: 'كاشىلا' },
  readerSimulated: '(كۆرسەتمە ئوقۇغۇچ)',
  link: { online: 'توردا', offline: 'تورسىز', paused: 'توختىتىلدى: ئۈسكۈنە كىنىشكىسى رەت قىلىندى' },
  queueSummary: '{pending} ساقلاۋاتىدۇ، {dead} مەغلۇپ بولدى',
  memoryUse: '{rss} MB ئىشلىتىلدى (پروگرامما {heap} MB)',
  diskUse: '{total} MB دىن {free} MB بوش',
} satisfies typeof zhCN;
