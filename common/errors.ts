/**
 * The one error shape that crosses a boundary (IPC, WebSocket, identity API): a stable code the UI
 * translates, a developer message, and the input field at fault when there is one. Its schema is in
 * kioskErrorSchema.ts, so the renderer's first script can throw and test these errors without zod.
 */
export interface KioskErrorShape {
  code: string;
  message: string;
  field?: string;
}

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
