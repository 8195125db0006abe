import { addYears, chinaCalendarDate, formatCalendarDate } from '../../../common/domain/calendarDate';

/** An authorisation starting today (China's calendar) and lasting whole years. */
export function validityWindow(years: number, now = Date.now()): { validFrom: string; validUntil: string } {
  const from = chinaCalendarDate(now);
  return { validFrom: formatCalendarDate(from), validUntil: formatCalendarDate(addYears(from, years)) };
}

/** An agent's window as shown in the list and on the receipt. */
export function agentValidity(agent: { validFrom: string | null; validUntil: string | null }): string {
  return agent.validFrom && agent.validUntil ? `${agent.validFrom} — ${agent.validUntil}` : '—';
}
