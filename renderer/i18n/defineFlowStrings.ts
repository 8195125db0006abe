import type { Locale } from '../../common/contract/services/system';

/** Nested texts: objects down to strings. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** A flow's own texts in every language, at the same key paths as the central messages. */
export type FlowStrings<Tree extends MessageTree = MessageTree> = Record<Locale, Tree>;

type Translations<Tree> = Record<Exclude<Locale, 'zh-CN'>, NoInfer<Tree>>;

/**
 * Types a flow's `strings.ts` where it is written: zh-CN gives the shape, and every other language
 * must have exactly its keys, so a missing or stray translation is a type error.
 */
export function defineFlowStrings<Tree extends MessageTree>(strings: { 'zh-CN': Tree } & Translations<Tree>): FlowStrings<Tree> {
  return strings;
}
