/**
 * `npm run dev`: the renderer with hot reload, for people who build screens. The main services run
 * as under `npm start -- --shell=none` (demo config, reference identity API, simulated reader);
 * Vite's dev server serves the renderer and forwards the page's bridge socket to main, which admits
 * that page only because this entry point asks it to, and only in demo mode.
 *
 * Usage: npm run dev [-- --port=5173] [--config=FILE]
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { wsBridgePath } from '../common/contract/wsProtocol';
import electronViteConfig from '../electron.vite.config';
import { securityHeaders } from '../main/appAssets/contentSecurityPolicy';
import { loadHallConfig } from '../main/services/config/loadHallConfig';
import { createKioskLogger } from '../main/services/log/kioskLogger';
import { startBrowserShell } from '../main/shell/browserShell';

function parseArgs(argv: string[]): { port: number; config?: string } {
  const out: { port: number; config?: string } = { port: 5173 };
  for (const arg of argv) {
    const [key, value] = arg.split('=', 2);
    if (key === '--port' && value && /^\d+$/.test(value)) out.port = Number(value);
    else if (key === '--config' && value) out.config = value;
    else throw new Error(`Unknown argument ${arg}. Use --port=N (Vite's port) and --config=FILE.`);
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // No installed config is looked for: a dev machine runs the demo defaults unless told otherwise.
  const loaded = loadHallConfig({ configPath: args.config });
  const { log } = createKioskLogger({ dataDir: loaded.dataDir, level: loaded.config.logLevel, bindings: { kiosk: loaded.config.kioskId } });
  const shell = await startBrowserShell({
    loaded,
    log,
    rendererDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    devServerOrigin: `http://127.0.0.1:${args.port}`,
    onExit: () => void vite.close().then(() => process.exit(0)),
  });
  const dev = shell.devRenderer;
  if (!dev) throw new Error('The browser shell started without the dev server relaxations.');
  const mainUrl = new URL(shell.origin);
  const renderer = electronViteConfig.renderer;
  const vite = await createServer({
    configFile: false,
    root: renderer?.root,
    publicDir: renderer?.publicDir,
    plugins: renderer?.plugins,
    clearScreen: false,
    html: { cspNonce: dev.styleNonce },
    server: {
      host: '127.0.0.1',
      port: args.port,
      strictPort: true,
      headers: securityHeaders(dev),
      // The page's bridge socket goes to main unchanged; its Origin stays Vite's, which main admits.
      // Anchored, as renderer/bridge/*.ts are served under the same prefix.
      proxy: { [`^${wsBridgePath}$`]: { target: mainUrl.origin, ws: true } },
    },
  });
  await vite.listen();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`Hall Kiosk ${loaded.config.mode} mode, config: ${loaded.source}; main on ${mainUrl.origin}`);
  // The launch code is exchanged by main for the bridge cookie, which then lands on Vite's page.
  say(`Renderer with hot reload (opens once): ${shell.launchUrl()}`);
  const shutdown = () => void Promise.allSettled([vite.close(), shell.stop()]).then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
