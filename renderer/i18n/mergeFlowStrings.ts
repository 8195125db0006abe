import type { Locale } from '../../common/contract/services/system';
import type { FlowStrings, MessageTree } from './defineFlowStrings';

const centralOwner = 'the central messages';

/** Who already has a text at `path` or below it. */
function holderOf(path: string, owners: Map<string, string>): string {
  return owners.get(path) ?? [...owners].find(([taken]) => taken.startsWith(`${path}.`))?.[1] ?? centralOwner;
}

/**
 * Grafts one tree onto another. A text may only go where nothing is yet: a flow that reuses a
 * central key or another flow's key would silently replace its text on every screen that shows it.
 */
function graft(target: MessageTree, branch: MessageTree, owner: string, owners: Map<string, string>, prefix: string): void {
  for (const [key, value] of Object.entries(branch)) {
    const path = `${prefix}${key}`;
    const present = target[key];
    if (present !== undefined && (typeof value === 'string' || typeof present === 'string')) {
      throw new Error(`The texts of ${owner} collide with ${holderOf(path, owners)} at '${path}'`);
    }
    if (typeof value === 'string') {
      target[key] = value;
      owners.set(path, owner);
    } else {
      const subtree: MessageTree = present ?? {};
      target[key] = subtree;
      graft(subtree, value, owner, owners, `${path}.`);
    }
  }
}

/** Each language's central messages with every flow's own texts added, by flow name; throws on a key two of them have. */
export function mergeFlowStrings(core: Record<Locale, MessageTree>, flows: Record<string, FlowStrings>): Record<Locale, MessageTree> {
  const merged = {} as Record<Locale, MessageTree>;
  for (const [locale, central] of Object.entries(core) as [Locale, MessageTree][]) {
    const messages = structuredClone(central);
    const owners = new Map<string, string>();
    for (const [flow, strings] of Object.entries(flows)) graft(messages, strings[locale], flow, owners, '');
    merged[locale] = messages;
  }
  return merged;
}
