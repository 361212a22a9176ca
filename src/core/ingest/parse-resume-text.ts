import type { TClaim, TClaimKind, THiddenSpan, TResume } from '../resume.js';
import { findInstructionLikeText } from '../signals/find-instruction-like-text.js';
import { extractKeywords } from '../text/keywords.js';
import { bulletMarkerLength } from './bullet-marker.js';
import { classifyResumeHeading, type TResumeSectionKind } from './classify-resume-heading.js';
import { isContinuationLine } from './continuation-line.js';
import { findContact } from './find-contact.js';
import { findDateRange } from './find-date-range.js';
import { findExperienceYears } from './find-experience-years.js';
import { findMarkupHiddenText } from './find-markup-hidden-text.js';
import { findMetric } from './find-metric.js';
import { findDegree, mentionsInstitution, parseEducationEntry } from './parse-education-entry.js';
import { splitSkillItems } from './split-skill-items.js';
import { firstPart, hasTitleWord, splitTitleAndOrganisation } from './split-title-and-organisation.js';
import { splitTextLines, type TTextLine } from './text-lines.js';

type TDetails = TClaim['details'];

/** A claim before ids are given: offsets into the resume text instead of a copied string. */
type TDraftClaim = { kind: TClaimKind; start: number; end: number; details: TDetails; role?: TDraftClaim };

type TSection = { kind: TResumeSectionKind | 'header'; lines: TTextLine[] };

/** A line's content without Markdown heading marks, bullet markers or bold, still located in the text. */
type TContent = TTextLine & { isBullet: boolean; isEntryHeading: boolean };

/** Text addressed to an AI reader is a red flag for the signals layer, never a claim to probe. */
const INSTRUCTION_LIKE =
  /\b(?:ignore (?:all |any )?(?:previous|prior|above) instructions|(?:ai|llm) (?:evaluator|screener|assistant|recruiter|model)|language model|system prompt|rate this candidate|pre-approved)\b/i;

/**
 * A resume's text (Markdown, plain text, or the text of a PDF or Word file) → contact details and
 * claims: education, roles with dates, years of experience, skills, certifications and
 * achievements. Sections are found by their headings; every claim's `text` is a verbatim slice
 * of `text`, so a report can quote it and anyone can find it in the resume.
 *
 * Hidden text (`hiddenSpans`, from the document reader, and any HTML comment or invisible
 * characters in the text itself) is never evidence: no claim or contact detail is taken from it.
 * It stays in `text` and is listed in the resume's `hiddenSpans` for the recruiter to see.
 */
export function parseResumeText(
  text: string,
  options: { hiddenSpans?: readonly THiddenSpan[] } = {},
): TResume {
  const hiddenSpans: THiddenSpan[] = [];
  for (const span of [...(options.hiddenSpans ?? []), ...findMarkupHiddenText(text)]) {
    if (!hiddenSpans.some((known) => known.text === span.text)) hiddenSpans.push(span);
  }
  // Hidden text, and text addressed to the evaluator, become blank space of the same length, so
  // offsets into `text` still hold: neither is ever a claim to probe.
  let visible = text;
  for (const span of [...hiddenSpans, ...findInstructionLikeText(text).map((quote) => ({ text: quote }))]) {
    let from = 0;
    for (let at = visible.indexOf(span.text, from); at >= 0; at = visible.indexOf(span.text, from)) {
      visible =
        visible.slice(0, at) + span.text.replace(/[^\n]/g, ' ') + visible.slice(at + span.text.length);
      from = at + span.text.length;
    }
  }
  const resume = parseVisibleText(visible);
  // A claim that ran into a hidden span is not what the resume shows: it is left out.
  const claims = resume.claims.filter((claim) => text.includes(claim.text));
  return hiddenSpans.length > 0 ? { ...resume, text, claims, hiddenSpans } : { ...resume, text, claims };
}

