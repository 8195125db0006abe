import type { MessageTree } from '../i18n/defineFlowStrings';

/**
 * The texts the kiosk speaks, as message-key patterns (`*` is one key segment). A prompt's id is
 * its message key, so the pack, the captions and the code all name a prompt the same way.
 * A text with a `{placeholder}` has no fixed wording to record: it is left out of the pack and
 * spoken by the system voice where one exists, else announced by the chime.
 */
export const spokenPromptPatterns = [
  // Each wizard step's heading (StepWizard speaks the heading of the step it shows).
  'person.*.headings.*',
  'enterprise.*.headings.*',
  // Every face-capture instruction (the codes of capture/face/guidance.ts) and the way to the counter.
  'face.*',
  'face.ui.goToCounter',
  // What stops the citizen: the title of a flow's ending refusal or outage.
  'person.refusal.*.title',
  'person.unavailable.title',
  'enterprise.refusal.title',
  'enterprise.refusal.unavailableTitle',
  // The idle warning and the last seconds of its countdown.
  'voice.idleWarning',
  'voice.count.*',
] as const;

export interface PromptText {
  id: string;
  text: string;
}

/** A text with words to say and no part filled in at run time. */
export function isFixedText(text: string): boolean {
  return text.trim() !== '' && !/\{\w+\}/.test(text);
}

function matches(pattern: string[], tree: MessageTree, prefix: string[]): PromptText[] {
  const [head, ...rest] = pattern;
  if (head === undefined) return [];
  const keys = head === '*' ? Object.keys(tree) : [head];
  return keys.flatMap((key) => {
    const value = tree[key];
    const path = [...prefix, key];
    if (value === undefined) return [];
    if (typeof value === 'string') return rest.length === 0 && isFixedText(value) ? [{ id: path.join('.'), text: value }] : [];
    return rest.length === 0 ? [] : matches(rest, value, path);
  });
}

/** Every spoken prompt of one language's messages, by id, in the catalogue's order. */
export function collectPrompts(messages: MessageTree): PromptText[] {
  const seen = new Map<string, PromptText>();
  for (const pattern of spokenPromptPatterns) for (const prompt of matches(pattern.split('.'), messages, [])) seen.set(prompt.id, prompt);
  return [...seen.values()];
}
