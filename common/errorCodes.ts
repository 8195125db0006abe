import { bridgeErrorCodes } from './contract/envelope';
import { accountNameRuleCodes } from './domain/accountNamePolicy';
import { idNumberErrorCodes } from './domain/idNumber';
import { documentNumberErrorCodes } from './domain/idTypes';
import { nameErrorCodes } from './domain/name';
import { passwordRuleCodes } from './domain/passwordPolicy';
import { phoneErrorCodes } from './domain/phone';
import { usccErrorCodes } from './domain/uscc';
import { validityErrorCodes } from './domain/validityPeriod';
import { apiErrorCodes } from './identityApi/apiError';
import { operations } from './identityApi/operations';

/**
 * The error codes main adds for the citizen flows (person and enterprise alike). The UI translates
 * each as `errors.<code>`; identity-API refusals and domain rule codes travel as they are.
 * The string values are part of the contract with the renderer and must not change.
 */
export const flowErrorCodes = {
  /** The identity API is down or asked to retry later: online-only steps point to the counter. */
  unavailable: 'person.serviceUnavailable',
  /** The kiosk's credentials or clock are wrong: staff and IT are needed, not the citizen. */
  kioskNotAuthorised: 'person.kioskNotAuthorised',
  /** A card-sourced identity that is not what the reader read (tampered or stale form). */
  cardMismatch: 'person.cardMismatch',
  /** Manual identity entry outside assisted mode. */
  manualEntryNotAllowed: 'person.manualEntryNotAllowed',
  /** A step was skipped: no account found yet, no verified SMS, no matched face in this session. */
  stepMissing: 'person.stepMissing',
  /** The kiosk's match of the live face with the card's photo found clearly different people: nothing is sent. */
  cardPhotoMismatch: 'person.cardPhotoMismatch',
  /** A training aid (the simulated app confirmation) called on a production kiosk. */
  demoOnly: 'bridge.notAllowed',
} as const;

export type FlowErrorCode = (typeof flowErrorCodes)[keyof typeof flowErrorCodes];

/**
 * Every error code main can send the UI, by where it comes from. The UI shows each one as
 * `errors.<code>`, so each needs that text in every locale (a unit test checks it). Lists are taken
 * from their sources where common/ can reach them; codes that live in main/ are listed here, and a
 * unit test reads main's sources so that a new code cannot be left out.
 */
export const uiErrorCodes = {
  /** Main's flow handlers: the codes above and the refusals they raise themselves. */
  flow: [
    ...Object.values(flowErrorCodes),
    'ID_TYPE_NOT_OFFERED',
    'ENTERPRISE_NAME_REQUIRED',
    'ID_NUMBER_ALREADY_REGISTERED',
    'REAL_NAME_MISMATCH',
    'ACCOUNT_NOT_FOUND',
    'ACCOUNT_NOT_PENDING',
    'ACCOUNT_PENDING_ACTIVATION',
    'USCC_ALREADY_REGISTERED',
    'APPEAL_DOCUMENTS_MISSING',
    'ACCOUNT_NAME_REQUIRED',
    'QR_APP_UNKNOWN',
    'SMS_PURPOSE_UNKNOWN',
    'NO_VALIDITY_PERIOD',
    'person.phoneBoundElsewhere',
  ],
  /** The call bridge itself: unknown method, bad argument or result, lost connection. */
  bridge: Object.values(bridgeErrorCodes),
  /** Assisted mode, staff unlock and the staff desk (main/services/staff). */
  staff: ['staff.notAssisted', 'staff.cardNotRead', 'staff.itemGone', 'staff.wrongPin', 'staff.locked'],
  /** Documents taken from a USB drive or the document camera (main/services/documents). */
  documents: [
    'DOCUMENT_EMPTY',
    'DOCUMENT_TOO_LARGE',
    'DOCUMENT_EXECUTABLE',
    'DOCUMENT_MACROS',
    'DOCUMENT_ACTIVE_CONTENT',
    'DOCUMENT_TRUNCATED',
    'DOCUMENT_UNKNOWN_TYPE',
    'DOCUMENT_TYPE_NOT_ALLOWED',
    'DOCUMENT_EMBEDDED_CONTENT',
    'DOCUMENT_POLYGLOT',
    'DOCUMENT_IMAGE_TOO_LARGE',
    'DOCUMENT_GONE',
    'DRIVE_GONE',
  ],
  /** The demo card reader's sample cards, asked of a real reader. */
  reader: ['reader.notSimulated'],
  /** Rules of common/domain that main checks again before calling the identity API. */
  domain: [
    ...Object.values(idNumberErrorCodes),
    ...Object.values(documentNumberErrorCodes),
    ...Object.values(nameErrorCodes),
    ...Object.values(phoneErrorCodes),
    ...Object.values(usccErrorCodes),
    ...Object.values(validityErrorCodes),
    ...Object.values(passwordRuleCodes),
    ...Object.values(accountNameRuleCodes),
  ],
  /** Refusals the identity API documents per operation, and its transport codes, passed on as they are. */
  identityApi: [...new Set([...Object.values(operations).flatMap((operation) => operation.errors), ...Object.values(apiErrorCodes)])],
  /** A face verification that did not match or saw no live person: the UI ends the flow with these. */
  faceVerification: ['FACE_NO_MATCH', 'FACE_LIVENESS'],
  /** The identity client's own codes (main/services/identity) for failures without a server answer. */
  identityClient: [
    'IDENTITY_API_UNREACHABLE',
    'IDENTITY_API_TIMEOUT',
    'IDENTITY_API_CONNECTION_LOST',
    'IDENTITY_API_RESPONSE_INVALID',
    'IDENTITY_API_SERVER_ERROR',
    'IDENTITY_API_RESPONSE_TOO_LARGE',
    'IDENTITY_API_TLS_UNTRUSTED',
    'IDENTITY_API_UPLOAD_STALLED',
  ],
} as const satisfies Record<string, readonly string[]>;

/** The registry as one list, each code once. */
export const allUiErrorCodes: readonly string[] = [...new Set(Object.values(uiErrorCodes).flat())];
