import { computed, type ComputedRef } from 'vue';
import { useText } from '../../../i18n/useText';
import { useProfile } from '../useProfile';

/** The profile names the agent in Chinese, as its manual does; each language has its own word for each title. */
const titleKeys = { 经办人: 'handler', 代理人: 'proxy', 办税人: 'taxHandler' } as const;

const isKnownTitle = (title: string): title is keyof typeof titleKeys => title in titleKeys;

/** The province's agent title (经办人 / 代理人 / 办税人) in the citizen's language. */
export function useAgentTitle(): ComputedRef<string> {
  const profile = useProfile();
  const { t } = useText();
  return computed(() => {
    const title = profile.value.agentTitle;
    return isKnownTitle(title) ? t(`enterprise.agentTitles.${titleKeys[title]}`) : title;
  });
}
