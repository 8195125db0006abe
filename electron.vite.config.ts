import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'electron-vite';
import { localeMessagesPlugin } from './scripts/localeMessagesPlugin';
import { preloadAtStartPlugin } from './scripts/preloadAtStartPlugin';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          // Electron entry, the launcher behind `npm start`, and the reference identity API.
          index: resolve(root, 'main/index.ts'),
          launch: resolve(root, 'main/launch.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle everything, emit CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Fonts, audio prompts and the prepared face model are served from the app's own origin.
    publicDir: resolve(root, 'resources'),
    plugins: [vue(), localeMessagesPlugin(), preloadAtStartPlugin([resolve(root, 'renderer/bridge/connect.ts')])],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // The kiosk starts on the attract screen: the less script before it, the sooner the first tap is answered.
      minify: true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
