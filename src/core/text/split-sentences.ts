/** A sentence of a text, verbatim, with where it starts in that text. */
export type TSentence = { text: string; start: number };

/**
 * Splits on sentence ends and line breaks. Abbreviations such as "e.g." and "i.e." do not end a
 * sentence. Every returned `text` is a verbatim substring of the input (trimmed).
 */
export function splitSentences(text: string): TSentence[] {
  const sentences: TSentence[] = [];
  const pattern =
    /[^\n.!?]*(?:(?:e\.g\.|i\.e\.|etc\.|vs\.|\d\.\d|[.!?](?=[^\s\n]))[^\n.!?]*)*(?:[.!?]+|\n|$)/gi;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    if (raw.trim().length === 0) continue;
    const leading = raw.length - raw.trimStart().length;
    sentences.push({ text: raw.trim(), start: (match.index ?? 0) + leading });
  }
  return sentences;
}
