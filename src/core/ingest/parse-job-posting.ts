import { z } from 'zod';
import { CandorError } from '../candor-error.js';
import type { TJob, TRequirement } from '../job.js';
import { extractKeywords } from '../text/keywords.js';
import { splitSentences } from '../text/split-sentences.js';
import { bulletMarkerLength } from './bullet-marker.js';
import { classifyJobHeading, normaliseHeading } from './classify-job-heading.js';
import { findJobPosting } from './find-job-posting.js';
import { htmlToText } from './html-to-text.js';
import { mergeNearDuplicates } from './merge-near-duplicates.js';
import { isWordedAsNiceToHave } from './nice-to-have.js';
import { parseJobText } from './parse-job-text.js';

/** schema.org lets most text properties be text, a DefinedTerm-like object, or a list of either. */
const ZTextNode = z.union([
  z.string(),
  z.number(),
  z.looseObject({
    name: z.string().nullish(),
    description: z.string().nullish(),
    credentialCategory: z.string().nullish(),
    educationalLevel: z.union([z.string(), z.looseObject({ name: z.string().nullish() })]).nullish(),
    monthsOfExperience: z.union([z.number(), z.string()]).nullish(),
  }),
]);
const ZTextField = z.union([ZTextNode, z.array(ZTextNode)]).nullish();

const ZJobPosting = z.looseObject({
  title: z.string().trim().min(1),
  description: z.string().nullish(),
  hiringOrganization: z.union([z.string(), z.looseObject({ name: z.string().nullish() })]).nullish(),
  qualifications: ZTextField,
  responsibilities: ZTextField,
  skills: ZTextField,
  experienceRequirements: ZTextField,
  educationRequirements: ZTextField,
});
type TJobPosting = z.infer<typeof ZJobPosting>;
type TTextNode = z.infer<typeof ZTextNode>;

/** The JobPosting properties requirements come from, in the order they are listed, with their headings. */
const REQUIREMENT_FIELDS = [
  ['qualifications', 'Qualifications'],
  ['responsibilities', 'Responsibilities'],
  ['skills', 'Skills'],
  ['experienceRequirements', 'Experience'],
  ['educationRequirements', 'Education'],
] as const;

const LIST_LABEL =
  /^(nice[- ]to[- ]haves?|preferred(?: qualifications| skills)?|bonus(?: points)?|pluses|desirable|must[- ]haves?|requirements?|required(?: skills| qualifications)?|minimum qualifications|basic qualifications)\s*:\s*(.*)$/i;

type TItem = { text: string; isNice: boolean };

/**
 * A schema.org JobPosting (JSON-LD, alone, in an array or in `@graph`) → a job. Requirements come
 * from `qualifications`, `responsibilities`, `skills`, `experienceRequirements` and
 * `educationRequirements`, split into items on list items, lines and sentences; items after
 * "Nice to have:" are nice-to-have. When none of those fields is filled, the HTML `description`
 * is read like any job description. `job.text` renders all of it, so each requirement's text
 * appears in it verbatim.
 */
export function parseJobPosting(json: unknown): TJob {
  const node = findJobPosting(json) ?? fromJsonResumeJob(json);
  if (!node) {
    throw new CandorError(
      'invalid_document',
      'this JSON is not a job posting: expected a schema.org JobPosting (JSON-LD with "@type": "JobPosting", alone, in an array or in "@graph") or a JSON Resume job (with "title" and "responsibilities", "qualifications" or "skills").',
      { location: '@type' },
    );
  }
  const parsed = ZJobPosting.safeParse(node);
  if (!parsed.success) throw describeInvalidField(parsed.error, node);
  const posting = parsed.data;

  const description = posting.description ? htmlToText(posting.description) : '';
  const organisation =
    typeof posting.hiringOrganization === 'string'
      ? posting.hiringOrganization
      : (posting.hiringOrganization?.name ?? '');

  const sections: Array<{ heading: string; items: TItem[] }> = [];
  for (const [field, heading] of REQUIREMENT_FIELDS) {
    const items = fieldItems(posting[field], field);
    if (items.length > 0) sections.push({ heading, items });
  }

  const textParts = [posting.title, organisation, description].filter((part) => part.trim().length > 0);
  for (const section of sections) {
    const lines = [section.heading];
    let isNiceList = false;
    for (const item of section.items) {
      if (item.isNice && !isNiceList) lines.push('Nice to have:');
      isNiceList = item.isNice;
      lines.push(`- ${item.text}`);
    }
    textParts.push(lines.join('\n'));
  }
  const text = textParts.join('\n\n');

  const requirements: TRequirement[] = [];
  const seen = new Set<string>();
  for (const section of sections) {
    for (const item of section.items) {
      const key = item.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      requirements.push({
        id: `R${requirements.length + 1}`,
        text: item.text,
        priority: item.isNice || isWordedAsNiceToHave(item.text) ? 'nice' : 'must',
        section: section.heading,
        keywords: extractKeywords(item.text),
      });
    }
  }
  if (requirements.length === 0 && description.length > 0) {
    return { title: posting.title, text, requirements: parseJobText(description).requirements };
  }
  return { title: posting.title, text, requirements: mergeNearDuplicates(requirements) };
}

/**
 * A job in the JSON Resume project's job schema (`title`, `company`, `description`,
 * `responsibilities`, `qualifications`, `skills` as `{ name, level, keywords }`) as the JobPosting
 * fields the rest of the parser reads; null when the JSON is not one.
 */
