import type { Messages } from './messages';

/** The dotted path of every text in a message tree: `{ a: { b: 'x' } }` gives `'a.b'`. */
type TextPaths<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : TextPaths<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** A key of the zh-CN messages: the keys `useText().t` accepts. */
export type MessageKey = TextPaths<Messages>;
