import { kioskEvents, type KioskEventName, type KioskEventPayload } from '../../common/contract/events';
import type { Logger } from '../services/log/logger';

export type EventSink = (name: KioskEventName, payload: unknown) => void;

/** Fans main's events out to every connected renderer; each payload is validated once, here. */
export class EventHub {
  private readonly sinks = new Set<EventSink>();

  constructor(private readonly log: Logger) {}

  emit<E extends KioskEventName>(name: E, payload: KioskEventPayload<E>): void {
    const parsed = kioskEvents[name].safeParse(payload);
    if (!parsed.success) {
      this.log.error('event dropped: payload does not match the contract', { event: name });
      return;
    }
    for (const sink of this.sinks) {
      try {
        sink(name, parsed.data);
      } catch (error) {
        this.log.warn('event sink failed', { event: name, error });
      }
    }
  }

  attach(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }
}
