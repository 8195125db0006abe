import type { Messages } from '../messages';

/** Tibetan. Machine-drafted: every string needs a native reviewer. */
export default {
  app: { title: 'ཐོབ་ཐང་ར་སྤྲོད་རང་ཞབས་ཞུ།', hall: '{name}' },
  language: { label: 'སྐད་ཡིག', 'zh-CN': '中文', en: 'English', ug: 'ئۇيغۇرچە', bo: 'བོད་ཡིག' },
  home: {
    welcome: 'རང་ཞབས་ཞུར་དགའ་བསུ་ཞུ།',
    tapCard: 'ཁྱེད་ཀྱི་ཐོབ་ཐང་ལག་ཁྱེར་ཀློག་ཆས་སྟེང་དུ་ཞོག་པའམ། འོག་གི་ཞབས་ཞུ་འདེམས་རོགས།',
    services: 'ཞབས་ཞུ་འདེམས་པ།',
    noServices: 'རང་ཞབས་ཞུ་གྲ་སྒྲིག་བྱེད་བཞིན་ཡོད། སྒེའུ་ཁུང་དུ་ཕེབས་རོགས།',
    help: 'རོགས་རམ་དགོས་སམ། ཚོམས་ཆེན་གྱི་ལས་བྱེད་པར་འདྲི་རོགས།',
  },
  status: {
    label: 'སྒྲིག་ཆས་ཀྱི་གནས་སྟངས།',
    ok: 'ཞབས་ཞུ་རྒྱུན་ལྡན།',
    degraded: 'ཞབས་ཞུ་ཁ་ཤས་སྤྱོད་མི་ཐུབ།',
    connecting: 'འབྲེལ་མཐུད་བྱེད་བཞིན་པ།',
    demo: 'མཚོན་སྟོན་རྣམ་པ།',
  },
  staff: {
    exitTitle: 'ལས་བྱེད་པ་ཕྱིར་ཐོན།',
    exitHint: 'ཕྱིར་ཐོན་གསང་ཨང་འཇུག་རོགས།',
    pin: 'གསང་ཨང་།',
    confirm: 'གཏན་འཁེལ།',
    cancel: 'མཚམས་འཇོག',
    clear: 'གཙང་སེལ།',
    backspace: 'བསུབ་པ།',
  },
  errors: {
    'staff.wrongPin': 'གསང་ཨང་ནོར་འདུག ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
    'staff.locked': 'ནོར་འཁྲུལ་མང་དྲགས། རྗེས་སུ་ཚོད་ལྟ་བྱེད་རོགས།',
    'bridge.invalidArgument': 'ནང་འཇུག་བྱས་པ་ནོར་འདུག',
    'bridge.disconnected': 'ཞབས་ཞུ་དང་འབྲེལ་མཐུད་ཆད་སོང་། ཡང་བསྐྱར་འབྲེལ་བཞིན་པ།',
    unknown: 'ལེགས་གྲུབ་མ་བྱུང་། ལས་བྱེད་པར་འདྲི་རོགས།',
  },
} satisfies Messages;
