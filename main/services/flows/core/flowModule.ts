import type { z } from 'zod';
import type { KioskHandlers } from '../../../../common/contract/kioskApi';
import type { ProvinceProfile } from '../../../../common/profiles/provinceProfile';
import type { RequiredVerifications } from '../../../../common/profiles/verifications';
import type { DocumentSession } from '../../documents';
import type { OperationId, OperationResponse } from '../../../../common/identityApi/operations';
import type { IdentityClient } from '../../identity';
import type { SendRest } from '../../identity/sendArgs';
import type { Logger } from '../../log/logger';
import type { RegisteredOutboxKind } from '../../sync/kinds/outboxKinds';
import type { OutboxQueue } from '../../sync/kinds/outboxQueue';
import type { CardPhotoCheck } from './cardPhotoCheck';
import type { FaceChallengeIssuer } from './faceChallenges';
import type { IdentityChecks } from './identityChecks';
import type { LivenessPolicy } from './livenessEvidence';
import type { PresentationAttackPolicy } from './presentationAttackJudgement';
import type { FlowService, SessionProofs } from './sessionProofs';
import type { ServiceSmsPurpose, SmsPurposeSpec } from './smsSteps';

export type { FlowService } from './sessionProofs';
/** A named method of the identity client, or an operation id called through its generic `send`. */
export type ClientCall = Exclude<keyof IdentityClient, 'send'> | OperationId;

/**
 * The client a module sees: the named methods it declared, and `send` for exactly the operations it
 * declared (a new operation needs no named method).
 */
export type FlowClient<C extends ClientCall> = Pick<IdentityClient, Extract<C, keyof IdentityClient>> & {
  send<K extends Extract<C, OperationId>>(id: K, ...args: SendRest<K>): Promise<OperationResponse<K>>;
};
export type FlowMethod<S extends FlowService> = keyof KioskHandlers[S] & string;

/** Hall settings some flows show or obey. */
export interface FlowSettings {
  /** Demo and training kiosks: training aids (the simulated app confirmation) are allowed. */
  readonly demo: boolean;
  /** The hall's authorisation-letter template link (shown as a QR code). */
  readonly appealTemplateUrl: string | null;
  /** devices.cameras.documentLabel: the document camera (高拍仪) is chosen by this label. */
  readonly documentCameraLabel: string | null;
  /** A person's forgot password at this hall: the profile's settings with the hall's optional ones switched on. */
  readonly personForgotPassword: RequiredVerifications;
  /** The bounds main holds a face capture's liveness measurements to (hall config `face.liveness` over the defaults). */
  readonly liveness: LivenessPolicy;
  /** The thresholds main holds a capture's presentation-attack cues to (hall config `face.presentationAttack` over the defaults). */
  readonly presentationAttack: PresentationAttackPolicy;
}

/** What a flow module's handlers work with; one per kiosk, shared by every flow of both services. */
export interface FlowContext<Client> {
  readonly client: Client;
  readonly profile: ProvinceProfile;
  readonly log: Logger;
  readonly clock: () => number;
  /** This citizen's proofs and progress; wiped at the session's end. */
  readonly proofs: SessionProofs;
  /** The face challenge orders main issued in this session, each answerable once. */
  readonly faceChallenges: FaceChallengeIssuer;
  readonly identity: IdentityChecks;
  /** The live face against the photo of the card read for the holder (stops a clear mismatch). */
  readonly cardPhoto: CardPhotoCheck;
  /** Appeal materials held in memory for this citizen; zeroed at the session's end. */
  readonly documents: DocumentSession;
  readonly settings: FlowSettings;
  /** The SMS purposes every composed flow declared (the SMS steps serve them). */
  readonly smsPurposes: readonly ServiceSmsPurpose[];
  /** The queue of the kind this flow declared; undefined on a kiosk without an outbox (online only). */
  queue<K extends RegisteredOutboxKind>(kind: K): OutboxQueue<z.output<K['schema']>> | undefined;
}

/**
 * One flow on main's side: which service and contract methods it implements, the identity-API
 * calls it makes, the SMS purposes it owns, what it queues, and its handlers. The composer checks
 * that every contract method has exactly one module.
 */
export interface FlowModule<S extends FlowService, M extends FlowMethod<S>, C extends ClientCall> {
  readonly name: string;
  readonly service: S;
  readonly methods: readonly M[];
  readonly client: readonly C[];
  readonly sms?: readonly SmsPurposeSpec<S>[];
  readonly queues?: RegisteredOutboxKind;
  create(ctx: FlowContext<FlowClient<C>>): Pick<KioskHandlers[S], M>;
}

export const defineFlow = <S extends FlowService, M extends FlowMethod<S>, C extends ClientCall>(module: FlowModule<S, M, C>) => module;

/** A flow module as the composer handles it, whatever its service, methods and calls. */
export interface AnyFlowModule {
  readonly name: string;
  readonly service: FlowService;
  readonly methods: readonly string[];
  readonly client: readonly ClientCall[];
  readonly sms?: readonly SmsPurposeSpec[];
  readonly queues?: RegisteredOutboxKind;
  create(ctx: FlowContext<unknown>): object;
}

/** The (already validated) argument of a contract method's handler. */
export type FlowArg<S extends FlowService, M extends FlowMethod<S>> = KioskHandlers[S][M] extends (arg: infer A, ...rest: never[]) => unknown ? A : never;
