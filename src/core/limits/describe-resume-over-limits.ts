import type { TResume } from '../resume.js';
import { LIMITS } from './limits.js';

/** What in an extracted resume exceeds a limit (too many claims, a claim or contact field too long), or null. */
export function describeResumeOverLimits(resume: TResume): string | null {
  if (resume.claims.length > LIMITS.maxClaims) {
    return `it yields ${resume.claims.length.toLocaleString('en-US')} claims (roles, skills, achievements…); Candor reads resumes of up to ${LIMITS.maxClaims.toLocaleString('en-US')} (limit maxClaims). Check that it is the right file.`;
  }
  const long = resume.claims.find((claim) => claim.text.length > LIMITS.maxClaimLength);
  if (long !== undefined) {
    return `one of its entries is ${long.text.length.toLocaleString('en-US')} characters long; Candor reads entries of up to ${LIMITS.maxClaimLength.toLocaleString('en-US')} (limit maxClaimLength). Break it into lines or bullets.`;
  }
  const { contact } = resume;
  const fields: Array<[string, string | null]> = [
    ['name', contact.name],
    ...contact.emails.map((email): [string, string] => ['email', email]),
    ...contact.phones.map((phone): [string, string] => ['phone', phone]),
    ...contact.urls.map((url): [string, string] => ['link', url]),
  ];
  for (const [field, value] of fields) {
    if (value !== null && value.length > LIMITS.maxContactFieldLength) {
      return `its ${field} is ${value.length.toLocaleString('en-US')} characters long; a contact field may have up to ${LIMITS.maxContactFieldLength} (limit maxContactFieldLength).`;
    }
  }
  return null;
}
