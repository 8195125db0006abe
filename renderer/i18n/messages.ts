import type zhCN from './locales/zh-CN';

/** zh-CN is the source of truth; every other locale must have the same keys. */
export type Messages = typeof zhCN;
