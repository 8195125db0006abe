import type zhCN from './zh-CN';

/**
 * The clerk's desk in assisted mode, Tibetan.
 * Machine-drafted from zh-CN (English as a cross-check): a native reviewer must check every string before release.
 */
export default {
  citizen: 'ལས་དོན་སྒྲུབ་མཁན། (སྦས་ཟིན།)',
  nextTry: 'རྗེས་མའི་བསྐུར་ཐེངས།',
  nextTryDue: 'ད་ལྟ་བསྐུར་རྒྱུ།',
  nextTryNever: 'རང་འགུལ་གྱིས་མི་བསྐུར།',
  submittedAt: '{time} ལ་ཕུལ།',
  unreadable: 'ཀློག་མི་ཐུབ།',
  attachments: 'ཟུར་སྦྲགས། {uploaded}/{count} བསྐུར་ཟིན།',
  sendNow: 'ད་ལྟ་བསྐུར།',
  retried: 'བསྐུར་རྒྱུ་གཏན་འཁེལ་བྱས། ཅུང་ཙམ་རྗེས་སུ་གསར་བསྒྱུར་བྱས་ནས་ལྟ་རོགས།',
  refresh: 'གསར་བསྒྱུར།',
  code: 'ཨང་རྟགས། {code}',
  reasons: {
    unreachable: 'ར་སྤྲོད་མ་ལག་ལ་འབྲེལ་མ་ཐུབ། སླར་གསོ་བྱུང་རྗེས་རང་འགུལ་གྱིས་བསྐུར་རྒྱུ།',
    busy: 'ར་སྤྲོད་མ་ལག་བྲེལ་བ་ཆེ། རྗེས་སུ་རང་འགུལ་གྱིས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད།',
    auth: 'འཕྲུལ་ཆས་འདིའི་ལག་ཁྱེར་ར་སྤྲོད་མ་ལག་གིས་ཁས་མ་བླངས། ལག་རྩལ་རྒྱབ་སྐྱོར་ལ་འབྲེལ་བ་གནང་།',
    upload: 'ཟུར་སྦྲགས་ཡར་སྐྱེལ་བར་ཆད་བྱུང་། ཡང་བསྐྱར་ཡར་སྐྱེལ་བྱེད་རྒྱུ།',
    refused: 'ར་སྤྲོད་མ་ལག་གིས་ལས་དོན་འདི་ཁས་མ་བླངས། ལས་དོན་སྒྲུབ་མཁན་དང་ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་བསྐུར་རོགས།',
    unexpected: 'བསྐུར་སྐབས་རེ་བ་མེད་པའི་ནོར་འཁྲུལ་བྱུང་། རྗེས་སུ་རང་འགུལ་གྱིས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད།',
  },
  ok: 'རྒྱུན་ལྡན།',
  failed: 'སྐྱོན་ཆ།',
  technical: 'ལག་རྩལ་ཆ་འཕྲིན།',
  checks: { dataDir: 'གཞི་གྲངས་ཡིག་སྣོད།', identityApi: 'ར་སྤྲོད་མ་ལག་གི་འབྲེལ་མཐུད།', store: 'ས་གནས་གཞི་གྲངས་མཛོད།' },
  readerStates: { 'no-reader': 'ཀློག་ཆས་མ་སྦྲེལ།', ready: 'གྲ་སྒྲིག་ཡོད།', reading: 'ལག་ཁྱེར་ཀློག་བཞིན་པ།', 'card-read': 'ལག་ཁྱེར་བཀླགས་ཟིན།', error: 'སྐྱོན་ཆ།' },
  readerSimulated: '(དཔེ་སྟོན་ཀློག་ཆས།)',
  link: { online: 'དྲ་ཐོག', offline: 'དྲ་མེད།', paused: 'མཚམས་བཞག ལག་ཁྱེར་ཁས་མ་བླངས།' },
  queueSummary: '{pending} སྒུག་བཞིན་པ། {dead} ཕམ་པ།',
  memoryUse: '{rss} MB བེད་སྤྱོད། (མཉེན་ཆས་ {heap} MB)',
  diskUse: '{total} MB ནང་ {free} MB སྟོང་པ།',
} satisfies typeof zhCN;
