/** What whenSettled needs of the page: its events, timers and idle callbacks (a test passes its own). */
export type SettleTarget = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'> &
  Partial<Pick<Window, 'requestIdleCallback'>>;

export interface SettleOptions {
  target?: SettleTarget;
  /** With no tap at all, settle this long after the call. */
  quietMs?: number;
  /** After the first tap or key press, settle this long later: its answer is on screen by then. */
  afterTapMs?: number;
  /** The longest an idle moment is waited for once settled. */
  idleTimeoutMs?: number;
}

/**
 * Runs `task` once the attract screen has done its part: a moment after the first tap or key press,
 * or after a quiet spell with none, and then in an idle moment of the page's thread. Work the
 * attract screen does not need (warming the face models) so never competes with a citizen's first
 * tap after a start or reload. Returns a cancel function.
 */
export function whenSettled(task: () => void, options: SettleOptions = {}): () => void {
  const target = options.target ?? window;
  const { quietMs = 3000, afterTapMs = 1000, idleTimeoutMs = 2000 } = options;
  let cancelled = false;
  let timer: number | undefined;

  const runWhenIdle = () => {
    if (cancelled) return;
    if (target.requestIdleCallback) target.requestIdleCallback(() => !cancelled && task(), { timeout: idleTimeoutMs });
    else timer = target.setTimeout(() => !cancelled && task(), 0);
  };
  const onTap = () => {
    stopListening();
    target.clearTimeout(timer);
    timer = target.setTimeout(runWhenIdle, afterTapMs);
  };
  function stopListening(): void {
    target.removeEventListener('pointerdown', onTap);
    target.removeEventListener('keydown', onTap);
  }

  target.addEventListener('pointerdown', onTap, { passive: true });
  target.addEventListener('keydown', onTap, { passive: true });
  timer = target.setTimeout(() => {
    stopListening();
    runWhenIdle();
  }, quietMs);
  return () => {
    cancelled = true;
    stopListening();
    target.clearTimeout(timer);
  };
}
