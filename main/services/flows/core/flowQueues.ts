import type { z } from 'zod';
import { outboxQueue, type OutboxEnqueuePort } from '../../sync/kinds/outboxQueue';
import type { OutboxQueues } from './flowCore';
import type { AnyFlowModule } from './flowModule';

/** An outbox queue for each kind the modules declare they queue (checked by that kind's schema). */
export function outboxQueuesFor(modules: readonly AnyFlowModule[], outbox: OutboxEnqueuePort): OutboxQueues {
  return Object.fromEntries(modules.flatMap((m) => (m.queues ? [[m.queues.kind, outboxQueue<z.ZodType>(m.queues, outbox)]] : [])));
}
