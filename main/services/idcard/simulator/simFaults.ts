/**
 * Faults the simulator can inject. `times` counts how many replies the fault spoils before it
 * clears itself (default 1; Infinity keeps it until `clearFaults`). Corruption and truncation hit
 * read replies (`30 01` / `30 10`), where long frames make them realistic.
 */
export type SimFault =
  /** The next find answers 80 although a card is there. */
  | { kind: 'find-fails-once' }
  /** Reads answer SW3 0x41, optionally with card status words in SW1/SW2. */
  | { kind: 'read-failure'; times?: number; sw1?: number; sw2?: number }
  /** Reads answer 0x31 / 0x32 / 0x33 (authentication or verification failed). */
  | { kind: 'auth-failure'; sw3: 0x31 | 0x32 | 0x33; times?: number }
  /** Every command answers 0x60 (SAM self-test failed) until cleared. */
  | { kind: 'sam-fault' }
  /** The read reply's CHK byte is flipped. */
  | { kind: 'corrupt-checksum'; times?: number }
  /** Only the first half of the read reply is sent. */
  | { kind: 'truncated-frame'; times?: number }
  /** Every reply is delayed by `delayMs` more, until cleared. */
  | { kind: 'slow-replies'; delayMs: number };

export type SimFaultKind = SimFault['kind'];

export const SIM_FAULT_KINDS: readonly SimFaultKind[] = [
  'find-fails-once',
  'read-failure',
  'auth-failure',
  'sam-fault',
  'corrupt-checksum',
  'truncated-frame',
  'slow-replies',
];
