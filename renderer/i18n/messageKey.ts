import type { FlowMessages } from './flowMessages';
import type { Messages } from './messages';

/** The dotted path of every text in a message tree: `{ a: { b: 'x' } }` gives `'a.b'`. */
type TextPaths<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : TextPaths<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** The paths of the texts the flows bring in their `strings.ts`. */
type FlowTextPaths = { [Flow in keyof FlowMessages]: TextPaths<FlowMessages[Flow]> }[keyof FlowMessages];

/** A key of the zh-CN messages, central or a flow's: the keys `useText().t` accepts. */
export type MessageKey = TextPaths<Messages> | FlowTextPaths;
