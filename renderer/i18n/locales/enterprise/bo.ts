import en from './en';
import type zhCN from './zh-CN';

/**
 * Tibetan, machine-drafted and PARTIAL: only the home tiles and titles are drafted; every other
 * string falls back to English until a native translator reviews and completes it.
 */
export default {
  ...en,
  home: {
    ...en.home,
    title: 'ཁེ་ལས་ཞབས་ཞུ།',
    register: 'ཁེ་ལས་ཐོ་འགོད།',
    activate: 'རྩིས་ཐོ་སྤྱོད་འགོ་འཛུགས།',
    forgot: 'ཁེ་ལས་གསང་ཨང་།',
    appeal: 'རྩིས་ཐོའི་ཞུ་གཏུག',
    agents: 'ཚབ་བྱེད་པ།',
    qr: 'མཉེན་ཆས་ཀྱིས་ནང་འཛུལ།',
  },
  finish: 'ལེགས་གྲུབ།',
  backHome: 'མགོ་ལ་ཕྱིར་ལོག',
} satisfies typeof zhCN;
