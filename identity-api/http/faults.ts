import { z } from 'zod';

/** Test switches; all off by default. Rates are probabilities per request (0-1). */
export const faultSettingsSchema = z.object({
  errorRate: z.number().min(0).max(1),
  tooManyRequestsRate: z.number().min(0).max(1),
  retryAfterSeconds: z.number().int().min(0).max(3600),
  delayMs: z.number().int().min(0).max(120_000),
  dropAfterCommitRate: z.number().min(0).max(1),
});
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

export const noFaults: FaultSettings = { errorRate: 0, tooManyRequestsRate: 0, retryAfterSeconds: 1, delayMs: 0, dropAfterCommitRate: 0 };

export interface FaultControl {
  get(): FaultSettings;
  /** Merges the given switches into the current ones. */
  set(patch: Partial<FaultSettings>): FaultSettings;
  reset(): void;
}

export function createFaultControl(initial: Partial<FaultSettings> = {}): FaultControl {
  let current = faultSettingsSchema.parse({ ...noFaults, ...initial });
  return {
    get: () => current,
    set: (patch) => (current = faultSettingsSchema.parse({ ...current, ...patch })),
    reset: () => (current = noFaults),
  };
}
