import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

export interface IdleTimeout {
  /** Seconds left on the visible countdown, or undefined while the citizen is active. */
  remaining: Ref<number | undefined>;
  /** The citizen touched "continue" (or anything): start the idle period again. */
  stillHere(): void;
}

/**
 * After `timeoutSeconds` without a touch while `isActive()`, counts down `countdownSeconds` on
 * screen, then calls `onExpire`. Any touch or key resets it.
 */
export function useIdleTimeout(options: {
  timeoutSeconds: () => number;
  countdownSeconds: () => number;
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
    if (!options.isActive()) {
      remaining.value = undefined;
      lastActivity = Date.now();
      return;
    }
    const idleFor = (Date.now() - lastActivity) / 1000;
    const left = Math.ceil(options.timeoutSeconds() + options.countdownSeconds() - idleFor);
    if (idleFor < options.timeoutSeconds()) return;
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

  onMounted(() => {
    for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, activity, { capture: true, passive: true });
    timer = setInterval(tick, 250);
  });
  onBeforeUnmount(() => {
    for (const type of ['pointerdown', 'keydown'] as const) window.removeEventListener(type, activity, { capture: true });
    clearInterval(timer);
  });
  return { remaining, stillHere };
}
