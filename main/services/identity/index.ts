export { createIdentityClient, type IdentityClient, type IdentityClientOptions, type WriteOptions } from './identityClient';
export { IdentityApiError, isIdentityApiError, clientErrorCodes, type IdentityErrorKind, type IdentityErrorDetails } from './identityApiError';
export type { KioskCredentials } from './requestSigner';
export { gatewayAgent, loadGatewayTrust, parsePemBundle, spkiPin, type GatewayTrust } from './gatewayTrust';
