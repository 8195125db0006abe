import type { CallOutcome } from '../../../../../../common/contract/envelope';
import { addYears, chinaCalendarDate, formatCalendarDate } from '../../../../../../common/domain/calendarDate';
import type { ProvinceId } from '../../../../../../common/profiles';
import { startTestRuntime } from '../../../../../support/runtime';
import type { FaceCaptureInput, FaceChallengesIssued } from '../../../../../../common/contract/services/personFlows';
import { captureAnswering } from '../cardSupport';
import { cardRead, type Person } from './support';

/**
 * The real kiosk runtime for one province: the dispatcher in front of every flow, the embedded
 * reference identity API over HTTP with its own database, the encrypted outbox. Calls go through
 * the dispatcher as the renderer's would.
 */
export async function startProvinceRuntime(province: ProvinceId, env: Record<string, string> = {}) {
  const t = await startTestRuntime({ KIOSK_PROVINCE: province, ...env });
  const { runtime } = t;
  const apiUrl = runtime.identity.embeddedUrl;
  if (!apiUrl) throw new Error('the test runtime has no embedded identity API');
  let reads = 0;

  const call = async (method: string, arg?: unknown): Promise<CallOutcome> => (await runtime.dispatch(method, arg, { transport: 'local' })) as CallOutcome;
  const value = async <T = Record<string, unknown>>(method: string, arg?: unknown): Promise<T> => {
    const outcome = await call(method, arg);
    if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
    return outcome.value as T;
  };
  /** The refusal's code and field (fails when the call succeeded). */
  const refusal = async (method: string, arg?: unknown): Promise<{ code: string; field?: string }> => {
    const outcome = await call(method, arg);
    if (outcome.ok) throw new Error(`${method} was accepted`);
    const { code, field } = outcome.error;
    return field === undefined ? { code } : { code, field };
  };
  const smsCode = async (phone: string): Promise<string> => ((await (await fetch(`${apiUrl}/dev/sms?phone=${phone}`)).json()) as { code: string }).code;
  const setFaults = async (faults: Record<string, number>): Promise<void> => {
    await fetch(`${apiUrl}/dev/faults`, { method: 'PUT', body: JSON.stringify(faults) });
  };

  return {
    runtime,
    apiUrl,
    call,
    value,
    refusal,
    smsCode,
    setFaults,
    /** Lays `p`'s card on the (simulated) reader; the read id a card-sourced identity names. */
    present(p: Person): string {
      const readId = `read-${++reads}`;
      runtime.events.emit('reader.card', cardRead(p, readId));
      return readId;
    },
    /** Sends the code for `arg` and verifies it as the citizen would type it. */
    async sms(service: 'enterprise' | 'person', arg: Record<string, unknown>, phone: string): Promise<string> {
      const challenge = await value<{ challengeId: string }>(`${service}.sendSms`, arg);
      await value(`${service}.verifySms`, { challengeId: challenge.challengeId, code: await smsCode(phone) });
      return challenge.challengeId;
    },
    /** A capture answering the challenge order main issued, as the face step sends it. */
    async liveCapture(): Promise<FaceCaptureInput> {
      const issued = await value<FaceChallengesIssued>('person.issueFaceChallenges');
      return captureAnswering(issued.nonce, issued.challenges);
    },
    endSession: () => value('session.end', { reason: 'finished' }),
    cleanup: t.cleanup,
  };
}

export type ProvinceRuntime = Awaited<ReturnType<typeof startProvinceRuntime>>;

/** An agent's window from today (China date) for `years`. */
export function windowFromToday(years: number): { validFrom: string; validUntil: string } {
  const today = chinaCalendarDate(Date.now());
  return { validFrom: formatCalendarDate(today), validUntil: formatCalendarDate(addYears(today, years)) };
}
