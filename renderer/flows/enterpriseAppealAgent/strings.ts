import { defineFlowStrings } from '../../i18n/defineFlowStrings';

/**
 * An enterprise appeal filed by an agent alone, and the authorisation letter's template: the texts
 * of the screens in this folder (the appeal flow itself keeps its own in enterpriseAppeal/).
 */
const strings = defineFlowStrings({
  'zh-CN': {
    enterprise: {
      /** The profile's agent title in this language. */
      agentTitles: { handler: '经办人', proxy: '代理人', taxHandler: '办税人' },
      appealAgent: {
        documents: { agent_id_front: '{title}身份证人像面', agent_id_back: '{title}身份证国徽面', agent_holding_id: '{title}手持身份证照片' },
        filer: '谁在办理？',
        byRepresentative: '法定代表人本人办理',
        byRepresentativeBody: '法定代表人携带身份证到场',
        byAgent: '{title}代为办理',
        byAgentBody: '{title}本人身份证 + 人脸验证，携带授权书',
        agentCard: '请{title}将本人身份证放在读卡器上',
        agentFace: '请{title}本人正对摄像头',
        representative: '法定代表人信息（按其身份证照片填写）',
        repName: '法定代表人姓名',
        repIdNumber: '法定代表人身份证号码',
        repStart: '有效期起（如 20150401）',
        repEnd: '有效期止（如 20350401）',
        longTerm: '长期有效',
        keyboard: '输入法定代表人信息',
        legalAccount: '法人账号（企业账号名或统一社会信用代码）',
        legalAccountKeyboard: '输入法人账号',
        faceDone: '{title}人脸验证已通过',
      },
      letter: {
        qr: '扫码下载授权书模板',
        print: '打印授权书模板',
        printed: '已发送到大厅打印机，请到打印机处领取。',
        notPrinted: '本机无法打印，请扫码下载或到窗口领取。',
      },
    },
  },
  en: {
    enterprise: {
      /** The profile's agent title in this language. */
      agentTitles: { handler: 'agent', proxy: 'proxy', taxHandler: 'tax agent' },
      appealAgent: {
        documents: {
          agent_id_front: 'ID of the {title}, photo side',
          agent_id_back: 'ID of the {title}, emblem side',
          agent_holding_id: 'The {title} holding the ID card',
        },
        filer: 'Who is filing?',
        byRepresentative: 'The legal representative in person',
        byRepresentativeBody: 'The legal representative brings their ID card',
        byAgent: 'An {title} on their behalf',
        byAgentBody: 'The {title}’s own ID card and face check, with the authorisation letter',
        agentCard: 'The {title} places their own ID card on the reader',
        agentFace: 'The {title} looks at the camera',
        representative: 'Legal representative (as on their ID card photos)',
        repName: 'Legal representative’s name',
        repIdNumber: 'Legal representative’s ID number',
        repStart: 'Valid from (e.g. 20150401)',
        repEnd: 'Valid until (e.g. 20350401)',
        longTerm: 'No expiry',
        keyboard: 'Type the legal representative’s details',
        legalAccount: 'Legal account (enterprise account name or credit code)',
        legalAccountKeyboard: 'Type the legal account',
        faceDone: 'The {title}’s face check passed',
      },
      letter: {
        qr: 'Scan to download the letter template',
        print: 'Print the letter template',
        printed: 'Sent to the hall printer; collect it there.',
        notPrinted: 'This kiosk cannot print; scan the code or ask at the counter.',
      },
    },
  },
  // Machine-drafted Uyghur: a native reviewer must check every string before release.
  ug: {
    enterprise: {
      /** The profile's agent title in this language. */
      agentTitles: { handler: 'بېجىرگۈچى', proxy: 'ۋاكالەتچى', taxHandler: 'باج بېجىرگۈچى' },
      appealAgent: {
        documents: {
          agent_id_front: '{title} كىملىكىنىڭ رەسىم يۈزى',
          agent_id_back: '{title} كىملىكىنىڭ گېربلىق يۈزى',
          agent_holding_id: '{title} كىملىكىنى تۇتۇپ تارتقان سۈرەت',
        },
        filer: 'كىم بېجىرىدۇ؟',
        byRepresentative: 'قانۇنىي ۋەكىل ئۆزى بېجىرىدۇ',
        byRepresentativeBody: 'قانۇنىي ۋەكىل كىملىكىنى ئېلىپ كېلىدۇ',
        byAgent: '{title} ۋاكالىتەن بېجىرىدۇ',
        byAgentBody: '{title} ئۆز كىملىكى ۋە چىراي دەلىللەش، ھوقۇق بېرىش خېتى بىلەن',
        agentCard: '{title} ئۆز كىملىكىنى ئوقۇغۇچقا قويسۇن',
        agentFace: '{title} ئۆزى كامېراغا قارىسۇن',
        representative: 'قانۇنىي ۋەكىل ئۇچۇرى (كىملىك سۈرىتى بويىچە)',
        repName: 'قانۇنىي ۋەكىلنىڭ ئىسمى',
        repIdNumber: 'قانۇنىي ۋەكىلنىڭ كىملىك نومۇرى',
        repStart: 'كۈچكە ئىگە باشلىنىش (مەسىلەن 20150401)',
        repEnd: 'كۈچكە ئىگە ئاخىرلىشىش (مەسىلەن 20350401)',
        longTerm: 'مۇددەتسىز',
        keyboard: 'قانۇنىي ۋەكىل ئۇچۇرىنى كىرگۈزۈڭ',
        legalAccount: 'قانۇنىي شەخس ھېساباتى (ھېسابات نامى ياكى ئىناۋەت كودى)',
        legalAccountKeyboard: 'قانۇنىي شەخس ھېساباتىنى كىرگۈزۈڭ',
        faceDone: '{title} چىراي دەلىللەشتىن ئۆتتى',
      },
      letter: {
        qr: 'ھوقۇق بېرىش خېتى ئەندىزىسىنى چۈشۈرۈش ئۈچۈن سايىلەڭ',
        print: 'ھوقۇق بېرىش خېتى ئەندىزىسىنى بېسىش',
        printed: 'زال پرىنتېرىغا ئەۋەتىلدى، شۇ يەردىن ئېلىڭ.',
        notPrinted: 'بۇ ماشىنا باسالمايدۇ، سايىلەڭ ياكى كۆزنەكتىن ئېلىڭ.',
      },
    },
  },
  // Machine-drafted Tibetan: a native reviewer must check every string before release.
  bo: {
    enterprise: {
      /** The profile's agent title in this language. */
      agentTitles: { handler: 'ལས་སྣེ་བ།', proxy: 'ཚབ་མི།', taxHandler: 'ཁྲལ་སྒྲུབ་པ།' },
      appealAgent: {
        documents: {
          agent_id_front: '{title}ཡི་ཐོབ་ཐང་ལག་ཁྱེར་གྱི་པར་ངོས།',
          agent_id_back: '{title}ཡི་ཐོབ་ཐང་ལག་ཁྱེར་གྱི་རྟགས་ངོས།',
          agent_holding_id: '{title}ཡིས་ཐོབ་ཐང་ལག་ཁྱེར་བཟུང་བའི་པར།',
        },
        filer: 'སུས་སྒྲུབ་བཞིན་ཡོད།',
        byRepresentative: 'ཁྲིམས་ལྡན་འཐུས་མི་རང་ཉིད་ཀྱིས་སྒྲུབ།',
        byRepresentativeBody: 'ཁྲིམས་ལྡན་འཐུས་མིས་ཐོབ་ཐང་ལག་ཁྱེར་ཁྱེར་ནས་ཡོང་།',
        byAgent: '{title}ཡིས་ཚབ་སྒྲུབ།',
        byAgentBody: '{title}རང་གི་ཐོབ་ཐང་ལག་ཁྱེར་དང་གདོང་ར་སྤྲོད། དབང་སྤྲོད་ཡི་གེ་ཁྱེར་དགོས།',
        agentCard: '{title}ཡིས་རང་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཀློག་ཆས་སྟེང་དུ་འཇོག་རོགས།',
        agentFace: '{title}རང་ཉིད་ཀྱིས་པར་ཆས་ལ་ལྟ་རོགས།',
        representative: 'ཁྲིམས་ལྡན་འཐུས་མིའི་ཆ་འཕྲིན། (ཐོབ་ཐང་ལག་ཁྱེར་གྱི་པར་ལྟར།)',
        repName: 'ཁྲིམས་ལྡན་འཐུས་མིའི་མིང་།',
        repIdNumber: 'ཁྲིམས་ལྡན་འཐུས་མིའི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།',
        repStart: 'ནུས་ཡོད་འགོ་ཚུགས་ཚེས་གྲངས། (དཔེར་ན 20150401)',
        repEnd: 'ནུས་ཡོད་མཇུག་སྒྲིལ་ཚེས་གྲངས། (དཔེར་ན 20350401)',
        longTerm: 'དུས་ཚོད་རིང་པོ།',
        keyboard: 'ཁྲིམས་ལྡན་འཐུས་མིའི་ཆ་འཕྲིན་འཇུག་རོགས།',
        legalAccount: 'ཁྲིམས་ལྡན་རྩིས་ཁྲ། (རྩིས་ཁྲའི་མིང་ངམ་ཡིད་རྟོན་ཨང་རྟགས།)',
        legalAccountKeyboard: 'ཁྲིམས་ལྡན་རྩིས་ཁྲ་འཇུག་རོགས།',
        faceDone: '{title}ཡི་གདོང་ར་སྤྲོད་ལེགས་གྲུབ།',
      },
      letter: {
        qr: 'དབང་སྤྲོད་ཡི་གེའི་དཔེ་གཞི་ཕབ་ལེན་བྱེད་པར་ཞིབ་བཤེར་གནང་།',
        print: 'དབང་སྤྲོད་ཡི་གེའི་དཔེ་གཞི་པར་སྐྲུན།',
        printed: 'ཚོམས་ཆེན་གྱི་པར་འདེབས་འཕྲུལ་ཆས་ལ་བསྐུར་ཟིན། དེ་ནས་ལེན་རོགས།',
        notPrinted: 'འཕྲུལ་ཆས་འདིས་པར་འདེབས་མི་ཐུབ། ཞིབ་བཤེར་རམ་སྒེའུ་ཁུང་དུ་ལེན་རོགས།',
      },
    },
  },
});

declare module '../../i18n/flowMessages' {
  interface FlowMessages {
    enterpriseAppealAgent: (typeof strings)['zh-CN'];
  }
}

export default strings;
