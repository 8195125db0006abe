import { errorMessage, i18n } from '../../i18n';
import { textOf } from '../../i18n/useText';
import type { FlowGroup, FlowOutcome } from './outcome';

/** What a result panel says when a flow stops. */
export interface OutcomeText {
  title: string;
  body: string;
  next: string;
}

/** Where person and enterprise flows part ways once a call to main fails. */
export interface FlowGroupRules {
  /** The message for a code shown at its field or under the step. */
  message(code: string): string;
  /** Why the flow stopped, in the citizen's words. */
  explain(outcome: FlowOutcome): OutcomeText;
  /** Another service that resolves this refusal, offered beside "back to start". */
  helper(outcome: FlowOutcome): { route: string; label: string } | undefined;
  /**
   * A failure that is neither an ending refusal nor taken by a field: a person flow ends with
   * "that did not work"; an enterprise flow shows it under the step and lets the citizen try again.
   */
  leftoverEnds: boolean;
  /** Enterprise flows start clean on every entry; a person flow picks up where it was within the session (after a staff-desk visit). */
  startsFresh: boolean;
}

const text = textOf(i18n.global);
const { t } = text;

/** A person refusal's own explanation (`person.refusal.<code>`), else the generic one. */
function explainPerson(outcome: FlowOutcome): OutcomeText {
  const key = outcome.kind === 'refused' ? `person.refusal.${outcome.code.replace(/\./g, '_')}` : 'person.unavailable';
  const base = text.te(`${key}.title`) ? key : 'person.refusal.other';
  const part = (name: keyof OutcomeText) => text.tDynamic(`${base}.${name}`, `person.refusal.other.${name}` as const);
  return { title: part('title'), body: part('body'), next: part('next') };
}

/** The message for a code: the enterprise flows' own text first, then the shared one. */
export function enterpriseMessage(code: string): string {
  const key = `enterprise.errors.${code}`;
  return text.te(key) ? text.tDynamic(key, 'errors.unknown') : errorMessage(code);
}

export const flowGroups: Record<FlowGroup, FlowGroupRules> = {
  person: {
    message: errorMessage,
    explain: explainPerson,
    helper(outcome) {
      if (outcome.kind !== 'refused') return undefined;
      if (outcome.code === 'ID_NUMBER_ALREADY_REGISTERED') return { route: 'forgot-password', label: t('person.home.forgot') };
      if (outcome.code === 'ACCOUNT_NOT_FOUND') return { route: 'register', label: t('person.home.register') };
      return undefined;
    },
    leftoverEnds: true,
    startsFresh: false,
  },
  enterprise: {
    message: enterpriseMessage,
    explain: (outcome) =>
      outcome.kind === 'unavailable'
        ? { title: t('enterprise.refusal.unavailableTitle'), body: t('enterprise.refusal.unavailableBody'), next: t('enterprise.refusal.next') }
        : { title: t('enterprise.refusal.title'), body: enterpriseMessage(outcome.code), next: t('enterprise.refusal.next') },
    // A registry naming another legal representative is what the assisted-registration appeal resolves.
    helper: (outcome) =>
      outcome.kind === 'refused' && outcome.code === 'LEGAL_REPRESENTATIVE_MISMATCH'
        ? { route: 'enterprise-appeal', label: t('enterprise.home.appeal') }
        : undefined,
    leftoverEnds: false,
    startsFresh: true,
  },
};
