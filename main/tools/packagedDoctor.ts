import packageJson from '../../package.json';
import { exitCode, formatReport, runDoctor } from './doctor';

/** `hall-kiosk --doctor [--config=FILE]`: the packaged app runs the checks instead of the kiosk. */
export const isDoctorRun = (argv: readonly string[]): boolean => argv.includes('--doctor');

/**
 * The same checks as `npm run doctor`, from inside the packaged app: no Node, no checkout. It
 * takes no single-instance lock and opens no window, so it runs beside a running kiosk (whose card
 * reader then shows as held). Prints the report and resolves to the exit code (1 when anything FAILs).
 */
export async function runPackagedDoctor(argv: readonly string[], electronVersion: string, print: (text: string) => void): Promise<number> {
  const configArg = argv.find((a) => a.startsWith('--config='));
  print(`Hall Kiosk ${packageJson.version} doctor (packaged) — ${new Date().toISOString()} on ${process.platform}/${process.arch}`);
  const results = await runDoctor({ ...(configArg ? { configPath: configArg.slice('--config='.length) } : {}), packaged: { electron: electronVersion } });
  print(formatReport(results));
  return exitCode(results);
}
