import type { Locale } from '../../common/contract/services/system';
import type { FlowStrings, MessageTree } from './defineFlowStrings';
import bo from './locales/bo';
import en from './locales/en';
import ug from './locales/ug';
import zhCN from './locales/zh-CN';
import { mergeFlowStrings } from './mergeFlowStrings';

const found = import.meta.glob<FlowStrings>('../flows/*/strings.ts', { eager: true, import: 'default' });

/** Each flow's texts by the flow's folder name. */
const flowStrings = Object.fromEntries(Object.entries(found).map(([file, strings]) => [file.split('/').at(-2) ?? file, strings]));

/** What each language shows: the central texts and every flow's own, merged at their key paths. */
export const localeMessages: Record<Locale, MessageTree> = mergeFlowStrings({ 'zh-CN': zhCN, en, ug, bo }, flowStrings);
