import type zhCN from './zh-CN';

/**
 * Pictures, upload progress and receipt printing, Uyghur (right to left).
 * Machine-drafted from zh-CN (English as a cross-check): a native reviewer must check every string before release.
 */
export default {
  pictures: {
    card: {
      name: 'رەسىم: كىملىك ئوقۇغۇچ ئۈستىدە تۈز تۇرىدۇ، سۈرەت تەرىپى ئۈستىدە',
      caption: 'كىملىكىڭىزنى ئوقۇغۇچ ئۈستىگە تۈز قويۇڭ، سۈرەت تەرىپى ئۈستىدە، مىدىرلاتماڭ',
    },
    face: {
      name: 'رەسىم: كامېراغا 50 سانتىمېتىر يىراقلىقتا ئۇدۇل قاراش، يۈزگە يورۇقلۇق چۈشىدۇ',
      caption: 'كامېراغا ئۇدۇل قاراڭ، بىر قول ئۇزۇنلۇقىدا (50 سانتىمېتىر)، يۈزىڭىز يورۇق بولسۇن؛ قالپاق ۋە قارا كۆزەينەك تاقىماڭ',
    },
    document: {
      name: 'رەسىم: ماتېرىيال ھۆججەت كامېراسى ئاستىدىكى رامكا ئىچىدە تۈز تۇرىدۇ',
      caption: 'ماتېرىيالنى ھۆججەت كامېراسى ئاستىغا تۈز قويۇڭ، پۈتۈن بەت رامكا ئىچىدە بولسۇن',
    },
    printer: { name: 'رەسىم: تالون ئېكران ئاستىدىكى بېسىش ئېغىزىدىن چىقىدۇ', caption: 'تالون ئېكران ئاستىدىكى ئېغىزدىن چىقىدۇ، ئېلىۋېلىڭ' },
  },
} satisfies typeof zhCN;
