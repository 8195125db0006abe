/**
 * Port for the 32-byte data key that encrypts personal data at rest. The composition root picks the
 * implementation: Electron safeStorage in the packaged app, a 0600 key file in the browser shell.
 */
export interface KeyProvider {
  /** Which implementation is active, for diagnostics (never the key). */
  readonly kind: 'safe-storage' | 'key-file';
  /** Resolves the data key, creating and persisting it on first use. */
  getDataKey(): Promise<Buffer>;
}

export const dataKeyLength = 32;
