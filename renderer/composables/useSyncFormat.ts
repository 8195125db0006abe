import { useText } from '../i18n/useText';

const megabyte = 1024 * 1024;

/** Sizes and clock times of the outbox's progress, formatted for the shown language. */
export function useSyncFormat() {
  const { locale } = useText();
  /** "1.2": one decimal, the unit comes from the sentence. */
  const megabytes = (bytes: number): string =>
    new Intl.NumberFormat(locale.value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / megabyte);
  return {
    megabytes,
    /**
     * "1.2 / 3.0" as one value, so a right-to-left sentence keeps it in reading order; no-break
     * spaces, so a crowded status bar never splits it into what would read as two numbers.
     */
    progress: (sent: number, total: number): string => `${megabytes(sent)}\u00a0/\u00a0${megabytes(total)}`,
    /** "10:42": the 24-hour clock the halls use, in every language. */
    clock: (at: number): string => new Date(at).toLocaleTimeString(locale.value, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  };
}
