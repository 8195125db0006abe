import { z } from 'zod';
import type { KioskErrorShape } from './errors';

/** What a peer's error must look like before it is trusted (limits keep a hostile peer's text short). */
export const kioskErrorSchema = z.object({
  code: z.string().min(1).max(64),
  message: z.string().max(2000),
  field: z.string().max(200).optional(),
}) satisfies z.ZodType<KioskErrorShape>;
