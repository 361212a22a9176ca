import type { THiddenReason, THiddenSpan } from '../api/types';
import { Badge } from './ui';

const HOW: Record<THiddenReason, string> = {
  vanish: 'Hidden in Word',
  white_text: 'White text',
  background_colour: 'Background colour',
  tiny_font: 'Tiny font',
  invisible_render_mode: 'Invisible (PDF)',
  transparent: 'Transparent',
  outside_page: 'Off the page',
  comment: 'Comment',
  invisible_characters: 'Invisible characters',
};

/** Text the resume file hides from a person reading it, with how it was hidden; nothing when it hides none. */
export function HiddenText({ spans }: { spans: readonly THiddenSpan[] | undefined }) {
  if (!spans || spans.length === 0) return null;
  return (
    <div className="hidden-text" role="note" aria-labelledby="hidden-text-heading">
      <h3 id="hidden-text-heading">Hidden in the document</h3>
      <p className="muted">
        Text the file hides from a person reading it. A machine reads it; Candor never uses it as evidence.
      </p>
      <ul className="claim-list">
        {spans.map((span) => (
          <li key={`${span.reason}:${span.text}`}>
            <Badge tone="caution">{HOW[span.reason]}</Badge> <q>{span.text}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
