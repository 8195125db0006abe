import { ref, shallowRef } from 'vue';
import type { AppealDocumentType, AppealFiler, AppealReceipt, DocumentView, appealTypes } from '../../../common/contract/services/enterpriseFlows';
import type { PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import { blankEnterprise } from '../shared/enterprise/enterpriseDraft';
import type { FlowOutcome } from '../shared/outcome';

export type AppealStep = 'enterprise' | 'identity' | 'phone' | 'materials' | 'review' | 'done';
/** An agent filing alone: their card, their face, then the legal representative's details typed. */
export type AgentStage = 'card' | 'face' | 'representative';

/** The legal representative's ID card as an agent types it from the photographed pages. */
export interface TypedRepresentative {
  name: string;
  idNumber: string;
  /** YYYYMMDD as typed. */
  start: string;
  end: string;
  longTerm: boolean;
}

/** A material handed in: main keeps the bytes; the renderer keeps only the review page's thumbnail, as a data URL. */
type HeldDocument = DocumentView & { thumbnail: string | null };

/** A material being handed in right now: photographed or imported from USB. */
export interface MaterialCapture {
  type: AppealDocumentType;
  via: 'camera' | 'usb';
}

/**
 * An enterprise account appeal in progress: every field the citizen typed, showed or
 * photographed, wiped with the session.
 */
export const useAppealStore = defineFlowStore('flow.enterpriseAppeal', () => ({
  step: ref<AppealStep>('enterprise'),
  appealType: ref<(typeof appealTypes)[number]>('assisted_registration'),
  enterprise: ref(blankEnterprise()),
  filer: ref<AppealFiler>('legal_representative'),
  /** 法人账号: only to modify a registered enterprise's information. */
  legalAccount: ref(''),
  representative: shallowRef<PersonIdentityInput | null>(null),
  agent: shallowRef<PersonIdentityInput | null>(null),
  agentStage: ref<AgentStage>('card'),
  agentFaceVerificationId: ref<string | null>(null),
  typedRepresentative: ref<TypedRepresentative>({ name: '', idNumber: '', start: '', end: '', longTerm: false }),
  phone: ref(''),
  /** Null when the SMS check was skipped while the identity API was away. */
  smsChallengeId: ref<string | null>(null),
  requiredDocuments: ref<AppealDocumentType[]>([]),
  documents: shallowRef<Partial<Record<AppealDocumentType, HeldDocument>>>({}),
  remark: ref(''),
  receipt: shallowRef<AppealReceipt | null>(null),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
