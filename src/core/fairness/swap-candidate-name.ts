/** A name a candidate might have, and the pronouns they give. */
export type TPersona = { first: string; last: string; pronouns: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The same word in the case the original was written in: "OKAFOR" → "MEHTA", "Okafor" → "Mehta". */
function inCaseOf(replacement: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase();
  if (original === original.toLowerCase()) return replacement.toLowerCase();
  return replacement;
}

/** "María José" → "maria.jose" for an email or a URL. */
function asHandle(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Puts another person's name in a text: the candidate's first and last names, written in any
 * case, in their email and in their URLs, and gives their pronouns on the line after the name
 * (as a resume's header does). Nothing else in the text changes.
 *
 * @example
 *   swapCandidateName('# Daniel Okafor\n\ndaniel.okafor@example.com', { first: 'Daniel', last: 'Okafor' },
 *     { first: 'Aisha', last: 'Bello', pronouns: 'she/her' })
 *   // '# Aisha Bello\nPronouns: she/her\n\naisha.bello@example.com'
 */
export function swapCandidateName(
  text: string,
  from: { first: string; last: string },
  to: TPersona,
  options: { addPronouns?: boolean } = {},
): string {
  // Email addresses and URLs first ("daniel.okafor@", "danielokafor.example.com"), without accents.
  let result = text.replace(
    new RegExp(`${escapeRegExp(asHandle(from.first))}([._-]?)${escapeRegExp(asHandle(from.last))}`, 'giu'),
    (_match, separator: string) => `${asHandle(to.first)}${separator}${asHandle(to.last)}`,
  );
  for (const [name, replacement] of [
    [from.first, to.first],
    [from.last, to.last],
  ] as const) {
    result = result.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'giu'), (match) =>
      inCaseOf(replacement, match),
    );
  }
  if (options.addPronouns) {
    const fullName = new RegExp(`^.*${escapeRegExp(to.first)}\\s+${escapeRegExp(to.last)}.*$`, 'imu');
    result = result.replace(fullName, (line) => `${line}\nPronouns: ${to.pronouns}`);
  }
  return result;
}
