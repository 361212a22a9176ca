import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../ingest/parse-resume.js';
import { countRoleYears } from './count-role-years.js';

// Roles as their own headings, dates on the line below: no "Experience" heading at all.
const RESUME = `# Kayla Brennan
kayla@example.com

## Support Team Lead — Ledgerbox, Austin, TX
Mar 2022 – present
- Lead 9 Tier 1 agents handling about 1,800 tickets a week.

## Support Agent — Ledgerbox
Jan 2020 – Feb 2022
- Highest CSAT on the team in 2021 (97%).

## Night Supervisor — Lone Star Wireless
Jun 2021 – Dec 2022

## Education
B.A. Communication, Texas State University, 2017
`;

describe('countRoleYears', () => {
  const resume = parseResumeText(RESUME);

  it('reads roles that are headings with their dates on the line below', () => {
    const roles = resume.claims.filter((claim) => claim.kind === 'role');
    expect(roles.map((role) => [role.details.title, role.details.start, role.details.end])).toEqual([
      ['Support Team Lead', '2022-03', 'present'],
      ['Support Agent', '2020-01', '2022-02'],
      ['Night Supervisor', '2021-06', '2022-12'],
    ]);
  });

  it('counts a role "to present" up to the date of the evaluation', () => {
    const found = countRoleYears(['lead', 'support', 'team'], resume, '2024-03-01');
    expect(found.roles.map((role) => role.details.title)).toEqual(['Support Team Lead']);
    expect(found.years).toBe(2);
  });

  it('counts overlapping roles once', () => {
    // Support Agent (2020-01…2022-02) and Night Supervisor (2021-06…2022-12) match one word each:
    // 2020-01 to 2022-12 is three years.
    const found = countRoleYears(['agent', 'supervis'], resume, '2024-03-01');
    expect(found.roles.map((role) => role.details.title)).toEqual(['Support Agent', 'Night Supervisor']);
    expect(found.years).toBe(3);
  });

  it('leaves out a role "to present" when the date of the evaluation is unknown', () => {
    const found = countRoleYears(['lead'], resume, undefined);
    expect(found).toEqual({ years: 0, roles: [] });
  });

  it('counts only roles whose title shares a word with the topic', () => {
    const found = countRoleYears(['supervis'], resume, '2024-03-01');
    expect(found.roles.map((role) => role.details.title)).toEqual(['Night Supervisor']);
    expect(found.years).toBe(1.5);
    expect(countRoleYears(['nursing'], resume, '2024-03-01').roles).toEqual([]);
  });
});
