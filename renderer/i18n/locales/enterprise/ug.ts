import en from './en';
import type zhCN from './zh-CN';

/**
 * Uyghur, machine-drafted and PARTIAL: only the home tiles and titles are drafted; every other
 * string falls back to English until a native translator reviews and completes it.
 */
export default {
  ...en,
  home: {
    ...en.home,
    title: 'كارخانا مۇلازىمىتى',
    register: 'كارخانا تىزىملىتىش',
    activate: 'ھېساباتنى ئاكتىپلاش',
    forgot: 'كارخانا پارولى',
    appeal: 'ھېسابات ئەرزى',
    agents: 'ۋاكالەتچىلەر',
    qr: 'ئەپ بىلەن كىرىش',
  },
  finish: 'تامام',
  backHome: 'باشقا قايتىش',
} satisfies typeof zhCN;