function parseVisibleText(text: string): TResume {
  const sections = splitIntoSections(text, splitTextLines(text));
  const hasSections = sections.some((section) => section.kind !== 'header');
  const drafts: TDraftClaim[] = [];

  for (const section of sections) {
    switch (section.kind) {
      case 'header':
        if (!hasSections) {
          drafts.push(
            ...readEducation(
              text,
              section.lines.filter((line) => findDegree(line.text) !== null),
            ),
          );
          drafts.push(
            ...readExperience(
              text,
              section.lines.filter((line) => findDegree(line.text) === null),
            ),
          );
        }
        drafts.push(...readExperienceYears(text, section.lines, !hasSections));
        break;
      case 'summary':
        drafts.push(...readExperienceYears(text, section.lines, false));
        break;
      case 'experience':
        drafts.push(...readExperience(text, section.lines));
        break;
      case 'education':
        drafts.push(...readEducation(text, section.lines));
        break;
      case 'skills':
      case 'languages':
        drafts.push(...readSkills(text, section.lines, section.kind));
        break;
      case 'certifications':
        drafts.push(...readCertifications(text, section.lines));
        break;
      case 'projects':
      case 'achievements':
        drafts.push(...readAchievements(text, section.lines, section.kind));
        break;
      case 'other':
        break;
      default: {
        const unreachable: never = section.kind;
        throw new Error(`unhandled resume section ${String(unreachable)}`);
      }
    }
  }
  return { contact: findContact(text), text, claims: numberClaims(text, drafts) };
}

function numberClaims(text: string, drafts: TDraftClaim[]): TClaim[] {
  const ordered = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end);
  const ids = new Map<TDraftClaim, string>(ordered.map((draft, index) => [draft, `C${index + 1}`]));
  return ordered.map((draft) => {
    const claimText = text.slice(draft.start, draft.end);
    const details =
      draft.kind === 'achievement'
        ? { ...draft.details, role: draft.role ? ids.get(draft.role)! : null }
        : draft.details;
    return {
      id: ids.get(draft)!,
      kind: draft.kind,
      text: claimText,
      details,
      keywords: extractKeywords(claimText),
    };
  });
}

function splitIntoSections(text: string, lines: TTextLine[]): TSection[] {
  const sections: TSection[] = [{ kind: 'header', lines: [] }];
  for (const [index, line] of lines.entries()) {
    const current = sections.at(-1)!;
    const headingText =
      /^#{1,6}\s+(.+)$/.exec(line.text)?.[1] ??
      /^(?:\*\*|__)(.+?)(?:\*\*|__):?$/.exec(line.text)?.[1] ??
      line.text;
    const kind =
      headingText.length <= 50 && bulletMarkerLength(line.text) === 0
        ? classifyResumeHeading(headingText)
        : null;
    if (kind) {
      sections.push({ kind, lines: [] });
      continue;
    }
    // "Skills: Python, Go" starts a skills section on one line; inside a skills section the same
    // shape is a group label ("Languages: Go, Python"), and under a role it describes the role
    // ("Tools: Airflow, dbt"): both stay where they are.
    const label = /^(?:\*\*|__)?([A-Za-z][A-Za-z &]{1,30}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?=\S)/.exec(
      line.text,
    );
    const labelKind = label?.[1] ? classifyResumeHeading(label[1]) : null;
    if (
      label &&
      labelKind &&
      current.kind !== 'skills' &&
      current.kind !== 'experience' &&
      current.kind !== 'projects' &&
      labelKind !== 'experience' &&
      labelKind !== 'other'
    ) {
      const start = line.start + label[0].length;
      sections.push({ kind: labelKind, lines: [{ ...line, text: text.slice(start, line.end), start }] });
      continue;
    }
    // A resume without an "Experience" heading gives each role its own heading ("## Support Team
    // Lead — Ledgerbox", dates on it or just under it): the roles begin there.
    if (
      /^#{1,6}\s/.test(line.text) &&
      !['experience', 'projects', 'education', 'certifications'].includes(current.kind) &&
      lines.slice(index, index + 3).some((nearby) => findDateRange(nearby.text) !== null)
    ) {
      sections.push({ kind: 'experience', lines: [line] });
      continue;
    }
    current.lines.push(line);
  }
  return sections;
}

