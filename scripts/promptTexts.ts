import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../common/contract/services/system';
import { faceMessages } from '../renderer/capture/face/faceMessages';
import type { FlowStrings, MessageTree } from '../renderer/i18n/defineFlowStrings';
import bo from '../renderer/i18n/locales/bo';
import en from '../renderer/i18n/locales/en';
import ug from '../renderer/i18n/locales/ug';
import zhCN from '../renderer/i18n/locales/zh-CN';
import { mergeFlowStrings } from '../renderer/i18n/mergeFlowStrings';
import { collectPrompts, type PromptText } from '../renderer/voice/promptCatalogue';
import { voiceMessages } from '../renderer/voice/voiceMessages';

export const locales: Locale[] = ['zh-CN', 'en', 'ug', 'bo'];
const flowsDir = path.resolve(import.meta.dirname, '../renderer/flows');

/**
 * Each language's texts as the kiosk shows them, read in Node: the central messages with every
 * flow's own (as renderer/i18n/localeMessages.ts merges them), the face step's and the voice's.
 */
export async function loadMessages(): Promise<Record<Locale, MessageTree>> {
  const flows: Record<string, FlowStrings> = {};
  for (const flow of readdirSync(flowsDir).sort()) {
    const file = path.join(flowsDir, flow, 'strings.ts');
    if (existsSync(file)) flows[flow] = ((await import(pathToFileURL(file).href)) as { default: FlowStrings }).default;
  }
  const central: Record<Locale, MessageTree> = { 'zh-CN': zhCN, en, ug, bo };
  const own: Record<string, FlowStrings> = { face: faceMessages, voice: voiceMessages };
  return mergeFlowStrings(central, { ...flows, ...own });
}

function textAt(tree: MessageTree, id: string): string {
  let node: string | MessageTree | undefined = tree;
  for (const key of id.split('.')) node = typeof node === 'object' ? node[key] : undefined;
  return typeof node === 'string' ? node : '';
}

/**
 * Every language's spoken prompts: the ids zh-CN (the source texts) speaks, each with this
 * language's text, plus any a language words without a placeholder where zh-CN has one.
 */
export async function loadPromptTexts(): Promise<Record<Locale, PromptText[]>> {
  const messages = await loadMessages();
  const source = collectPrompts(messages['zh-CN']);
  const sourceIds = new Set(source.map((p) => p.id));
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      [...source.map((p) => ({ id: p.id, text: textAt(messages[locale], p.id) })), ...collectPrompts(messages[locale]).filter((p) => !sourceIds.has(p.id))],
    ]),
  ) as Record<Locale, PromptText[]>;
}
