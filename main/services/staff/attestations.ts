/**
 * In-person attestations issued by counter staff during the current citizen's session. A flow
 * may use each once; the session's end forgets the rest.
 */
export function createAttestations() {
  const issued = new Map<string, string>();
  return {
    issue(attestationId: string, staffId: string): void {
      issued.set(attestationId, staffId);
    },
    /** The attesting staff id, once; undefined if unknown or already used. */
    take(attestationId: string): string | undefined {
      const staffId = issued.get(attestationId);
      issued.delete(attestationId);
      return staffId;
    },
    clear(): void {
      issued.clear();
    },
  };
}
export type Attestations = ReturnType<typeof createAttestations>;
