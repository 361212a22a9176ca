import type { THiddenReason, TResume } from '../resume.js';

const REASONS: Record<THiddenReason, string> = {
  vanish: 'marked hidden in Word',
  white_text: 'white on a white page',
  background_colour: 'the colour of its background',
  tiny_font: 'in a font of 2 pt or less',
  invisible_render_mode: 'drawn invisible (PDF text render mode 3)',
  transparent: 'fully transparent',
  outside_page: 'placed outside the page',
  comment: 'in an HTML comment',
  invisible_characters: 'in characters that display as nothing',
};

const MAX_QUOTED = 5;
const MAX_QUOTE_LENGTH = 200;

/**
 * The report's note on text the resume hid from a person reading it: how it was hidden, and the
 * text itself (shortened past 200 characters), so the recruiter sees what a machine would have
 * read. Hidden text is never evidence. No note when nothing was hidden.
 */
export function describeHiddenText(resume: TResume): string[] {
  const spans = resume.hiddenSpans ?? [];
  if (spans.length === 0) return [];
  const how = [...new Set(spans.map((span) => REASONS[span.reason]))].join('; ');
  const quoted = spans
    .slice(0, MAX_QUOTED)
    .map((span) => {
      const text = span.text.replace(/\s+/g, ' ').trim();
      return `"${text.length > MAX_QUOTE_LENGTH ? `${text.slice(0, MAX_QUOTE_LENGTH)}…` : text}"`;
    })
    .join(', ');
  const more = spans.length > MAX_QUOTED ? ` and ${spans.length - MAX_QUOTED} more` : '';
  return [
    `The resume hides text from a person reading it (${how}): ${quoted}${more}. Hidden text was not used as evidence; it is shown here for a human to review.`,
  ];
}
