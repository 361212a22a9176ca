import type { TQuote } from '../evaluation.js';
import type { TResume } from '../resume.js';
import { normalizeForMatching } from '../text/normalize-for-matching.js';
import { findInjectionFeatures } from './find-injection-features.js';
import { findInstructionLikeText } from './find-instruction-like-text.js';

/** Second person or a request: hidden text that says "you" or "please" is talking to whoever reads the file. */
const SPEAKS_TO_READER =
  /\b(?:you|your|please|kindly|tu|usted|por favor|vous|votre|veuillez|s'il vous plait|du|dein|deine|bitte)\b/;

/**
 * Attempts to steer the evaluation from the resume: text anywhere in it that reads as an
 * injection (see detectInjections), and any span the document hid from a person that speaks to a
 * reader or a system — whatever its words, since a person never sees it and only a machine can be
 * its audience. Hidden text that only lists words (keyword stuffing) is shown to the recruiter as
 * hidden text (a note), not as an attempt. Quotes are verbatim slices of the resume's text.
 */
export function findResumeManipulation(resume: TResume): TQuote[] {
  const quotes: TQuote[] = findInstructionLikeText(resume.text).map((text) => ({ source: 'resume', text }));
  for (const span of resume.hiddenSpans ?? []) {
    if (quotes.some((quote) => quote.text.includes(span.text) || span.text.includes(quote.text))) continue;
    const features = findInjectionFeatures(span.text);
    const addressed =
      features.some((feature) => feature !== 'verdict_words' && feature !== 'obfuscated') ||
      SPEAKS_TO_READER.test(normalizeForMatching(span.text));
    if (addressed) quotes.push({ source: 'resume', text: span.text });
  }
  return quotes;
}
