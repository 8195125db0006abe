/**
 * Demo cards: people of the reference identity API's population register (docs/identity-api.md),
 * and `zhou-min`, the demo hall's counter clerk, whose card unlocks assisted mode.
 * Without zod, so the status bar's demo picker does not bring it into the first script.
 */
export const demoCardIds = [
  'liu-yang',
  'zhao-qiang',
  'zhang-wei',
  'li-xiuying',
  'wang-xiaoming',
  'chen-jing',
  'ayigul',
  'zhou-min',
  'anna-mueller',
  'chan-ka-ming',
  'sun-li',
] as const;
