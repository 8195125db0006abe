/** A date without time zone: ID cards and validity periods are calendar days, not instants. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCalendarDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 1800 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Parses `YYYY-MM-DD` (API form) or `YYYYMMDD` (card and ID-number form). */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(date) ? date : undefined;
}

export function formatCalendarDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Completed years from `from` to `on` (age on a day); the birthday itself counts as completed. */
export function fullYearsBetween(from: CalendarDate, on: CalendarDate): number {
  const beforeAnniversary = on.month < from.month || (on.month === from.month && on.day < from.day);
  return on.year - from.year - (beforeAnniversary ? 1 : 0);
}

/** Same month and day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(d: CalendarDate, years: number): CalendarDate {
  const year = d.year + years;
  return { year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) };
}

export function previousDay(d: CalendarDate): CalendarDate {
  if (d.day > 1) return { ...d, day: d.day - 1 };
  if (d.month > 1) return { year: d.year, month: d.month - 1, day: daysInMonth(d.year, d.month - 1) };
  return { year: d.year - 1, month: 12, day: 31 };
}

/** The calendar day of an instant in China Standard Time (UTC+8, no daylight saving). */
export function chinaCalendarDate(epochMs: number): CalendarDate {
  const shifted = new Date(epochMs + 8 * 3600_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}
