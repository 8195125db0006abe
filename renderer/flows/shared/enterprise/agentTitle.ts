import { computed, type ComputedRef } from 'vue';
import { useText } from '../../../i18n/useText';
import { useProfile } from '../useProfile';

/** The profile names the agent and the apps in Chinese, as its manual does; each language has its own words for them. */
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

/** A province app's name in the citizen's language, by the name the profile (or the server) gives it. */
export function useAppName(): (name: string) => string {
  const profile = useProfile();
  const { te, tDynamic } = useText();
  return (name) => {
    const app = profile.value.qrSignInApps.find((a) => a.name === name);
    const key = app ? `enterprise.appNames.${app.id}` : '';
    return key && te(key) ? tDynamic(key, 'enterprise.home.title') : name;
  };
}
