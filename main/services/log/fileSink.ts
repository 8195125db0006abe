import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface RotatingFileSinkOptions {
  /** Directory of the log files, normally `<dataDir>/logs`; created 0700. */
  dir: string;
  /** File name stem: `kiosk.log`, then `kiosk.1.log` (newest old file) … `kiosk.<maxFiles-1>.log`. */
  baseName?: string;
  /** A file is rotated before a line would take it past this size. Default 5 MiB. */
  maxBytes?: number;
  /** Files kept, the current one included. Default 5 (≤ 25 MiB of logs). */
  maxFiles?: number;
  /** Where a failing sink reports itself, once per failure streak (the file may be what is broken). */
  onError?: (error: unknown) => void;
}

export interface RotatingFileSink {
  /** Appends one JSON line; never throws (a full or read-only disk must not stop the kiosk). */
  write(line: string): void;
  close(): void;
  /** The file currently written. */
  readonly file: string;
  /** Every file this sink may have written, newest first. */
  files(): string[];
}

/**
 * Size-rotated JSON-lines log files. Writes are synchronous so the last lines before a crash are on
 * disk; files are 0600 because even redacted logs describe citizens' visits.
 */
export function createRotatingFileSink(options: RotatingFileSinkOptions): RotatingFileSink {
  const baseName = options.baseName ?? 'kiosk';
  const maxBytes = Math.max(1024, options.maxBytes ?? 5 * 1024 * 1024);
  const maxFiles = Math.max(1, Math.floor(options.maxFiles ?? 5));
  const onError = options.onError ?? ((error: unknown) => process.stderr.write(`log file sink: ${error instanceof Error ? error.message : String(error)}\n`));
  const nameOf = (index: number) => path.join(options.dir, index === 0 ? `${baseName}.log` : `${baseName}.${index}.log`);
  const current = nameOf(0);
  let fd: number | undefined;
  let size = 0;
  let failing = false;

  const open = (): number => {
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    const opened = openSync(current, 'a', 0o600);
    size = fstatSync(opened).size;
    return opened;
  };
  const rotate = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(nameOf(maxFiles - 1), { force: true });
    for (let i = maxFiles - 2; i >= 0; i--) {
      try {
        renameSync(nameOf(i), nameOf(i + 1));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  };

  return {
    file: current,
    files: () => Array.from({ length: maxFiles }, (_, i) => nameOf(i)),
    write(line: string): void {
      const data = Buffer.from(line.endsWith('\n') ? line : `${line}\n`, 'utf8');
      try {
        fd ??= open();
        if (size > 0 && size + data.length > maxBytes) {
          if (maxFiles === 1) {
            closeSync(fd);
            rmSync(current, { force: true });
            fd = undefined;
          } else rotate();
          fd = open();
        }
        writeSync(fd, data);
        size += data.length;
        failing = false;
      } catch (error) {
        if (fd !== undefined) {
          try {
            closeSync(fd);
          } catch {
            // already unusable
          }
          fd = undefined;
        }
        if (!failing) onError(error);
        failing = true;
      }
    },
    close(): void {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

/** One line to several sinks, e.g. stderr and the log file. */
export function teeLines(...writers: Array<(line: string) => void>): (line: string) => void {
  return (line) => {
    for (const write of writers) write(line);
  };
}

/** Where the kiosk's log files live. */
export function logDirectory(dataDir: string): string {
  return path.join(dataDir, 'logs');
}
