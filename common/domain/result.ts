/** Outcome of a domain check: the normalised value, or a stable error code the UI translates. */
export type DomainResult<T> = { ok: true; value: T } | { ok: false; code: string };

export const ok = <T>(value: T): DomainResult<T> => ({ ok: true, value });
export const fail = <T = never>(code: string): DomainResult<T> => ({ ok: false, code });
