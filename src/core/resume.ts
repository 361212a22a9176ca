import { z } from 'zod';

export const ZClaimKind = z.enum([
  'education',
  'role',
  'experience_years',
  'skill',
  'certification',
  'achievement',
]);
export type TClaimKind = z.infer<typeof ZClaimKind>;

export const ZClaim = z.object({
  /** Stable within one resume: C1, C2, … */
  id: z.string().regex(/^C\d+$/),
  kind: ZClaimKind,
  /** The claim as the resume words it: always a verbatim substring of the resume's text. */
  text: z.string().min(1),
  /** Normalised facts, by kind: skill name; role title/organisation/start/end; years; degree/field/institution/year. */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  /** Content words and named technologies used to match requirements and answers (lower case). */
  keywords: z.array(z.string()),
});
export type TClaim = z.infer<typeof ZClaim>;

export const ZContact = z.object({
  name: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  urls: z.array(z.string()),
});
export type TContact = z.infer<typeof ZContact>;

export const ZResume = z.object({
  contact: ZContact,
  /** The whole resume as plain text, in reading order. */
  text: z.string(),
  claims: z.array(ZClaim),
});
export type TResume = z.infer<typeof ZResume>;
