import { z } from 'zod';
import { method } from '../define';

export const shellKindSchema = z.enum(['electron', 'browser']);
export const localeSchema = z.enum(['zh-CN', 'en', 'ug', 'bo']);
export type Locale = z.infer<typeof localeSchema>;
/** The thermal roll in the hall's receipt printer: 80 mm (72 mm printed) or 58 mm (48 mm printed). */
export const receiptPaperSchema = z.enum(['80mm', '58mm']);
export type ReceiptPaper = z.infer<typeof receiptPaperSchema>;

export const systemInfoSchema = z.object({
  appVersion: z.string(),
  shell: shellKindSchema,
  mode: z.enum(['demo', 'production']),
  province: z.string(),
  hallName: z.string(),
  kioskId: z.string(),
  locales: z.array(localeSchema).min(1),
  defaultLocale: localeSchema,
  idle: z.object({ timeoutSeconds: z.number().int().positive(), countdownSeconds: z.number().int().positive() }),
  /** The longest a citizen waits for main's answer in one step before the kiosk offers to try again. */
  stepWaitSeconds: z.number().int().positive(),
  /** The hall's settings for spoken prompts. */
  voice: z.object({ volume: z.number().min(0).max(1), systemVoice: z.boolean() }),
  /** The roll the receipt is laid out for on paper. */
  receiptPaper: receiptPaperSchema,
  versions: z.object({ node: z.string(), electron: z.string().optional(), chrome: z.string().optional() }),
});
export type SystemInfo = z.infer<typeof systemInfoSchema>;

export const healthCheckSchema = z.object({
  id: z.string(),
  ok: z.boolean(),
  detail: z.string().max(500),
});
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  checkedAt: z.string(),
  checks: z.array(healthCheckSchema),
});
export type Health = z.infer<typeof healthSchema>;

/** Why a receipt did not print, as the citizen is told: no paper, the printer off or unplugged, none configured, or a failed job. */
export const printProblemSchema = z.enum(['outOfPaper', 'offline', 'absent', 'failed']);
export type PrintProblem = z.infer<typeof printProblemSchema>;

export const printOutcomeSchema = z.object({
  printed: z.boolean(),
  /** Why nothing was printed: `unsupported` in the browser shell, else the printer's reason. */
  reason: z.string().max(200).optional(),
  /** What the citizen is told when nothing was printed by a printer the shell has (absent in the browser shell). */
  problem: printProblemSchema.optional(),
});
export type PrintOutcome = z.infer<typeof printOutcomeSchema>;

/** An error the renderer did not handle: sent to main's log and the next heartbeat, never shown. */
export const rendererErrorSchema = z.object({
  kind: z.enum(['error', 'unhandledrejection', 'vue']),
  /** The error's class (TypeError …) when it is an Error. */
  name: z.string().max(100).optional(),
  message: z.string().max(2000),
  stack: z.string().max(8000).optional(),
  /** Script URL and position, or the Vue hook that caught it. */
  where: z.string().max(500).optional(),
});
export type RendererError = z.infer<typeof rendererErrorSchema>;

export const systemMethods = {
  info: method(z.undefined(), systemInfoSchema),
  health: method(z.undefined(), healthSchema),
  /** Prints the receipt on screen to the hall's configured printer, silently (Electron only). */
  printReceipt: method(z.undefined(), printOutcomeSchema),
  reportError: method(rendererErrorSchema, z.object({ logged: z.boolean() })),
};
