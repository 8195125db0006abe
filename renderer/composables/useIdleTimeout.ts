import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

export interface IdleTimeout {
  /** Seconds left on the visible countdown, or undefined while the citizen is active. */
  remaining: Ref<number | undefined>;
  /** The citizen touched "continue" (or anything): start the idle period again. */
  stillHere(): void;
}

/**
 * After `timeoutSeconds` without a touch while `isActive()`, counts down `countdownSeconds` on
 * screen, then calls `onExpire`. Only a touch or key press resets it; nothing happens while the
 * settings are unknown (undefined).
 */
export function useIdleTimeout(options: {
  timeoutSeconds: () => number | undefined;
  countdownSeconds: () => number | undefined;
  isActive: () => boolean;
  onCountdownStart: () => void;
  onExpire: () => void;
}): IdleTimeout {
  const remaining = ref<number>();
  let lastActivity = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;

  const stillHere = () => {
    lastActivity = Date.now();
    remaining.value = undefined;
  };

  const tick = () => {
    const timeout = options.timeoutSeconds();
    const countdown = options.countdownSeconds();
    if (!options.isActive() || timeout === undefined || countdown === undefined) {
      remaining.value = undefined;
      lastActivity = Date.now();
      return;
    }
    const idleFor = (Date.now() - lastActivity) / 1000;
    const left = Math.ceil(timeout + countdown - idleFor);
    if (idleFor < timeout) return;
    if (remaining.value === undefined) options.onCountdownStart();
    if (left <= 0) {
      remaining.value = undefined;
      lastActivity = Date.now();
      options.onExpire();
      return;
    }
    remaining.value = left;
  };

  const activity = () => {
    // A touch during the countdown dismisses it only through the dialog's own button.
    if (remaining.value === undefined) lastActivity = Date.now();
  };

  // A hidden or covered page may run its timers only once a minute; the moment it shows again, an
  // overdue wipe happens before anyone sees the last citizen's screen.
  const shown = () => {
    if (document.visibilityState === 'visible') tick();
  };

  onMounted(() => {
    for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, activity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', shown);
    window.addEventListener('focus', shown);
    timer = setInterval(tick, 250);
  });
  onBeforeUnmount(() => {
    for (const type of ['pointerdown', 'keydown'] as const) window.removeEventListener(type, activity, { capture: true });
    document.removeEventListener('visibilitychange', shown);
    window.removeEventListener('focus', shown);
    clearInterval(timer);
  });
  return { remaining, stillHere };
}
