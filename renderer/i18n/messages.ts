import type zhCN from './locales/zh-CN';

/**
 * The central texts, those the kit and several flows share; zh-CN is the source of truth and every
 * other locale must have the same keys. A flow's own texts are in its folder's `strings.ts`.
 */
export type Messages = typeof zhCN;
