import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import type { RelativeRelation } from '../../../common/domain/relatives';
import { defineFlowStore } from '../shared/defineFlowStore';
import type { FlowOutcome } from '../shared/outcome';

export type RelativesStep = 'identify' | 'face' | 'relatives' | 'relative' | 'relativeFace' | 'done';

/** A bound relative as main lists it (masked). */
export interface RelativeView {
  bindingId: string;
  relation: RelativeRelation;
  maskedName: string;
  maskedIdNumber: string;
}

/** Relatives: the holder's card + face, their bindings, and the relative being bound; online only, wiped with the session. */
export const useRelativesStore = defineFlowStore('flow.relatives', () => ({
  step: ref<RelativesStep>('identify'),
  identity: shallowRef<PersonIdentityInput | null>(null),
  maskedName: ref(''),
  relatives: shallowRef<RelativeView[]>([]),
  relation: ref<RelativeRelation | null>(null),
  relative: shallowRef<PersonIdentityInput | null>(null),
  /** A binding or removal just made, said above the list. */
  notice: ref<'bound' | 'removed' | null>(null),
  receipts: shallowRef<FlowReceipt[]>([]),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
