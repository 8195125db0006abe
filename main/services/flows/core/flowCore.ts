import type { z } from 'zod';
import { chinaCalendarDate } from '../../../../common/domain/calendarDate';
import type { ProvinceProfile } from '../../../../common/profiles/provinceProfile';
import { requiredVerifications, type VerificationKind } from '../../../../common/profiles/verifications';
import type { EventSink } from '../../../bridge/eventHub';
import { DocumentSession, type DocumentSessionOptions } from '../../documents';
import type { Logger } from '../../log/logger';
import type { OutboxKindName, OutboxPayload, RegisteredOutboxKind } from '../../sync/kinds/outboxKinds';
import type { OutboxQueue } from '../../sync/kinds/outboxQueue';
import { CardMemory } from './cardMemory';
import { createCardPhotoCheck, type CardPhotoMatchDeps } from './cardPhotoCheck';
import { defaultFaceChallengeOptions, FaceChallengeIssuer, type FaceChallengeOptions } from './faceChallenges';
import type { FlowContext } from './flowModule';
import { createIdentityChecks } from './identityChecks';
import { defaultLivenessPolicy, type LivenessPolicy } from './livenessEvidence';
import { defaultPresentationAttackPolicy, type PresentationAttackPolicy } from './presentationAttackJudgement';
import { SessionProofs } from './sessionProofs';

/** The outbox queue of each kind the flows save work in; a kind without one is online only. */
export type OutboxQueues = { readonly [K in OutboxKindName]?: OutboxQueue<OutboxPayload<K>> };

export interface FlowDeps<Client> {
  client: Client;
  profile: ProvinceProfile;
  /** Registers the session-end wipe (main's session service). */
  session: { onEnd(hook: () => void): () => void };
  /** Where card reads arrive (main's EventHub), to check card-sourced identities. */
  events: { attach(sink: EventSink): () => void };
  log: Logger;
  queues?: OutboxQueues;
  /** Counter staff unlocked assisted mode: manual identity entry is allowed. */
  assisted?: () => boolean;
  /** Takes a clerk's in-person attestation issued in this session (`staff.attest`): its staff id, once. */
  takeAttestation?: (attestationId: string) => string | undefined;
  /** Removable drives, allow-list and (demo only) the stand-in folder. */
  documents?: DocumentSessionOptions;
  appealTemplateUrl?: string;
  documentCameraLabel?: string;
  /** Optional verifications of the province's forgot password that the hall configuration switches on. */
  forgotPasswordSwitchedOn?: readonly VerificationKind[];
  /** The hall's face liveness bounds, over main's defaults. */
  liveness?: Partial<LivenessPolicy>;
  /** The hall's presentation-attack thresholds, over main's defaults. */
  presentationAttack?: Partial<PresentationAttackPolicy>;
  /** The kiosk's match of the live face with the card photo; without it no match is made. */
  cardPhotoMatch?: CardPhotoMatchDeps;
  demo?: boolean;
  /** Demo kiosks only: the face challenge order issued every time (automated walks with a recorded clip). */
  faceChallengeOrder?: FaceChallengeOptions['fixedOrder'];
  clock?: () => number;
}

/** The flow context before composition (the composer adds the SMS purposes and checks queue use). */
export type FlowCore<Client> = Omit<FlowContext<Client>, 'smsPurposes' | 'queue'> & {
  queue(kind: RegisteredOutboxKind): OutboxQueue<z.output<RegisteredOutboxKind['schema']>> | undefined;
};

/**
 * What every flow shares for the citizen at the screen: the cards read, the proofs earned, the
 * documents held. One session-end wipe forgets all three, so nothing outlives the citizen.
 */
export function createFlowCore<Client>(deps: FlowDeps<Client>): FlowCore<Client> {
  const clock = deps.clock ?? Date.now;
  const cards = new CardMemory();
  const proofs = new SessionProofs(deps.takeAttestation);
  const documents = new DocumentSession(deps.documents);
  const faceChallenges = new FaceChallengeIssuer(clock, {
    ...defaultFaceChallengeOptions,
    ...(deps.demo && deps.faceChallengeOrder ? { fixedOrder: deps.faceChallengeOrder } : {}),
  });
  deps.events.attach(cards.sink);
  deps.session.onEnd(() => {
    proofs.wipe();
    cards.clear();
    documents.wipe();
    faceChallenges.wipe();
  });
  const queues: Partial<Record<string, OutboxQueue<never>>> = deps.queues ?? {};
  return {
    client: deps.client,
    profile: deps.profile,
    log: deps.log,
    clock,
    proofs,
    faceChallenges,
    cardPhoto: createCardPhotoCheck({ cards, log: deps.log, ...(deps.cardPhotoMatch ? { match: deps.cardPhotoMatch } : {}) }),
    identity: createIdentityChecks({ profile: deps.profile, cards, assisted: deps.assisted ?? (() => false), today: () => chinaCalendarDate(clock()) }),
    documents,
    settings: {
      demo: deps.demo ?? false,
      appealTemplateUrl: deps.appealTemplateUrl ?? null,
      documentCameraLabel: deps.documentCameraLabel ?? null,
      personForgotPassword: requiredVerifications(deps.profile.forgotPassword.person, deps.forgotPasswordSwitchedOn ?? []),
      liveness: { ...defaultLivenessPolicy, ...deps.liveness },
      presentationAttack: { ...defaultPresentationAttackPolicy, ...deps.presentationAttack },
    },
    queue: (kind) => queues[kind.kind],
  };
}
