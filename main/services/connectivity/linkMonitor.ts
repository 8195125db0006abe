import { isIdentityApiError } from '../identity';

/** What the last call to the identity API showed: answered in good time, or not. */
export interface LinkObservation {
  ok: boolean;
  detail: string;
  /** Epoch ms of the observation. */
  at: number;
}

export interface LinkMonitor {
  /** Watches one call: its outcome (or its slowness) becomes the link's state. Returns the same promise. */
  observe<T>(call: Promise<T>): Promise<T>;
  latest(): LinkObservation | undefined;
  /** Hears each flip between serving and not serving. */
  onChange(listener: (latest: LinkObservation) => void): void;
}

/** No HTTP answer, or an answer asking to come back later (5xx, 429): the link is not serving. */
function notServing(error: unknown): string | undefined {
  if (!isIdentityApiError(error)) return undefined;
  return error.kind === 'unreachable' || error.kind === 'retryable' ? error.code : undefined;
}

/**
 * The identity link as every call finds it. A call that gets a refusal still shows a working link;
 * one that gets no answer, a "try later", or no answer within `slowAfterMs` shows a link that
 * cannot serve a citizen now. Listeners hear each flip, so the status bar turns within moments.
 */
export function createLinkMonitor(options: { slowAfterMs: number; now?: () => number }): LinkMonitor {
  const now = options.now ?? Date.now;
  const listeners = new Set<(latest: LinkObservation) => void>();
  let latest: LinkObservation | undefined;

  function record(ok: boolean, detail: string): void {
    const changed = latest?.ok !== ok;
    latest = { ok, detail, at: now() };
    if (changed) for (const listener of listeners) listener(latest);
  }

  return {
    observe(call) {
      const started = now();
      let settled = false;
      const slow = setTimeout(() => {
        if (!settled) record(false, `no answer within ${options.slowAfterMs} ms`);
      }, options.slowAfterMs);
      slow.unref?.();
      const done = (failure?: string) => {
        settled = true;
        clearTimeout(slow);
        const took = now() - started;
        if (failure) record(false, `call failed: ${failure}`);
        else if (took >= options.slowAfterMs) record(false, `answered after ${took} ms`);
        else record(true, 'last call answered');
      };
      call.then(
        () => done(),
        (error: unknown) => done(notServing(error)),
      );
      return call;
    },
    latest: () => latest,
    onChange: (listener) => void listeners.add(listener),
  };
}
