import type { Messages } from '../messages';

/** Uyghur (Arabic script, right to left). Machine-drafted: every string needs a native reviewer. */
export default {
  app: { title: 'كىملىك ئۆزى مۇلازىمەت', hall: '{name}' },
  language: { label: 'تىل', 'zh-CN': '中文', en: 'English', ug: 'ئۇيغۇرچە', bo: 'བོད་ཡིག' },
  home: {
    welcome: 'ئۆزى مۇلازىمەتكە خۇش كەلدىڭىز',
    tapCard: 'كىملىكىڭىزنى ئوقۇغۇچقا قويۇڭ ياكى تۆۋەندىكى مۇلازىمەتنى تاللاڭ',
    services: 'مۇلازىمەت تاللاڭ',
    noServices: 'ئۆزى مۇلازىمەت تەييارلىنىۋاتىدۇ، كۆزنەككە بېرىڭ',
    help: 'ياردەم كېرەكمۇ؟ زال خىزمەتچىسىدىن سوراڭ',
  },
  status: {
    label: 'ئۈسكۈنە ھالىتى',
    ok: 'مۇلازىمەت نورمال',
    degraded: 'بەزى مۇلازىمەتلەر ئىشلىمەيدۇ',
    connecting: 'ئۇلىنىۋاتىدۇ…',
    demo: 'كۆرسىتىش ھالىتى',
  },
  staff: {
    exitTitle: 'خىزمەتچى چېكىنىش',
    exitHint: 'چېكىنىش شىفىرىنى كىرگۈزۈڭ',
    pin: 'شىفىر',
    confirm: 'جەزملەش',
    cancel: 'ئەمەلدىن قالدۇرۇش',
    clear: 'تازىلاش',
    backspace: 'ئۆچۈرۈش',
  },
  keyboard: { shift: 'چوڭ ھەرپ', symbols: 'بەلگە', letters: 'ھەرپ', backspace: 'ئۆچۈرۈش', clear: 'تازىلاش', done: 'تامام' },
  field: { show: 'كۆرسىتىش', hide: 'يوشۇرۇش', fromCard: 'كىملىكتىن ئوقۇلدى، ئۆزگەرتكىلى بولمايدۇ' },
  wizard: { back: 'ئالدىنقى قەدەم', next: 'كېيىنكى قەدەم', cancel: 'ئەمەلدىن قالدۇرۇش', working: 'سەل ساقلاڭ…', progress: '{total} قەدەمنىڭ {current}-قەدىمى' },
  idle: {
    title: 'سىز يەنىلا بارمۇ؟',
    body: '{seconds} سېكۇنتتىن كېيىن ئاپتوماتىك چېكىنىدۇ، كىرگۈزگەن ئۇچۇرلار ئۆچۈرۈلىدۇ.',
    continue: 'داۋاملاشتۇرۇش',
    end: 'ئاخىرلاشتۇرۇش',
  },
  demoCard: {
    open: 'كۆرسىتىش: كىملىك قويۇش',
    title: 'كۆرسىتىش كىملىكى',
    hint: 'پەقەت كۆرسىتىش ۋە تەربىيەلەش ئۈچۈن: سىناق كىملىكىنى تاللاڭ.',
    remove: 'كىملىكنى ئېلىۋېلىش',
    close: 'تاقاش',
    people: {
      'liu-yang': '刘洋',
      'zhao-qiang': '赵强',
      'zhang-wei': '张伟',
      'li-xiuying': '李秀英',
      'wang-xiaoming': '王小明',
      'chen-jing': '陈静',
      ayigul: 'ئايگۈل مەمەت',
    },
  },
  sync: { online: 'تور نورمال', offline: 'تور ئۈزۈلدى، ئەسلىگە كەلگەندە يوللىنىدۇ', pending: '{count} تۈر يوللىنىشنى ساقلاۋاتىدۇ' },
  reader: {
    'no-reader': 'كارتا ئوقۇغۇچ ئۇلانمىغان',
    ready: 'كارتا ئوقۇغۇچ تەييار',
    reading: 'كارتا ئوقۇۋاتىدۇ…',
    'card-read': 'كىملىك ئوقۇلدى',
    error: 'ئوقۇلمىدى، قايتا قويۇڭ',
  },
  errors: {
    staff: {
      wrongPin: 'شىفىر خاتا، قايتا سىناڭ',
      locked: 'خاتا كۆپ بولدى، كېيىن قايتا سىناڭ',
    },
    bridge: {
      invalidArgument: 'كىرگۈزگەن مەزمۇن توغرا ئەمەس',
      disconnected: 'مۇلازىمەت بىلەن ئۇلىنىش ئۈزۈلدى، قايتا ئۇلىنىۋاتىدۇ',
    },
    unknown: 'تاماملانمىدى، خىزمەتچىدىن سوراڭ',
  },
} satisfies Messages;
