import type { TJob, TRequirement, TRequirementPriority } from '../job.js';
import { extractKeywords } from '../text/keywords.js';
import { splitSentences } from '../text/split-sentences.js';
import { bulletMarkerLength } from './bullet-marker.js';
import {
  classifyJobHeading,
  isPlainJobHeading,
  normaliseHeading,
  type TJobSectionKind,
} from './classify-job-heading.js';
import { isContinuationLine } from './continuation-line.js';
import { mergeNearDuplicates } from './merge-near-duplicates.js';
import { isWordedAsNiceToHave } from './nice-to-have.js';
import { splitTextLines, type TTextLine } from './text-lines.js';

type TSection = { heading: string; kind: TJobSectionKind };

/** A bullet (with its wrapped lines) or a paragraph, under the heading it was found in. */
type TBlock = { section: TSection | null; isBullet: boolean; lines: string[] };

/** "Job title: X", "Position: X", "Role – X" at the top of a posting. */
const TITLE_LABEL = /^(?:job\s*title|position|role|title|vacancy|opening)\s*[:–—-]\s*/i;

/** A heading word followed by a colon and the items themselves: "Nice to have: Go, Rust". */
const INLINE_LABEL = /^(?:\*\*|__)?([A-Za-z][A-Za-z' -]{1,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$/;
const LABEL_WORDS =
  /^(?:nice[- ]to[- ]haves?|preferred(?: qualifications| skills)?|bonus(?: points)?|pluses|desirable|must[- ]haves?|requirements?|required(?: skills| qualifications)?|qualifications|minimum qualifications|basic qualifications|skills|responsibilities)$/;

/** An optional item's own label at its start: "Bonus: …", "Nice to have – …", "Preferred: …". */
const NICE_ITEM_LABEL =
  /^(?:nice[- ]to[- ]have|preferred|bonus(?: points)?|a plus|plus|desirable|good[- ]to[- ]have|ideally)\s*[:–—-]\s+(?=\S)/i;

/** Sentences that read as requirements when a posting has no headings or bullets at all. */
const REQUIREMENT_CUES =
  /\b(?:experience (?:with|in|of|building|designing|running|leading)|proficien(?:t|cy) (?:in|with)|\d+\+?\s*(?:years?|yrs?)\b|knowledge of|familiar(?:ity)? with|degree in|ability to|expertise (?:in|with)|skilled (?:in|with)|understanding of|background in|you (?:have|bring|know|will)|must (?:have|be)|required|track record)/i;

/**
 * A job description in Markdown or plain text (as read from a PDF or Word file) → title and
 * requirements. Requirements are the bullets, and otherwise the sentences, under requirement-like
 * headings; optional ones come from "Nice to have"-like headings or their own wording. Postings
 * without such headings fall back to every bullet, then to sentences that read as requirements.
 */
export function parseJobText(text: string): TJob {
  const lines = splitTextLines(text);
  const blocks = readBlocks(lines);
  const hasRequirementSections = blocks.some(
    (block) => block.section?.kind === 'must' || block.section?.kind === 'nice',
  );

  let candidates: Array<{ text: string; section: TSection | null }>;
  if (hasRequirementSections) {
    // Where a section lists bullets, its prose is an introduction ("We'd love to hear from you if…").
    const sectionsWithBullets = new Set(
      blocks.filter((block) => block.isBullet).map((block) => block.section),
    );
    candidates = blocks
      .filter((block) => block.section?.kind === 'must' || block.section?.kind === 'nice')
      .filter((block) => block.isBullet || !sectionsWithBullets.has(block.section))
      .flatMap((block) => blockItems(block));
  } else {
    const looseBlocks = blocks.filter((block) => block.section?.kind !== 'other');
    const bullets = looseBlocks.filter((block) => block.isBullet);
    candidates =
      bullets.length > 0
        ? bullets.flatMap((block) => blockItems(block))
        : looseBlocks
            .flatMap((block) => blockItems(block))
            .filter((item) => REQUIREMENT_CUES.test(item.text));
  }

  const seen = new Set<string>();
  const requirements: TRequirement[] = [];
  for (const candidate of candidates) {
    // "Bonus: fluency in Spanish" inside a list: the label marks it optional and is not part of it.
    const label = NICE_ITEM_LABEL.exec(candidate.text);
    const itemText = label === null ? candidate.text : candidate.text.slice(label[0].length);
    const key = itemText.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const priority: TRequirementPriority =
      label !== null || candidate.section?.kind === 'nice' || isWordedAsNiceToHave(itemText)
        ? 'nice'
        : 'must';
    requirements.push({
      id: `R${requirements.length + 1}`,
      text: itemText,
      priority,
      section: candidate.section?.heading ?? '',
      keywords: extractKeywords(candidate.text),
    });
  }
  return { title: findTitle(lines), text, requirements: mergeNearDuplicates(requirements) };
}

function findTitle(lines: TTextLine[]): string {
  const first = lines.find((line) => line.text.length > 0);
  if (!first) return '';
  const title = cleanHeading(first.text).replace(TITLE_LABEL, '').trim();
  return title.length > 150 ? `${title.slice(0, 150).trimEnd()}…` : title;
}

function cleanHeading(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+$/, '')
    .replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/, '$1')
    .replace(/:\s*$/, '')
    .trim();
}