function readContent(text: string, line: TTextLine): TContent {
  let start = line.start;
  let end = line.end;
  let isEntryHeading = false;
  const heading = /^#{1,6}\s+/.exec(line.text);
  if (heading) {
    start += heading[0].length;
    isEntryHeading = true;
  }
  const marker = heading ? 0 : bulletMarkerLength(line.text);
  start += marker;
  const inner = text.slice(start, end);
  const bold = /^(\*\*|__)(.+)\1$/.exec(inner);
  if (bold) {
    start += 2;
    end -= 2;
    isEntryHeading = true;
  }
  const content = text.slice(start, end);
  const leading = content.length - content.trimStart().length;
  const trimmed = content.trim();
  return {
    ...line,
    text: trimmed,
    start: start + leading,
    end: start + leading + trimmed.length,
    isBullet: marker > 0,
    isEntryHeading,
  };
}

/** "Mentored four engineers", "Building tools": a phrase that starts with a verb is not an organisation. */
function looksLikeSentence(line: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ed|ing)\s+\p{Ll}/u.test(line);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

function readExperienceYears(
  text: string,
  lines: TTextLine[],
  mustMentionExperience: boolean,
): TDraftClaim[] {
  const nonBlank = lines.filter((line) => line.text.length > 0);
  if (nonBlank.length === 0) return [];
  const from = nonBlank[0]!.start;
  const to = nonBlank.at(-1)!.end;
  return findExperienceYears(text, from, to, mustMentionExperience).map((found) => ({
    kind: 'experience_years' as const,
    start: found.start,
    end: found.end,
    details: { years: found.years },
  }));
}

