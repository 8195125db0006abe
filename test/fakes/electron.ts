/**
 * A fake `electron` module for Vitest (Electron's binary cannot exist here). It links a fake
 * ipcMain and ipcRenderer in memory and records what the preload exposes, so the real preload and
 * IPC router run unchanged. `fake` lets a test choose the frame a call appears to come from.
 */
type Handler = (event: { senderFrame: unknown }, ...args: unknown[]) => unknown;
type Listener = (event: unknown, ...args: unknown[]) => void;

const handlers = new Map<string, Handler>();
const rendererListeners = new Map<string, Set<Listener>>();

export const fake = {
  exposed: new Map<string, unknown>(),
  /** Every call of a `dialog` function, by name: the kiosk must never show one to a citizen. */
  dialogCalls: [] as string[],
  /** The frame that `ipcRenderer.invoke` reports as the sender. */
  senderFrame: undefined as unknown,
  reset(): void {
    handlers.clear();
    rendererListeners.clear();
    fake.senderFrame = undefined;
    fake.dialogCalls.length = 0;
    fake.printing.printers = [];
    fake.printing.answer = { printed: true, reason: '' };
    fake.printing.jobs = [];
  },
  /** What `webContents.send` would do: deliver to the renderer's listeners. */
  sendToRenderer(channel: string, ...args: unknown[]): void {
    rendererListeners.get(channel)?.forEach((listener) => listener({}, ...args));
  },
  listenerCount(channel: string): number {
    return rendererListeners.get(channel)?.size ?? 0;
  },
  /** The printers the fake window's `getPrintersAsync` lists, what its next silent print answers, and every print's options. */
  printing: {
    printers: [] as Array<{ name: string; displayName: string; description: string; isDefault?: boolean; options: Record<string, string> }>,
    answer: { printed: true, reason: '' },
    jobs: [] as Array<{ silent?: boolean; deviceName?: string }>,
  },
  /** The printing part of a window's webContents, as the receipt printer uses it. */
  webContents() {
    return {
      isDestroyed: () => false,
      getPrintersAsync: async () => structuredClone(fake.printing.printers),
      print(options: { silent?: boolean; deviceName?: string }, callback: (printed: boolean, reason: string) => void): void {
        fake.printing.jobs.push(options);
        queueMicrotask(() => callback(fake.printing.answer.printed, fake.printing.answer.reason));
      },
    };
  },
};

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    handlers.delete(channel);
  },
};

export const ipcRenderer = {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    // Like Electron, arguments cross by structured clone.
    return structuredClone(await handler({ senderFrame: fake.senderFrame }, ...structuredClone(args)));
  },
  on(channel: string, listener: Listener): void {
    const set = rendererListeners.get(channel) ?? new Set();
    rendererListeners.set(channel, set);
    set.add(listener);
  },
  removeListener(channel: string, listener: Listener): void {
    rendererListeners.get(channel)?.delete(listener);
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fake.exposed.set(key, api);
  },
};

const recordDialog =
  (name: string) =>
  (..._args: unknown[]): undefined => {
    fake.dialogCalls.push(name);
    return undefined;
  };

export const dialog = {
  showErrorBox: recordDialog('showErrorBox'),
  showMessageBox: recordDialog('showMessageBox'),
  showMessageBoxSync: recordDialog('showMessageBoxSync'),
};

export default { ipcMain, ipcRenderer, contextBridge, dialog };
