import { z } from 'zod';

/**
 * The one error shape that crosses a boundary (IPC, WebSocket, identity API): a stable code the UI
 * translates, a developer message, and the input field at fault when there is one.
 */
export const kioskErrorSchema = z.object({
  code: z.string().min(1).max(64),
  message: z.string().max(2000),
  field: z.string().max(200).optional(),
});
export type KioskErrorShape = z.infer<typeof kioskErrorSchema>;

export class KioskError extends Error implements KioskErrorShape {
  readonly code: string;
  readonly field?: string;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'KioskError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }

  toJSON(): KioskErrorShape {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }
}

export function isKioskError(value: unknown): value is KioskError {
  return value instanceof KioskError;
}
