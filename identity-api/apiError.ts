import type { ApiErrorBody } from '../common/identityApi/apiError';

/** A refusal with its HTTP status; the router turns it into the one error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly extra: Pick<ApiErrorBody, 'attemptsLeft' | 'retryAfterSeconds'> & { headers?: Record<string, string> } = {},
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.field !== undefined) body.field = this.field;
    if (this.extra.attemptsLeft !== undefined) body.attemptsLeft = this.extra.attemptsLeft;
    if (this.extra.retryAfterSeconds !== undefined) body.retryAfterSeconds = this.extra.retryAfterSeconds;
    return body;
  }
}
