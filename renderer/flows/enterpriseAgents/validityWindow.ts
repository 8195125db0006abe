import { addYears, chinaCalendarDate, formatCalendarDate, parseCalendarDate } from '../../../common/domain/calendarDate';

/** An authorisation starting today (China's calendar) and lasting whole years. */
export function validityWindow(years: number, now = Date.now()): { validFrom: string; validUntil: string } {
  const from = chinaCalendarDate(now);
  return { validFrom: formatCalendarDate(from), validUntil: formatCalendarDate(addYears(from, years)) };
}

/** A window from today to the last day typed as YYYYMMDD; null until eight digits form a date. */
export function chosenWindow(until: string, now = Date.now()): { validFrom: string; validUntil: string } | null {
  const end = parseCalendarDate(until);
  return end ? { validFrom: formatCalendarDate(chinaCalendarDate(now)), validUntil: formatCalendarDate(end) } : null;
}

/** The typed form (YYYYMMDD) of the day `years` from today, offered as the first choice. */
export const defaultUntil = (years: number, now = Date.now()): string => validityWindow(years, now).validUntil.replaceAll('-', '');

/** An agent's window as shown in the list and on the receipt. */
export function agentValidity(agent: { validFrom: string | null; validUntil: string | null }): string {
  return agent.validFrom && agent.validUntil ? `${agent.validFrom} — ${agent.validUntil}` : '—';
}
