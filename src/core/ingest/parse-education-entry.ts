/** Degrees as resumes write them; two-letter forms without dots only at the start of an entry (not "Boston, MA"). */
const DEGREE = new RegExp(
  [
    String.raw`Ph\.?\s?D\.?`,
    String.raw`D\.?Phil\.?`,
    `Doctor(?:ate)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?`,
    String.raw`M\.B\.A\.?|MBA`,
    String.raw`M\.\s?Sc\.?|MSc`,
    String.raw`M\.S\.?`,
    String.raw`M\.A\.?`,
    String.raw`M\.?Eng\.?|M\.?Tech\.?|M\.?Phil\.?|M\.?Res\.?|M\.F\.A\.?|MFA`,
    String.raw`LL\.?[BM]\.?`,
    String.raw`B\.\s?Sc\.?|BSc`,
    String.raw`B\.S\.?`,
    String.raw`B\.A\.?`,
    String.raw`B\.?Eng\.?|B\.?Tech\.?|B\.F\.A\.?|BFA|B\.?Com\.?`,
    `Master(?:'s|’s|s)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?| degree)?`,
    `Bachelor(?:'s|’s|s)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?| degree)?`,
    `Associate(?:'s|’s)? (?:of [A-Z][a-z]+(?: [A-Z][a-z]+)?|degree)`,
    `High School Diploma|A-?Levels?|Abitur|Diploma (?:in|of)`,
  ].join('|'),
);
const DEGREE_ANYWHERE = new RegExp(`(?<![A-Za-z])(?:${DEGREE.source})(?![A-Za-z])`);
const SHORT_DEGREE_AT_START = /^(?:MS|MA|BS|BA|BE|ME|MD|JD|AA|AS)(?![A-Za-z])/;

const INSTITUTION =
  /\b(?:University|Universit[éäà]t?|Universidad|Universidade|Università|College|Institute|Institut|Instituto|School|Academy|Polytechnic|Politecnico|Polytechnique|Conservatory|Seminary|Hochschule|École|Ecole|IIT|MIT|ETH|EPFL|UCLA|NYU)\b/;

export type TEducationDetails = {
  degree: string | null;
  field: string | null;
  institution: string | null;
  year: number | null;
};

/** Where the degree is in `text` (start of the match and the degree as written), or null. */
export function findDegree(text: string): { index: number; degree: string } | null {
  const shortForm = SHORT_DEGREE_AT_START.exec(text);
  if (shortForm) return { index: 0, degree: shortForm[0] };
  const match = DEGREE_ANYWHERE.exec(text);
  return match ? { index: match.index, degree: match[0] } : null;
}

export function mentionsInstitution(text: string): boolean {
  return INSTITUTION.test(text);
}

/**
 * Degree, field, institution and graduation year from one education entry, which may span lines:
 * "Ph.D. in Artificial Intelligence, Stanford University, 2021", "BSc Economics, University of
 * Leeds, 2019", or "B.S. Computer Science" / "University of California, Davis," / "2017".
 */
export function parseEducationEntry(entry: string): TEducationDetails {
  const years = entry.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g);
  const year = years ? Number(years.at(-1)) : null;
  const found = findDegree(entry);
  const degree = found ? found.degree.replace(/[,;]$/, '').trim() : null;

  let field: string | null = null;
  let rest = entry;
  if (found) {
    // LinkedIn writes the abbreviation after the name: "Bachelor of Science - BS, Computer Science".
    const afterDegree = entry
      .slice(found.index + found.degree.length)
      .replace(/^\s*[-–—]\s*(?:[A-Z]{2,4}|[A-Z](?:\.[A-Z])+\.?)(?=\s*(?:[,·•|(]|$))/, '');
    const fieldMatch = /^[\s,:-]*(?:(?:degree\s+)?(?:in|of)\s+)?([^,|;\n()—–·•]+)/.exec(afterDegree);
    const candidate = fieldMatch?.[1]?.replace(/\s+(?:at|from)\s+.*$/, '').trim() ?? '';
    if (candidate.length > 1 && !INSTITUTION.test(candidate) && !/^(?:19|20)\d{2}/.test(candidate)) {
      field = candidate.replace(/[.\s]+$/, '');
    }
    rest = afterDegree.slice(fieldMatch && field ? fieldMatch[0].length : 0);
    const atInstitution = /\s(?:at|from)\s+([^,|;\n]+)/.exec(afterDegree);
    if (atInstitution?.[1] && INSTITUTION.test(atInstitution[1])) rest = atInstitution[1];
  }

  const parts = rest
    .split(/[,|;\n—–()·•]+|\s-\s/)
    .map((part) => part.trim().replace(/\.$/, ''))
    .filter(
      (part) => part.length > 0 && !/^(?:(?:19|20)\d{2}\s*[-–]?\s*)+$/.test(part) && !/^gpa\b/i.test(part),
    );
  let institution: string | null = null;
  const keywordIndex = parts.findIndex((part) => INSTITUTION.test(part));
  if (keywordIndex >= 0) {
    institution = parts[keywordIndex]!;
    const next = parts[keywordIndex + 1];
    // "University of California, Davis": a campus after a university system's name.
    if (
      next &&
      /^University of /i.test(institution) &&
      /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u.test(next)
    ) {
      institution = `${institution}, ${next}`;
    }
  } else if (found && INSTITUTION.test(entry)) {
    // The institution came before the degree ("Harvard University" / "MBA, 2012").
    institution =
      entry
        .split(/[,|;\n—–()]+/)
        .map((part) => part.trim())
        .find((part) => INSTITUTION.test(part)) ?? null;
  } else if (found) {
    institution = parts.find((part) => /\p{Lu}/u.test(part) && !DEGREE_ANYWHERE.test(part)) ?? null;
  }
  return { degree, field, institution: institution?.replace(/\s+/g, ' ') ?? null, year };
}
