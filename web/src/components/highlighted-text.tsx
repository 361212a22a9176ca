import { segmentText, type TMarkRequest } from '../lib/highlight';

/**
 * Text with the quoted passages marked (<mark>), e.g. a red flag's quote inside the answer it came
 * from. Each mark names what it supports, for the mouse (title) and for screen readers.
 */
export function HighlightedText({ text, marks }: { text: string; marks: readonly TMarkRequest[] }) {
  const segments = segmentText(text, marks);
  return (
    <>
      {segments.map((segment, index) =>
        segment.labels.length === 0 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered.
          <span key={index}>{segment.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered.
          <mark key={index} className="flag-mark" title={segment.labels.join('; ')}>
            <span className="visually-hidden">[Flagged: {segment.labels.join('; ')}] </span>
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}
