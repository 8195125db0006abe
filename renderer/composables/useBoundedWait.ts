import { onBeforeUnmount, ref, type Ref } from 'vue';
import { flowErrorCodes } from '../../common/errorCodes';
import { KioskError } from '../../common/errors';

/** Why the kiosk stopped waiting for an answer: the step's bound ran out, or the citizen stopped it. */
export type WaitEnd = 'timeout' | 'cancelled';

/**
 * The kiosk stopped waiting for main. It carries the "unavailable" code, so every place that sorts
 * failures treats it as an outage; the call itself may still finish in main.
 */
export class WaitEnded extends KioskError {
  constructor(readonly reason: WaitEnd) {
    super(flowErrorCodes.unavailable, `stopped waiting: ${reason}`);
  }
}

export interface WaitState {
  /** Whole seconds left before the kiosk stops waiting. */
  left: number;
  /** The bound this wait started with, in seconds. */
  total: number;
}

export interface BoundedWait {
  /** Set while an answer is awaited, for the visible countdown. */
  waiting: Ref<WaitState | undefined>;
  /** Awaits `answer` for at most the bound; rejects with `WaitEnded` when it runs out or is cancelled. */
  wait<T>(answer: Promise<T>): Promise<T>;
  /** The citizen stops waiting. */
  cancel(): void;
}

/**
 * Waits that a citizen can see and end: at most `limitSeconds()` per wait, a countdown they can
 * watch, and a button to stop. One wait at a time; a new one replaces the countdown.
 */
export function createBoundedWait(limitSeconds: () => number): BoundedWait {
  const waiting = ref<WaitState>();
  let stop: ((reason: WaitEnd) => void) | undefined;

  function wait<T>(answer: Promise<T>): Promise<T> {
    const total = limitSeconds();
    const endsAt = Date.now() + total * 1000;
    waiting.value = { left: total, total };
    return new Promise<T>((resolve, reject) => {
      const tick = setInterval(() => {
        const left = Math.ceil((endsAt - Date.now()) / 1000);
        if (left <= 0) end('timeout');
        else if (waiting.value) waiting.value = { left, total };
      }, 250);
      const settle = () => {
        clearInterval(tick);
        if (stop === end) {
          stop = undefined;
          waiting.value = undefined;
        }
      };
      const end = (reason: WaitEnd) => {
        settle();
        reject(new WaitEnded(reason));
      };
      stop = end;
      answer.then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(error);
        },
      );
    });
  }

  return { waiting, wait, cancel: () => stop?.('cancelled') };
}

/** A component's bounded wait: leaving the screen stops it. */
export function useBoundedWait(limitSeconds: () => number): BoundedWait {
  const bounded = createBoundedWait(limitSeconds);
  onBeforeUnmount(bounded.cancel);
  return bounded;
}
