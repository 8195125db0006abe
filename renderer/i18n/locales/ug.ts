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
