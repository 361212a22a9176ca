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

/**
 * How a document hid a span of text from a person reading it: Word's hidden text (`vanish`),
 * text the colour of the page (`white_text`) or of its own background (`background_colour`), a
 * font of 2 pt or less (`tiny_font`), PDF text render mode 3 (`invisible_render_mode`), fully
 * transparent text (`transparent`), text placed outside the page (`outside_page`), an HTML
 * comment in Markdown (`comment`), or characters that render as nothing (`invisible_characters`,
 * Unicode tag characters spelling ASCII).
 */
export const ZHiddenReason = z.enum([
  'vanish',
  'white_text',
  'background_colour',
  'tiny_font',
  'invisible_render_mode',
  'transparent',
  'outside_page',
  'comment',
  'invisible_characters',
]);
export type THiddenReason = z.infer<typeof ZHiddenReason>;

export const ZHiddenSpan = z.object({
  /** Verbatim slice of the resume's text. */
  text: z.string().min(1),
  reason: ZHiddenReason,
});
export type THiddenSpan = z.infer<typeof ZHiddenSpan>;

export const ZResume = z.object({
  contact: ZContact,
  /** The whole resume as plain text, in reading order, hidden spans included. */
  text: z.string(),
  claims: z.array(ZClaim),
  /** Text the document hid from a person reading it: never evidence, always shown to the recruiter. None when absent. */
  hiddenSpans: z.array(ZHiddenSpan).optional(),
});
export type TResume = z.infer<typeof ZResume>;
