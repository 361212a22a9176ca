import type { TClaim, TResume } from '../resume.js';
import { GENERIC_KEYWORDS } from '../signals/map-turns-to-requirements.js';
import { extractKeywords } from '../text/keywords.js';

export type TRoleYears = {
  /** Whole years and tenths, overlapping roles counted once. */
  years: number;
  /** The role claims counted, in resume order. */
  roles: TClaim[];
};

/** "supervis" (from "supervising") and "supervisor": one word when one begins the other (5+ letters). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 5 && longer.startsWith(shorter);
}

/** "2021-04" → months since year 0; a year alone is taken as its middle (June). */
function toMonth(date: string): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  return Number(match[1]) * 12 + (match[2] === undefined ? 5 : Number(match[2]) - 1);
}

/**
 * How long the resume's roles that match a requirement's topic lasted ("3+ years supervising
 * hourly teams" against "Night Shift Supervisor, 2019 – present"). The roles counted are those
 * whose titles share the most specific words with the topic (at least one). A role "to present" runs to `asOf` (the date of the
 * evaluation); without `asOf` it is not counted, since its length is unknown. Pure.
 *
 * @example
 *   countRoleYears(['lead', 'support'], resume, '2026-12-01') // { years: 4.8, roles: [C1] } for "Support Team Lead, Mar 2022 – present"
 */
export function countRoleYears(
  topicKeywords: readonly string[],
  resume: TResume,
  asOf: string | undefined,
): TRoleYears {
  const wanted = new Set(topicKeywords.filter((word) => !GENERIC_KEYWORDS.has(word)));
  const now = asOf === undefined ? null : toMonth(asOf);
  const spans: Array<[number, number]> = [];
  const roles: TClaim[] = [];
  // The roles that match best: "Charge Nurse" for "experience as a charge nurse", not also "Staff Nurse".
  const matches = resume.claims.flatMap((claim) => {
    if (claim.kind !== 'role') return [];
    const title = typeof claim.details.title === 'string' ? claim.details.title : '';
    const shared = extractKeywords(title).filter((word) =>
      [...wanted].some((other) => sameWord(word, other)),
    );
    return shared.length === 0 ? [] : [{ claim, shared: shared.length }];
  });
  const best = Math.max(0, ...matches.map((match) => match.shared));
  for (const { claim, shared } of matches) {
    if (shared < best) continue;
    const start = typeof claim.details.start === 'string' ? toMonth(claim.details.start) : null;
    const endText = claim.details.end;
    const end = endText === 'present' ? now : typeof endText === 'string' ? toMonth(endText) : null;
    if (start === null || end === null || end < start) continue;
    spans.push([start, end + 1]);
    roles.push(claim);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let reached = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    const begin = Math.max(from, reached);
    if (to > begin) months += to - begin;
    reached = Math.max(reached, to);
  }
  return { years: Math.floor((months / 12) * 10) / 10, roles };
}