/** Roles (a line with dates, completed by the line before or after when it lacks the title or the organisation) and the achievements under them. */
function readExperience(text: string, lines: TTextLine[]): TDraftClaim[] {
  const contents = lines.filter((line) => line.text.length > 0).map((line) => readContent(text, line));
  const usedAsRole = new Set<number>();
  const roleAt = new Map<number, TDraftClaim>();
  const drafts: TDraftClaim[] = [];
  const roleKeys = new Map<string, TDraftClaim>();

  const isRolePart = (content: TContent | undefined): content is TContent =>
    content !== undefined &&
    !content.isBullet &&
    !usedAsRole.has(content.index) &&
    findDateRange(content.text) === null &&
    wordCount(content.text) <= 10 &&
    !/[.!?]$/.test(content.text);

  for (let position = 0; position < contents.length; position++) {
    const content = contents[position]!;
    if (content.isBullet || usedAsRole.has(content.index)) continue;
    const ownRange = findDateRange(content.text);
    if (!ownRange && !content.isEntryHeading) continue;
    if (!ownRange && (wordCount(content.text) > 12 || /[.!?]$/.test(content.text))) continue;
    // A role heading with its dates on the line under it ("Mar 2022 – present", "*April 2021 –
    // present · 280 employees*"): those are the role's dates.
    const below = contents[position + 1];
    const datesBelow =
      !ownRange && below !== undefined && !below.isBullet && !usedAsRole.has(below.index)
        ? findDateRange(below.text)
        : null;
    const range = ownRange ?? datesBelow;

    const remainder = ownRange ? withoutDates(content.text, ownRange.start, ownRange.end) : content.text;
    let { title, organisation } = splitTitleAndOrganisation(remainder);
    // Lines taken into this role, by position in `contents`: it grows up and down from the dated line.
    let first = position;
    let last = position;
    const take = (at: number) => {
      usedAsRole.add(contents[at]!.index);
      first = Math.min(first, at);
      last = Math.max(last, at);
    };
    const eligible = (at: number) => (isRolePart(contents[at]) ? contents[at]! : undefined);
    if (datesBelow) take(position + 1);
    if (ownRange && title === null && organisation === null) {
      // The dates stand on their own line: the role is the line above ("Title, Company" / "Jan 2019 – …") or below.
      const previous = eligible(position - 1);
      const next = eligible(position + 1);
      const at = previous && (hasTitleWord(previous.text) || !next) ? position - 1 : next ? position + 1 : -1;
      if (at >= 0) {
        ({ title, organisation } = splitTitleAndOrganisation(contents[at]!.text));
        take(at);
      }
    }
    if (ownRange && (title === null) !== (organisation === null)) {
      // The other part is on the line just above or below: "Google — Mountain View, CA" over
      // "Senior Engineer | 2018 – Present", or LinkedIn's "Stripe" / "Product Manager" / dates.
      const isWanted =
        title === null ? hasTitleWord : (line: string) => !hasTitleWord(line) && !looksLikeSentence(line);
      const at = [first - 1, last + 1].find((candidate) => {
        const neighbour = eligible(candidate);
        return neighbour !== undefined && isWanted(neighbour.text);
      });
      if (at !== undefined) {
        const neighbour = contents[at]!.text;
        if (title === null) title = neighbour;
        else organisation = firstPart(neighbour);
        take(at);
      }
    }
    const start = contents[first]!.start;
    const end = contents[last]!.end;
    if (title === null && organisation === null) continue;
    usedAsRole.add(content.index);
    const details = { title, organisation, start: range?.from ?? null, end: range?.to ?? null };
    const key = JSON.stringify([
      title?.toLowerCase(),
      organisation?.toLowerCase(),
      details.start,
      details.end,
    ]);
    const existing = roleKeys.get(key);
    // A Word resume often lists its roles twice (a summary table, then a heading per role).
    const role = existing ?? { kind: 'role' as const, start, end, details };
    if (!existing) {
      roleKeys.set(key, role);
      drafts.push(role);
    }
    roleAt.set(content.index, role);
  }

  let currentRole: TDraftClaim | undefined;
  const blocks: Array<{ contents: TContent[]; role: TDraftClaim | undefined }> = [];
  let open: { contents: TContent[]; role: TDraftClaim | undefined } | null = null;
  let previousIndex = -2;
  for (const content of contents) {
    const role = roleAt.get(content.index);
    if (role) currentRole = role;
    if (usedAsRole.has(content.index)) {
      open = null;
      previousIndex = content.index;
      continue;
    }
    const isAdjacent = content.index === previousIndex + 1;
    const previous = open?.contents.at(-1);
    if (
      open &&
      previous &&
      isAdjacent &&
      !content.isBullet &&
      isContinuationLine(previous.text, content.text)
    ) {
      open.contents.push(content);
    } else {
      open = { contents: [content], role: currentRole };
      blocks.push(open);
    }
    previousIndex = content.index;
  }
  for (const block of blocks) {
    const first = block.contents[0]!;
    const last = block.contents.at(-1)!;
    const draft = achievement(text, first.start, last.end, block.role, 'experience', first.isBullet);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

function withoutDates(line: string, from: number, to: number): string {
  return (
    `${line.slice(0, from)} ${line.slice(to)}`
      // LinkedIn adds the length: "June 2020 - Present (3 years 2 months)", "· 3 yrs 2 mos".
      .replace(/[(·•]?\s*\d+\+?\s*(?:years?|yrs?|months?|mos?)(?:\s+\d+\s*(?:months?|mos?))?\s*\)?/gi, ' ')
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
      .replace(/\s+(?:[|·•—–-]\s+)+(?=[|·•—–-]?\s*$)/, ' ')
      .replace(/^[\s,;|·•—–(:-]+|[\s,;|·•—–(:)-]+$/g, '')
      .trim()
  );
}

function achievement(
  text: string,
  start: number,
  end: number,
  role: TDraftClaim | undefined,
  section: TResumeSectionKind,
  isBullet: boolean,
): TDraftClaim | null {
  const claimText = text.slice(start, end);
  const words = wordCount(claimText);
  // A bullet is a claim however short ("Mentored interns."); an unmarked line must read like one,
  // so a location ("San Francisco Bay Area") or a table header ("Role | Company | Dates") is not.
  const readsAsClaim = isBullet
    ? words >= 2
    : words >= 3 && (words >= 5 || /\d/.test(claimText) || /[.!?]$/.test(claimText));
  if (!readsAsClaim || INSTRUCTION_LIKE.test(claimText)) return null;
  return {
    kind: 'achievement',
    start,
    end,
    details: { section, metric: findMetric(claimText) },
    ...(role ? { role } : {}),
  };
}

/** Entries of up to three lines: a degree line with its institution and year on the same or the next lines. */
function readEducation(text: string, lines: TTextLine[]): TDraftClaim[] {
  const entries: Array<{ contents: TContent[]; hasDegree: boolean; hasInstitution: boolean }> = [];
  let previousIndex = -2;
  for (const line of lines) {
    if (line.text.length === 0) continue;
    const content = readContent(text, line);
    const hasDegree = findDegree(content.text) !== null;
    const hasInstitution = mentionsInstitution(content.text);
    const current = entries.at(-1);
    const joins =
      current !== undefined &&
      !content.isBullet &&
      line.index === previousIndex + 1 &&
      current.contents.length < 3 &&
      !(hasDegree && current.hasDegree) &&
      !(hasInstitution && current.hasInstitution) &&
      wordCount(content.text) <= 10;
    if (joins) {
      current.contents.push(content);
      current.hasDegree ||= hasDegree;
      current.hasInstitution ||= hasInstitution;
    } else {
      entries.push({ contents: [content], hasDegree, hasInstitution });
    }
    previousIndex = line.index;
  }
  return entries
    .filter((entry) => entry.hasDegree || entry.hasInstitution)
    .map((entry) => {
      const start = entry.contents[0]!.start;
      const end = entry.contents.at(-1)!.end;
      return { kind: 'education' as const, start, end, details: parseEducationEntry(text.slice(start, end)) };
    });
}

function readSkills(text: string, lines: TTextLine[], kind: 'skills' | 'languages'): TDraftClaim[] {
  const nonBlank = lines.filter((line) => line.text.length > 0);
  if (nonBlank.length === 0) return [];
  return splitSkillItems(text, nonBlank[0]!.start, nonBlank.at(-1)!.end).map((item) => ({
    kind: 'skill' as const,
    start: item.start,
    end: item.end,
    details: { name: item.name, category: item.category ?? (kind === 'languages' ? 'Languages' : null) },
  }));
}

function readCertifications(text: string, lines: TTextLine[]): TDraftClaim[] {
  return lines
    .filter((line) => line.text.length > 0)
    .map((line) => readContent(text, line))
    .filter((content) => /\p{L}{2}/u.test(content.text))
    .map((content) => {
      const parts = content.text
        .split(/\s+[|·—–-]\s+|,\s+(?![^(]*\))/)
        .map((part) => part.trim())
        .filter((part) => part.length > 0);
      const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(content.text);
      const issuer =
        parts
          .slice(1)
          .map((part) => part.replace(/^\(|\)$/g, '').trim())
          .find(
            (part) =>
              part.length > 0 && !/^(?:issued\s+|expires?\s+)?(?:\w+\.?\s+)?(?:19|20)\d{2}/i.test(part),
          ) ?? null;
      return {
        kind: 'certification' as const,
        start: content.start,
        end: content.end,
        details: { name: parts[0] ?? content.text, issuer, year: year ? Number(year[0]) : null },
      };
    });
}

/** Bullets and paragraphs (a PDF's wrapped lines joined back) of a projects or awards section. */
function readAchievements(text: string, lines: TTextLine[], section: TResumeSectionKind): TDraftClaim[] {
  const blocks: Array<{ start: number; end: number; last: string; isBullet: boolean }> = [];
  let isOpen = false;
  for (const line of lines) {
    if (line.text.length === 0) {
      isOpen = false;
      continue;
    }
    const content = readContent(text, line);
    const open = blocks.at(-1);
    if (isOpen && open && !content.isBullet && isContinuationLine(open.last, content.text)) {
      open.end = content.end;
      open.last = content.text;
      continue;
    }
    blocks.push({ start: content.start, end: content.end, last: content.text, isBullet: content.isBullet });
    isOpen = true;
  }
  return blocks
    .map((block) => achievement(text, block.start, block.end, undefined, section, block.isBullet))
    .filter((draft) => draft !== null);
}
