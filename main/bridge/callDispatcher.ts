import type { z } from 'zod';
import type { CallContext } from '../../common/contract/define';
import { bridgeErrorCodes, type CallOutcome } from '../../common/contract/envelope';
import { kioskMethods, type KioskHandlers } from '../../common/contract/kioskApi';
import { isKioskError } from '../../common/errors';
import type { Logger } from '../services/log/logger';
import { createRepeatLimitedWarn, type RepeatLimit } from './repeatLimitedLog';

export type Dispatch = (path: unknown, arg: unknown, ctx: CallContext) => Promise<CallOutcome>;

const fail = (code: string, message: string, field?: string): CallOutcome => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});

function describeIssue(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Invalid argument' };
  const field = issue.path.map(String).join('.');
  return field ? { message: `${field}: ${issue.message}`, field } : { message: issue.message };
}

/**
 * The single place where a call from the renderer meets main: unknown methods, bad arguments and
 * bad results become typed errors; a handler's KioskError passes through; anything else is logged
 * and reported as `internal` without leaking its message.
 */
export function createDispatcher(handlers: KioskHandlers, log: Logger, repeatLimit?: RepeatLimit): Dispatch {
  const rejected = createRepeatLimitedWarn(log, repeatLimit);
  const table = new Map(
    kioskMethods.map((m) => {
      const service = handlers[m.service as keyof KioskHandlers] as Record<string, (arg: unknown, ctx: CallContext) => unknown>;
      return [m.path, { def: m.def, handler: service[m.name] }] as const;
    }),
  );
  return async (path, arg, ctx) => {
    const entry = typeof path === 'string' ? table.get(path) : undefined;
    if (!entry?.handler) return fail(bridgeErrorCodes.unknownMethod, `Unknown method ${String(path).slice(0, 80)}`);
    const parsed = entry.def.args.safeParse(arg);
    if (!parsed.success) {
      const { message, field } = describeIssue(parsed.error);
      rejected('bridge call rejected', { method: path, reason: 'invalid argument', field });
      return fail(bridgeErrorCodes.invalidArgument, message, field);
    }
    let value: unknown;
    try {
      value = await entry.handler(parsed.data, ctx);
    } catch (error) {
      if (isKioskError(error)) return fail(error.code, error.message, error.field);
      log.error('bridge handler failed', { method: path, error });
      return fail(bridgeErrorCodes.internal, 'Internal error');
    }
    const result = entry.def.result.safeParse(value);
    if (!result.success) {
      log.error('bridge handler returned an invalid result', { method: path, issues: result.error.issues.length });
      return fail(bridgeErrorCodes.invalidResult, `Invalid result from ${path}`);
    }
    return { ok: true, value: result.data };
  };
}
