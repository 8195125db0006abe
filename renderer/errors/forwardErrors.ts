import type { App } from 'vue';
import type { RendererError } from '../../common/contract/services/system';

/** What the forwarder listens on: the page's window. */
export interface ErrorEventSource {
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
}

const cut = (text: string | undefined, max: number): string | undefined => (text === undefined ? undefined : text.slice(0, max));

export function describeError(kind: RendererError['kind'], error: unknown, where?: string): RendererError {
  const base =
    error instanceof Error
      ? { name: cut(error.name, 100), message: cut(error.message, 2000) ?? '', stack: cut(error.stack, 8000) }
      : { message: cut(String(error), 2000) ?? '' };
  return { kind, ...base, ...(where ? { where: cut(where, 500) } : {}) };
}

/**
 * Sends every error the page did not handle to main (its log and the next heartbeat) and keeps it
 * off the screen: no alert, no overlay; the flow's own error handling decides what a citizen sees.
 * A report that cannot be sent is dropped: reporting must never raise a new unhandled rejection.
 */
export function forwardRendererErrors(source: ErrorEventSource, app: Pick<App, 'config'> | null, report: (error: RendererError) => Promise<unknown>): void {
  const send = (error: RendererError) => void report(error).catch(() => undefined);
  source.addEventListener('error', (event) => {
    send(describeError('error', event.error ?? event.message, event.filename ? `${event.filename}:${event.lineno}:${event.colno}` : undefined));
  });
  source.addEventListener('unhandledrejection', (event) => {
    send(describeError('unhandledrejection', event.reason));
    event.preventDefault();
  });
  if (app) {
    app.config.errorHandler = (error, _instance, info) => send(describeError('vue', error, info));
  }
}
