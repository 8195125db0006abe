import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HeartbeatCrash } from '../../../common/identityApi/heartbeat';
import { writeFileDurably } from '../crypto/durableFile';
import { redact } from '../log/redact';

export type CrashSource = HeartbeatCrash['source'];

export interface CrashJournal {
  /** Notes a crash: kept in memory and on disk, so the heartbeat after a restart still reports it. */
  record(source: CrashSource, error: unknown, now?: Date): HeartbeatCrash;
  /** The most recent crash this data directory has seen, or null. */
  last(): HeartbeatCrash | null;
}

const SUMMARY_MAX = 300;

/** The error's class and message, redacted like a log line; never its stack (paths, arguments). */
export function crashSummary(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : `non-error value: ${typeof error}`;
  return (redact(text) as string).slice(0, SUMMARY_MAX);
}

function readRecord(file: string): HeartbeatCrash | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as HeartbeatCrash;
    return typeof parsed.at === 'string' && typeof parsed.count === 'number' ? parsed : null;
  } catch {
    // A damaged file must not stop the kiosk from starting: count from zero again.
    return null;
  }
}

/**
 * `<dataDir>/last-crash.json`, 0600: the last crash and how many there have been. Read from the
 * file each time, so that journals opened by different parts of one process (or by the process
 * before a restart) agree.
 */
export function openCrashJournal(dataDir: string): CrashJournal {
  const file = path.join(dataDir, 'last-crash.json');
  // Only used when the file cannot be written (full or read-only disk).
  let unsaved: HeartbeatCrash | null = null;
  const last = (): HeartbeatCrash | null => {
    const saved = readRecord(file);
    return unsaved && (!saved || unsaved.count > saved.count) ? unsaved : saved;
  };
  return {
    record(source, error, now = new Date()) {
      const crash: HeartbeatCrash = { at: now.toISOString(), source, summary: crashSummary(error), count: (last()?.count ?? 0) + 1 };
      try {
        writeFileDurably(file, JSON.stringify(crash), 0o600);
        unsaved = null;
      } catch {
        // Reporting a crash must not cause a second one; the heartbeat still gets it from memory.
        unsaved = crash;
      }
      return crash;
    },
    last,
  };
}
