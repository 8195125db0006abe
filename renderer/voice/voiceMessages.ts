import type { Locale } from '../../common/contract/services/system';

/**
 * The voice's own texts, nested like the app's messages (ids `voice.idleWarning`, `voice.count.n10`
 * …): the spoken idle warning, the numbers of its last seconds, and the staff's mute switch.
 * Kept here rather than in the central locale tables because only the voice uses them.
 */
const zhCN = {
  voice: {
    idleWarning: '您还在吗？长时间没有操作，即将自动退出，您填写的信息将被清除。要继续，请点“继续办理”。',
    count: { n1: '一', n2: '二', n3: '三', n4: '四', n5: '五', n6: '六', n7: '七', n8: '八', n9: '九', n10: '十' },
    mute: '静音提示音',
  },
};

export type VoiceMessages = typeof zhCN;

const en: VoiceMessages = {
  voice: {
    idleWarning: 'Are you still there? The session will end soon and what you entered will be cleared. To carry on, press Continue.',
    count: { n1: 'one', n2: 'two', n3: 'three', n4: 'four', n5: 'five', n6: 'six', n7: 'seven', n8: 'eight', n9: 'nine', n10: 'ten' },
    mute: 'Mute voice prompts',
  },
};

// Machine-drafted: needs review by a native Uyghur speaker before production use.
const ug: VoiceMessages = {
  voice: {
    idleWarning:
      'سىز يەنىلا بارمۇ؟ ئۇزۇن ۋاقىت مەشغۇلات بولمىدى، ھازىرلا ئاپتوماتىك چېكىنىدۇ، كىرگۈزگەن ئۇچۇرلار ئۆچۈرۈلىدۇ. داۋاملاشتۇرۇش ئۈچۈن «داۋاملاشتۇرۇش» نى بېسىڭ.',
    count: { n1: 'بىر', n2: 'ئىككى', n3: 'ئۈچ', n4: 'تۆت', n5: 'بەش', n6: 'ئالتە', n7: 'يەتتە', n8: 'سەككىز', n9: 'توققۇز', n10: 'ئون' },
    mute: 'ئاۋازلىق ئەسكەرتىشنى توختىتىش',
  },
};

// Machine-drafted: needs review by a native Tibetan speaker before production use.
const bo: VoiceMessages = {
  voice: {
    idleWarning: 'ཁྱེད་ད་དུང་འདིར་ཡོད་དམ། དུས་ཡུན་རིང་པོར་བཀོལ་སྤྱོད་མ་བྱས་པས་ཅུང་མ་འགོར་བར་རང་འགུལ་གྱིས་ཕྱིར་ཐོན་ངེས། ཁྱེད་ཀྱིས་བཀང་བའི་ཆ་འཕྲིན་བསུབ་ངེས། མུ་མཐུད་ན་“མུ་མཐུད།”ལ་མནན་རོགས།',
    count: { n1: 'གཅིག', n2: 'གཉིས།', n3: 'གསུམ།', n4: 'བཞི།', n5: 'ལྔ།', n6: 'དྲུག', n7: 'བདུན།', n8: 'བརྒྱད།', n9: 'དགུ།', n10: 'བཅུ།' },
    mute: 'སྒྲའི་བརྡ་སྐུལ་སྒྲ་མེད་བཟོ།',
  },
};

export const voiceMessages: Record<Locale, VoiceMessages> = { 'zh-CN': zhCN, en, ug, bo };

/** The countdown's spoken numbers: the last ten seconds. */
export const SPOKEN_COUNT_FROM = 10;
