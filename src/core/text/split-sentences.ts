/** A sentence of a text, verbatim, with where it starts and ends in that text. */
export type TSpan = { text: string; start: number; end: number };

export type TSplitSentencesOptions = {
  /** Added to every start and end (for a text that is a slice of a larger one). */
  offset?: number;
  /** A line break also ends a sentence (answers with headings, bullet lists). Default false. */
  breakLines?: boolean;
  /**
   * A sentence may start in lower case, as typed answers often do ("fixed it. then i rebooted").
   * Default false: in edited prose a lower-case word after a period is more often an abbreviation's.
   */
  lowerCaseStarts?: boolean;
};

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS =
  /\b(?:e\.g|i\.e|vs|approx|incl|esp|dept|inc|ltd|corp|co|jr|sr|dr|mr|mrs|ms|prof|no|st|ph\.d|b\.s|b\.a|m\.s|m\.a|m\.sc|b\.sc|u\.s|u\.k)$/i;
/** A single capital before the period is an initial ("J. Smith"). */
const INITIAL = /(?:^|[\s.])[A-Z]$/;

/**
 * Splits prose into sentences with their offsets in `text`; every `text` is a verbatim slice.
 * A period ends a sentence only when a capital, a digit or a quote follows after whitespace,
 * and not after a common abbreviation or an initial ("Ph.D. in", "e.g. Python", "J. Smith").
 */
export function splitSentences(text: string, options: TSplitSentencesOptions = {}): TSpan[] {
  const offset = options.offset ?? 0;
  if (options.breakLines) {
    const spans: TSpan[] = [];
    let lineStart = 0;
    for (const line of text.split('\n')) {
      spans.push(
        ...splitSentences(line, {
          offset: offset + lineStart,
          ...(options.lowerCaseStarts ? { lowerCaseStarts: true } : {}),
        }),
      );
      lineStart += line.length + 1;
    }
    return spans;
  }
  const spans: TSpan[] = [];
  const boundary = options.lowerCaseStarts
    ? /[.!?](?=["')\]]?\s+["'(`]?[\p{L}0-9])/gu
    : /[.!?](?=["')\]]?\s+["'(]?[A-Z0-9])/g;
  let sentenceStart = 0;
  let match: RegExpExecArray | null = boundary.exec(text);
  while (match !== null) {
    const candidateEnd = match.index + 1;
    const before = text.slice(sentenceStart, match.index);
    if (!ABBREVIATIONS.test(before) && !INITIAL.test(before)) {
      pushSpan(spans, text, sentenceStart, candidateEnd, offset);
      sentenceStart = candidateEnd;
    }
    match = boundary.exec(text);
  }
  pushSpan(spans, text, sentenceStart, text.length, offset);
  return spans;
}

function pushSpan(spans: TSpan[], text: string, from: number, to: number, offset: number): void {
  const raw = text.slice(from, to);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed.length === 0) return;
  const start = offset + from + leading;
  spans.push({ text: trimmed, start, end: start + trimmed.length });
}
