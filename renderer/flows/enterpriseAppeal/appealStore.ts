import { defineStore } from 'pinia';
import { reactive, ref, shallowRef } from 'vue';
import type { AgentView, DocumentView, EnterpriseReceipt, legalEntityTypes } from '../../../common/contract/services/enterpriseFlows';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { useSessionStore } from '../../stores/session';

export type LegalEntityType = (typeof legalEntityTypes)[number];

/** Why an enterprise flow stopped (its own refusal text under enterprise.errors, or an outage). */
export type EnterpriseOutcome = { kind: 'refused'; code: string } | { kind: 'unavailable' };

/**
 * The enterprise flow in progress (one at a time): every field the citizen typed, showed or
 * photographed, wiped with the session. Document bytes stay in main; the renderer keeps only the
 * thumbnails of the review page, as data URLs, wiped with the rest.
 */
export const useEnterpriseStore = defineStore('flow.enterprise', () => {
  const step = ref('');
  const enterprise = reactive({ legalEntityType: 'company' as LegalEntityType, uscc: '', enterpriseName: '', nameFromRegistry: false, inRegistry: false });
  const representative = shallowRef<PersonIdentityInput | null>(null);
  const agent = shallowRef<PersonIdentityInput | null>(null);
  const phone = ref('');
  const smsChallengeId = ref<string | null>(null);
  const faceVerificationId = ref('');
  const accountName = ref('');
  const password = ref('');
  const confirm = ref('');
  const legalAccount = ref('');
  const maskedPhone = ref('');
  const maskedEnterpriseName = ref('');
  const appealType = ref<'assisted_registration' | 'modify_information'>('assisted_registration');
  const requiredDocuments = ref<DocumentView['documentType'][]>([]);
  const documents = shallowRef<Partial<Record<DocumentView['documentType'], DocumentView & { thumbnail: string | null }>>>({});
  const remark = ref('');
  const agents = shallowRef<AgentView[]>([]);
  const receipt = shallowRef<EnterpriseReceipt | null>(null);
  const outcome = shallowRef<EnterpriseOutcome | null>(null);
  const error = ref('');

  function reset(): void {
    step.value = '';
    Object.assign(enterprise, { legalEntityType: 'company', uscc: '', enterpriseName: '', nameFromRegistry: false, inRegistry: false });
    representative.value = null;
    agent.value = null;
    phone.value = '';
    smsChallengeId.value = null;
    faceVerificationId.value = '';
    accountName.value = '';
    password.value = '';
    confirm.value = '';
    legalAccount.value = '';
    maskedPhone.value = '';
    maskedEnterpriseName.value = '';
    appealType.value = 'assisted_registration';
    requiredDocuments.value = [];
    documents.value = {};
    remark.value = '';
    agents.value = [];
    receipt.value = null;
    outcome.value = null;
    error.value = '';
  }
  useSessionStore().onWipe(reset);
  return {
    step,
    enterprise,
    representative,
    agent,
    phone,
    smsChallengeId,
    faceVerificationId,
    accountName,
    password,
    confirm,
    legalAccount,
    maskedPhone,
    maskedEnterpriseName,
    appealType,
    requiredDocuments,
    documents,
    remark,
    agents,
    receipt,
    outcome,
    error,
    reset,
  };
});
