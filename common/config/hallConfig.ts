import { z } from 'zod';
import { localeSchema, receiptPaperSchema } from '../contract/services/system';
import { provinceIdSchema } from '../profiles';
import { verificationKinds } from '../profiles/verifications';

const identifier = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, "-" or "_", up to 64');

/** `scrypt$N$r$p$salt$hash` (base64); made with `npm run hash-pin`. */
export const pinHashSchema = z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]{16,}\$[A-Za-z0-9+/=]{32,}$/, 'a PIN hash made by `npm run hash-pin`');

/**
 * One hall kiosk's configuration. Every object is strict so a misspelt key is an error with its
 * path, not a silently ignored setting.
 */
export const hallConfigSchema = z
  .object({
    mode: z.enum(['demo', 'production']),
    hall: z.object({ id: identifier, name: z.string().min(1).max(100) }).strict(),
    kioskId: identifier,
    province: provinceIdSchema,
    defaultLocale: localeSchema,
    identityApi: z
      .object({
        /** `embedded` starts the reference identity API on loopback (demo and training halls). */
        baseUrl: z.union([z.literal('embedded'), z.url({ protocol: /^https?$/ })]),
        kioskSecretFile: z.string().min(1).optional(),
        /** PEM bundle of the CAs that may sign the gateway's certificate; when set, the only CAs trusted for it. */
        caFile: z.string().min(1).optional(),
        /** base64 SHA-256 of public keys (SPKI); when set, the gateway's chain must carry one of them. */
        pinnedKeys: z
          .array(z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'base64 SHA-256 of a public key (44 characters)'))
          .min(1)
          .max(10)
          .optional(),
        /** Deadline of one whole request to the gateway. */
        timeoutMs: z.number().int().min(1000).max(120_000),
      })
      .strict(),
    shell: z
      .object({
        kind: z.enum(['auto', 'electron', 'browser', 'none']),
        /** Loopback port of the browser shell; 0 picks a free one. */
        port: z.number().int().min(0).max(65535),
        chromiumPath: z.string().min(1).optional(),
      })
      .strict(),
    staff: z
      .object({
        exitPinHash: pinHashSchema,
        maxPinAttempts: z.number().int().min(3).max(10),
        lockoutSeconds: z.number().int().min(30).max(3600),
        /** Counter staff who may unlock assisted mode: their PIN and, optionally, their staff ID card. */
        members: z
          .array(
            z
              .object({
                id: z.string().regex(/^[A-Za-z0-9]{2,16}$/, '2 to 16 letters or digits'),
                pinHash: pinHashSchema,
                /** Hash of the ID number on the member's card (`npm run hash-pin` with the number). */
                cardIdHash: pinHashSchema.optional(),
              })
              .strict(),
          )
          .max(200),
        /** Assisted mode ends by itself after this long without a staff action. */
        assistedTimeoutMinutes: z.number().int().min(1).max(120),
      })
      .strict(),
    idle: z.object({ timeoutSeconds: z.number().int().min(30).max(900), countdownSeconds: z.number().int().min(20).max(120) }).strict(),
    /**
     * Spoken prompts (docs/voice-prompts.md): volume from 0 (silent) to 1, and whether a prompt the
     * pack has no audio for may use a voice installed on the kiosk before the chime.
     */
    voice: z.object({ volume: z.number().min(0).max(1), systemVoice: z.boolean() }).strict(),
    /** How long a citizen waits, at most, for the answers of one step (a slow gateway); then the kiosk offers to try again. */
    waits: z.object({ stepSeconds: z.number().int().min(5).max(120) }).strict(),
    /** The receipt printer's roll: the printed receipt is laid out for its width (docs/receipts.md). */
    receipt: z.object({ paper: receiptPaperSchema }).strict(),
    devices: z
      .object({
        reader: z
          .object({
            transport: z.enum(['auto', 'serial', 'usb', 'hid', 'tcp', 'simulator', 'none']),
            path: z.string().min(1).optional(),
            pollIntervalMs: z.number().int().min(100).max(5000),
          })
          .strict(),
        cameras: z.object({ faceLabel: z.string().max(200).optional(), documentLabel: z.string().max(200).optional() }).strict(),
        printer: z.object({ name: z.string().max(200).optional() }).strict(),
      })
      .strict(),
    /** Appeal materials: what a citizen may pick from a USB drive, and the authorisation-letter template link. */
    documents: z
      .object({
        /** Extensions (lower case, no dot) offered on a drive; default pdf, jpg, jpeg, png, doc, docx, xls, xlsx. */
        usbExtensions: z
          .array(z.string().regex(/^[a-z0-9]{1,8}$/))
          .min(1)
          .max(16)
          .optional(),
        /** Folders ('' = the drive's top) files may be picked from; default the top and every folder one level down. */
        usbFolders: z.array(z.string().max(100)).max(20).optional(),
        authorisationTemplateUrl: z.url({ protocol: /^https?$/ }).optional(),
      })
      .strict()
      .optional(),
    /** Forgot password: verifications the province profile leaves optional that this hall asks too (for example SMS in Xinjiang). */
    forgotPassword: z
      .object({ switchOn: z.array(z.enum(verificationKinds)).max(2) })
      .strict()
      .optional(),
    /**
     * Face liveness: bounds main holds the page's measurements to before it tells the identity API a
     * person was live (defaults in main/services/flows/core/livenessEvidence.ts). A hall may tighten
     * them, or loosen them for its cameras within these limits.
     */
    face: z
      .object({
        liveness: z
          .object({
            minChallenges: z.number().int().min(1).max(3).optional(),
            maxAttempts: z.number().int().min(1).max(10).optional(),
            minChallengeMs: z.number().int().min(100).max(5000).optional(),
            maxChallengeMs: z.number().int().min(1000).max(60_000).optional(),
            minTurnPeak: z.number().min(0.05).max(1).optional(),
            minNodPeak: z.number().min(0.02).max(1).optional(),
            minFramesWithFace: z.number().int().min(3).max(1000).optional(),
            minFaceFrameShare: z.number().min(0.1).max(1).optional(),
            minDetectionScore: z.number().min(0).max(1).optional(),
            minJpegBytes: z.number().int().min(1024).max(1_000_000).optional(),
            minWidth: z.number().int().min(120).max(4096).optional(),
            minHeight: z.number().int().min(160).max(4096).optional(),
            /** Refuse a capture that answers no challenge order main issued (default true; one that names an order is always held to it). */
            requireIssuedChallenges: z.boolean().optional(),
            /** Blink: least drop of the eye ratio; open mouth: least lip gap over mouth width. */
            minBlinkDrop: z.number().min(0.02).max(1).optional(),
            minMouthOpen: z.number().min(0.05).max(1).optional(),
          })
          .strict()
          .optional(),
        /**
         * Passive presentation-attack cues (screen or print in front of the camera): the most main
         * accepts in any stretch of a capture (defaults measured by the face bench, in
         * defaultHallConfig.ts). Lower is stricter; a hall whose light or background trips them may
         * raise them within these limits.
         */
        presentationAttack: z
          .object({
            required: z.boolean().optional(),
            minFramesAnalysed: z.number().int().min(1).max(1000).optional(),
            minStretchFrames: z.number().int().min(1).max(100).optional(),
            maxMoire: z.number().min(1).max(10).optional(),
            maxGlare: z.number().min(0).max(1).optional(),
            maxFrameEdges: z.number().min(0.2).max(1).optional(),
          })
          .strict()
          .optional(),
        /**
         * The kiosk's own 1:1 match of the live face with the card's chip photo (docs/face-capture.md,
         * "Card photo match"): cosine similarities at or above `matchThreshold` are the same person,
         * below `mismatchThreshold` a clear mismatch that stops the flow. The chip photo needs the
         * reader vendor's licensed decoder: `decoder` runs it (WLT bytes on stdin, a BMP or JPEG on
         * stdout); without one the match is "not available" on a real reader.
         */
        cardPhotoMatch: z
          .object({
            enabled: z.boolean().optional(),
            matchThreshold: z.number().min(0.5).max(1).optional(),
            mismatchThreshold: z.number().min(0.5).max(1).optional(),
            decoder: z
              .object({
                command: z.string().min(1).max(500),
                args: z.array(z.string().max(500)).max(20).optional(),
                timeoutMs: z.number().int().min(500).max(30_000).optional(),
              })
              .strict()
              .optional(),
          })
          .strict()
          .refine((m) => (m.mismatchThreshold ?? 0) <= (m.matchThreshold ?? 1), { message: 'mismatchThreshold must not exceed matchThreshold' })
          .optional(),
      })
      .strict()
      .optional(),
    /** Fleet monitoring: how often the kiosk sends its heartbeat to the identity API (default every 300 seconds). */
    fleet: z
      .object({ heartbeatIntervalSeconds: z.number().int().min(30).max(3600).optional() })
      .strict()
      .optional(),
    /** Where the kiosk keeps its database and keys; relative paths are resolved against the config file. */
    dataDir: z.string().min(1),
    logLevel: z.enum(['debug', 'info', 'warn', 'error']),
  })
  .strict();

export type HallConfig = z.infer<typeof hallConfigSchema>;

/** Deep-partial shape accepted from a config file; anything left out comes from the default. */
export type HallConfigInput = { [K in keyof HallConfig]?: HallConfig[K] extends object ? Partial<HallConfig[K]> : HallConfig[K] };
