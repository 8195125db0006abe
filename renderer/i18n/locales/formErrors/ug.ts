import type zhCN from './zh-CN';

/**
 * Errors that speak, Uyghur (right to left).
 * Machine-drafted from zh-CN (English as a cross-check): a native reviewer must check every string before release.
 */
export default {
  blocked: 'تېخى كېيىنكى قەدەمگە ئۆتكىلى بولمايدۇ:',
  incomplete: 'ئاۋۋال بۇ بەتنى تولدۇرۇڭ',
  fieldRulesLeft: '{label}: يەنە {count} تەلەپ قاندۇرۇلمىدى',
  fieldRule: '{label}: قاندۇرۇلمىدى: {rule}',
  unmet: 'قاندۇرۇلمىدى: ',
  met: 'قاندۇرۇلدى: ',
  cancelTitle: 'راستىنلا بىكار قىلامسىز؟',
  cancelBody: 'تولدۇرغان ئۇچۇرلارنىڭ ھەممىسى ئۆچۈرۈلىدۇ، باشتىن باشلاشقا توغرا كېلىدۇ.',
  cancelKeep: 'داۋاملاشتۇرۇش',
  cancelConfirm: 'بىكار قىلىش',
} satisfies typeof zhCN;