function readBlocks(lines: TTextLine[]): TBlock[] {
  const blocks: TBlock[] = [];
  let section: TSection | null = null;
  let open: TBlock | null = null;
  let openIndent = 0;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1];
    if (line.text.length === 0) {
      open = null;
      continue;
    }
    if (/^(?:[=-]{3,}|[*_]{3,})$/.test(line.text)) continue; // rules and setext underlines

    const heading = readHeading(line.text, next?.text ?? '', section);
    if (heading) {
      section = heading;
      open = null;
      if (next && /^[=-]{3,}$/.test(next.text)) index++;
      continue;
    }

    const label = INLINE_LABEL.exec(line.text);
    if (
      label?.[1] &&
      label[2] &&
      bulletMarkerLength(line.text) === 0 &&
      LABEL_WORDS.test(normaliseHeading(label[1]))
    ) {
      section = { heading: label[1].trim(), kind: classifyJobHeading(label[1]) };
      open = { section, isBullet: false, lines: [label[2].trim()] };
      blocks.push(open);
      continue;
    }

    const markerLength = bulletMarkerLength(line.text);
    const indent = line.indent;
    if (markerLength > 0) {
      open = { section, isBullet: true, lines: [stripEmphasis(line.text.slice(markerLength))] };
      openIndent = indent;
      blocks.push(open);
      continue;
    }
    const previous = open?.lines.at(-1) ?? '';
    // Markdown continues a list item on indented lines; PDFs and plain text wrap mid-sentence.
    const continues =
      open !== null && ((open.isBullet && indent > openIndent) || isContinuationLine(previous, line.text));
    if (open && continues) {
      open.lines.push(stripEmphasis(line.text));
      continue;
    }
    open = { section, isBullet: false, lines: [stripEmphasis(line.text)] };
    openIndent = indent;
    blocks.push(open);
  }
  return blocks.filter((block) => block.lines.join('').trim().length > 0);
}

function readHeading(line: string, nextLine: string, current: TSection | null): TSection | null {
  if (bulletMarkerLength(line) > 0 && !/^#/.test(line)) return null;
  const markdown = /^#{1,6}\s+(.+)$/.exec(line);
  const bold = /^(?:\*\*|__)([^*_]+)(?:\*\*|__):?$/.exec(line);
  let headingText: string | null = null;
  if (markdown?.[1]) headingText = markdown[1];
  else if (bold?.[1]) headingText = bold[1];
  else if (/^[=-]{3,}$/.test(nextLine) && line.length <= 80) headingText = line;
  else if (isAllCapitals(line)) headingText = line;
  else if (/^[^:]{2,60}:$/.test(line) && line.split(/\s+/).length <= 8) {
    // "In this role, you will need:" introduces the list below it; inside a requirements
    // section it only starts a new section when its words name a different kind of one.
    const kind = classifyJobHeading(line);
    const isInRequirements = current?.kind === 'must' || current?.kind === 'nice';
    if (isInRequirements && (kind === 'unknown' || kind === current?.kind)) return null;
    headingText = line;
  } else if (line.length <= 60 && isPlainJobHeading(line)) headingText = line;
  if (headingText === null) return null;
  const heading = cleanHeading(headingText);
  return { heading, kind: classifyJobHeading(heading) };
}

function isAllCapitals(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, '');
  if (letters.length < 4 || line.length > 60 || letters !== letters.toUpperCase()) return false;
  return classifyJobHeading(line) !== 'unknown' || line.trim().split(/\s+/).length >= 2;
}

function stripEmphasis(text: string): string {
  return text.replace(/(\*\*|__)(.+?)\1/g, '$2').trim();
}

/** A bullet is one requirement; a paragraph gives one per sentence, leaving out lead-ins ending in ':'. */
function blockItems(block: TBlock): Array<{ text: string; section: TSection | null }> {
  const joined = block.lines.join(' ').replace(/\s+/g, ' ').trim();
  const texts = block.isBullet ? [joined] : splitSentences(joined).map((sentence) => sentence.text);
  return texts
    .map((text) => text.replace(/[;,]$/, '').trim())
    .filter((text) => /[A-Za-z]{2}/.test(text) && !text.endsWith(':'))
    .map((text) => ({ text, section: block.section }));
}
