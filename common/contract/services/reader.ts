import { z } from 'zod';
import { method } from '../define';
import { demoCardIds } from './demoCardIds';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

const cardCommon = {
  idNumber: z.string().max(32),
  idNumberCheck: z.enum(['valid', 'invalid', 'not-applicable']),
  sex: z.enum(['male', 'female', 'unknown', 'unspecified']),
  sexCode: z.string().max(4),
  birthDate: isoDate,
  validFrom: isoDate,
  validUntil: isoDate,
  validLongTerm: z.boolean(),
  warnings: z.array(z.string().max(64)).max(16),
};
const text = (max: number) => z.string().max(max);

/** The parsed card as the renderer receives it: fields only, never the chip photo. */
export const cardSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('resident'),
    ...cardCommon,
    name: text(64),
    nationCode: text(4),
    nation: text(32),
    address: text(200),
    // As many as one reader reply can carry (a 4 KiB frame of 70-byte entries holds 58): a card with
    // many moves must not fail the contract and vanish without a word to the citizen.
    appendedAddresses: z.array(text(200)).max(64),
    issuingAuthority: text(64),
  }),
  z.object({
    kind: z.literal('foreign-permanent-2017'),
    ...cardCommon,
    englishName: text(128),
    chineseName: text(64),
    nationality: text(8),
    cardVersion: text(8),
    acceptingOfficeCode: text(16),
  }),
  z.object({
    kind: z.literal('foreign-permanent-2023'),
    ...cardCommon,
    chineseName: text(64),
    englishName: text(128),
    nationality: text(8),
    renewalCount: text(8),
    previousCardLink: text(8),
  }),
  z.object({
    kind: z.literal('hk-macau-taiwan'),
    ...cardCommon,
    name: text(64),
    address: text(200),
    issuingAuthority: text(64),
    permitNumber: text(32),
    issueCount: text(8),
    region: z.enum(['HK', 'MO', 'TW']).nullable(),
  }),
]);
export type CardFields = z.infer<typeof cardSchema>;

export const cardReadSchema = z.object({ readId: z.string().max(64), readAt: z.string(), card: cardSchema });
export type CardRead = z.infer<typeof cardReadSchema>;

export const readerStatusSchema = z.object({
  state: z.enum(['no-reader', 'ready', 'reading', 'card-read', 'error']),
  reader: z.string().max(200).nullable(),
  reason: z.string().max(64).optional(),
  attempt: z.number().int().optional(),
  /** Demo mode: the reader is the built-in simulator, which can present sample cards. */
  simulated: z.boolean(),
});
export type ReaderStatusView = z.infer<typeof readerStatusSchema>;

export { demoCardIds } from './demoCardIds';
export const demoCardIdSchema = z.enum(demoCardIds);
export type DemoCardId = z.infer<typeof demoCardIdSchema>;

export const readerMethods = {
  status: method(z.undefined(), readerStatusSchema),
  /** Demo and training: lays a sample card on the simulated reader. Refused with a real reader. */
  presentSample: method(z.object({ card: demoCardIdSchema }).strict(), z.object({ presented: z.literal(true) })),
  removeSample: method(z.undefined(), z.object({ removed: z.literal(true) })),
};
