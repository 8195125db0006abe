import { z } from 'zod';

/** The cue values of one stretch of a capture (medians over its analysed frames). */
export const presentationCueSummarySchema = z
  .object({
    /** Regular fine texture on the face: log10 of the strongest fine frequency over the median one. */
    moire: z.number().min(-10).max(20),
    /** Share of clipped-white pixels around the face. */
    glare: z.number().min(0).max(1),
    /** Share of the face's height framed by straight edges on both sides. */
    frameEdges: z.number().min(0).max(1),
  })
  .strict();
export type PresentationCueSummary = z.infer<typeof presentationCueSummarySchema>;

/**
 * What the page measured for passive presentation-attack detection: cue medians for each stretch of
 * the capture (positioning, each challenge asked), how many frames and how long the analysis took,
 * and the method's version. No verdict: main judges the cues against the hall's thresholds.
 */
export const presentationAttackEvidenceSchema = z
  .object({
    method: z.literal('rgb-cues'),
    version: z.number().int().min(1).max(1000),
    framesAnalysed: z.number().int().min(0).max(1_000_000),
    /** Median and 95th percentile of the analysis time of one frame. */
    frameMs: z.object({ median: z.number().min(0).max(10_000), p95: z.number().min(0).max(10_000) }).strict(),
    /** In capture order; `stretch` is 'positioning', 'capturing' or the challenge asked. */
    stretches: z
      .array(presentationCueSummarySchema.extend({ stretch: z.string().regex(/^[a-zA-Z]{1,24}$/), frames: z.number().int().min(0).max(1_000_000) }).strict())
      .max(40),
  })
  .strict();
export type PresentationAttackEvidence = z.infer<typeof presentationAttackEvidenceSchema>;
