const TITLE_WORDS =
  /\b(?:engineer|developer|programmer|scientist|analyst|manager|director|lead|head|intern|assistant|associate|researcher|consultant|architect|designer|specialist|officer|administrator|coordinator|president|vp|founder|co-founder|cto|ceo|cfo|coo|fellow|professor|lecturer|teacher|tutor|instructor|nurse|technician|sre|devops|owner|strategist|editor|writer|accountant|auditor|advisor|adviser|recruiter|representative|executive|principal|partner|trainee|apprentice|postdoc|supervisor|operator|chief|agent|clerk|attorney|lawyer|paralegal|physician|pharmacist|therapist|marketer|evangelist|advocate|contractor|freelancer|member)s?\b/i;

/** Parts of a role line that are neither title nor organisation. */
const NOT_AN_ORGANISATION =
  /^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|freelance|permanent|temporary|[A-Z]{2}|usa|us|uk|united states|united kingdom|germany|france|canada|india|netherlands|spain|italy|ireland|australia|singapore)$/i;

export function hasTitleWord(text: string): boolean {
  return TITLE_WORDS.test(text);
}

/**
 * Title and organisation from a role line with its dates removed: "Senior ML Engineer, Nimbus Labs",
 * "Senior Data Analyst | Basketful Ltd", "Engineer at Acme", "Acme Corp — Staff Engineer — Berlin".
 * The part with a job-title word is the title; the organisation is the nearest other part that is
 * not a place or an employment type.
 */
export function splitTitleAndOrganisation(text: string): {
  title: string | null;
  organisation: string | null;
} {
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/.exec(text);
  if (at?.[1] && at[2] && hasTitleWord(at[1])) {
    return { title: at[1].trim(), organisation: firstPart(at[2]) };
  }
  const parts = text
    .split(/\s+[|·•—–-]\s+|\s*\|\s*|,\s+|\t+|\s{3,}/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0) return { title: null, organisation: null };
  if (parts.length === 1) {
    return hasTitleWord(parts[0]!)
      ? { title: parts[0]!, organisation: null }
      : { title: null, organisation: parts[0]! };
  }
  const titleIndex = Math.max(
    0,
    parts.findIndex((part) => hasTitleWord(part)),
  );
  const byCloseness = parts
    // "Title, Organisation, City" and "Organisation — Title — City": places come last.
    .map((part, index) => ({ part, distance: Math.abs(index - titleIndex) + (index > titleIndex ? 0.5 : 0) }))
    .filter(({ distance }) => distance > 0)
    .sort((a, b) => a.distance - b.distance);
  const organisation = byCloseness.find(({ part }) => !NOT_AN_ORGANISATION.test(part))?.part ?? null;
  return { title: parts[titleIndex] ?? null, organisation };
}

/** The leading part of a line naming an organisation: "Google" of "Google — Mountain View, CA". */
export function firstPart(text: string): string {
  return text.split(/\s+[|·•—–-]\s+|,\s+|\t+|\s{3,}/)[0]!.trim();
}