function fromJsonResumeJob(json: unknown): Record<string, unknown> | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  const hasLists = ['responsibilities', 'qualifications', 'skills'].some((field) =>
    Array.isArray(record[field]),
  );
  if (typeof record.title !== 'string' || !hasLists || record['@type'] !== undefined) return null;
  const texts = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
  const skills = Array.isArray(record.skills)
    ? record.skills.flatMap((skill) => {
        if (typeof skill === 'string') return [skill];
        if (typeof skill !== 'object' || skill === null) return [];
        const { name, keywords } = skill as { name?: unknown; keywords?: unknown };
        const terms = texts(keywords) ?? [];
        if (typeof name !== 'string') return terms.length > 0 ? [terms.join(', ')] : [];
        return [terms.length > 0 ? `${name} (${terms.join(', ')})` : name];
      })
    : undefined;
  return {
    title: record.title,
    ...(typeof record.description === 'string' ? { description: record.description } : {}),
    ...(typeof record.company === 'string' ? { hiringOrganization: record.company } : {}),
    ...(texts(record.qualifications) === undefined ? {} : { qualifications: texts(record.qualifications) }),
    ...(texts(record.responsibilities) === undefined
      ? {}
      : { responsibilities: texts(record.responsibilities) }),
    // One requirement per skill; `experience` is a seniority ("Mid-level"), not a requirement.
    ...(skills === undefined || skills.length === 0 ? {} : { skills: skills.map((name) => ({ name })) }),
  };
}

function describeInvalidField(error: z.ZodError, node: Record<string, unknown>): CandorError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || 'JobPosting';
  const top = issue?.path[0];
  const value = top === undefined ? node : node[String(top)];
  const found =
    value === undefined
      ? 'nothing'
      : Array.isArray(value)
        ? 'a list'
        : value === null
          ? 'null'
          : typeof value;
  const expected =
    field === 'title'
      ? 'the job title as text'
      : field.startsWith('hiringOrganization')
        ? 'an organisation name or object'
        : 'text, an object with a name or description, or a list of those';
  return new CandorError(
    'invalid_document',
    `the JobPosting field "${field}" should be ${expected} (found ${found}).`,
    {
      location: field,
    },
  );
}

function fieldItems(value: TJobPosting[keyof TJobPosting] | undefined, field: string): TItem[] {
  if (value === undefined || value === null) return [];
  const nodes = (Array.isArray(value) ? value : [value]) as TTextNode[];
  const isTermList =
    field === 'skills' &&
    nodes.length > 1 &&
    nodes.every(
      (node) => nodeText(node, field).split(/\s+/).length <= 4 && !/[.;]/.test(nodeText(node, field)),
    );
  // A list of bare terms ("Kubernetes", "Terraform", …) is one requirement per term; terms other
  // fields state more fully are merged into those later (mergeNearDuplicates).
  if (isTermList) return nodes.map((node) => ({ text: nodeText(node, field), isNice: false }));
  if (field === 'skills' && nodes.length === 1) {
    const only = nodeText(nodes[0] as TTextNode, field);
    const terms = only.split(/\s*,\s*/);
    if (terms.length > 1 && terms.every((term) => term.split(/\s+/).length <= 4 && !/[.;:]/.test(term)))
      return terms
        .filter((term) => term.length > 0)
        .map((term) => ({ text: term, isNice: isWordedAsNiceToHave(term) }));
  }
  return nodes.flatMap((node) => splitIntoItems(nodeText(node, field)));
}

function nodeText(node: TTextNode, field: string): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  const parts: string[] = [];
  const months =
    typeof node.monthsOfExperience === 'string' ? Number(node.monthsOfExperience) : node.monthsOfExperience;
  if (typeof months === 'number' && Number.isFinite(months) && months > 0) parts.push(describeMonths(months));
  const level =
    typeof node.educationalLevel === 'string' ? node.educationalLevel : node.educationalLevel?.name;
  const credential = node.credentialCategory ?? level;
  if (credential && field === 'educationRequirements')
    parts.push(capitalise(credential.replace(/([a-z])([A-Z])/g, '$1 $2')));
  if (node.name) parts.push(node.name);
  if (node.description) parts.push(node.description);
  return parts.join('\n');
}

function describeMonths(months: number): string {
  if (months % 12 === 0) {
    const years = months / 12;
    return `${years}+ year${years === 1 ? '' : 's'} of experience`;
  }
  return `${months}+ months of experience`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text (or HTML) → items: one per list item or line, split into sentences; "Nice to have:" starts optional items. */
function splitIntoItems(raw: string): TItem[] {
  const text = /<[a-z][\s\S]*>/i.test(raw) ? htmlToText(raw) : raw;
  const items: TItem[] = [];
  let isNice = false;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim().slice(bulletMarkerLength(rawLine.trim())).trim();
    if (line.length === 0) continue;
    const heading = /^#{1,6}\s+(.+)$/.exec(line)?.[1] ?? (/^[^:]{2,60}:$/.test(line) ? line : null);
    if (heading !== null) {
      isNice = classifyJobHeading(heading) === 'nice';
      continue;
    }
    for (const sentence of splitSentences(line)) {
      const label = LIST_LABEL.exec(sentence.text);
      if (label?.[1] !== undefined) {
        isNice = classifyJobHeading(normaliseHeading(label[1])) === 'nice';
        for (const part of (label[2] ?? '').split(/;\s+/)) pushItem(items, part, isNice);
      } else {
        pushItem(items, sentence.text, isNice);
      }
    }
  }
  return items;
}

function pushItem(items: TItem[], raw: string, isNice: boolean): void {
  const text = raw.replace(/[;,]\s*$/, '').trim();
  if (/[A-Za-z0-9]{2}/.test(text)) items.push({ text, isNice });
}
