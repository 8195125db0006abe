import { createRotatingFileSink, logDirectory, teeLines, type RotatingFileSink, type RotatingFileSinkOptions } from './fileSink';
import { createLogger, type LogFields, type Logger, type LogLevel } from './logger';

export interface KioskLogOptions {
  dataDir: string;
  level: LogLevel;
  bindings: LogFields;
  /** Rotation settings; default 5 files of 5 MiB under `<dataDir>/logs/kiosk.log`. */
  file?: Partial<Omit<RotatingFileSinkOptions, 'dir'>>;
  /** Also write each line to stderr (the service manager's journal). Default true. */
  stderr?: boolean;
}

/** The kiosk's logger: JSON lines, redacted, to stderr and to rotated files in the data directory. */
export function createKioskLogger(options: KioskLogOptions): { log: Logger; sink: RotatingFileSink } {
  const sink = createRotatingFileSink({ ...options.file, dir: logDirectory(options.dataDir) });
  const writers = [sink.write];
  if (options.stderr ?? true) writers.unshift((line: string) => process.stderr.write(`${line}\n`));
  return { log: createLogger({ level: options.level, bindings: options.bindings, write: teeLines(...writers) }), sink };
}
