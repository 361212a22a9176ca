import type { TContact } from '../resume.js';

export type TRedactor = {
  /** Replaces the candidate's personal details with placeholders such as `[CANDIDATE_NAME]`, `[EMAIL_1]`. */
  redact(text: string): string;
  /** Puts back every placeholder this redactor has handed out, exactly as the original text had it. */
  restore(text: string): string;
};

type TRule = { base: string; numbered: boolean; pattern: RegExp; accept?: (match: string) => boolean };

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';
const ANY_EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const ANY_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/giu;
/** International numbers written with a leading `+`; other phone numbers only when the contact lists them. */
const ANY_INTERNATIONAL_PHONE = /(?<![\p{L}\p{N}])\+\d[\d\s().-]{6,}\d(?!\p{N})/gu;
const PLACEHOLDER =
  /\[(?:CANDIDATE_(?:NAME|FIRST_NAME|MIDDLE_NAME|LAST_NAME)(?:_\d+)?|(?:EMAIL|PHONE|URL)_\d+)\]/g;

/**
 * A redactor for one candidate, used before text leaves the machine (a model provider's API) and
 * to restore the reply. It replaces the contact's emails, phone numbers and URLs (and any other
 * email address, `http(s)://`/`www.` URL or `+` phone number), then the full name and each name
 * part as a whole word. Name parts are matched only when capitalised, so a candidate called
 * "Will" or "May" does not blank out "will" and "may". Each distinct spelling gets its own
 * placeholder, so `restore` gives back exactly the original text.
 */
export function createRedactor(contact: TContact): TRedactor {
  const placeholderBySurface = new Map<string, string>();
  const surfaceByPlaceholder = new Map<string, string>();
  const counters = new Map<string, number>();

  const placeholderFor = (base: string, numbered: boolean, surface: string): string => {
    const known = placeholderBySurface.get(`${base}\u0000${surface}`);
    if (known !== undefined) return known;
    const count = (counters.get(base) ?? 0) + 1;
    counters.set(base, count);
    const placeholder = numbered ? `[${base}_${count}]` : count === 1 ? `[${base}]` : `[${base}_${count}]`;
    placeholderBySurface.set(`${base}\u0000${surface}`, placeholder);
    surfaceByPlaceholder.set(placeholder, surface);
    return placeholder;
  };

  const rules = buildRules(contact);

  return {
    redact(text) {
      let result = text;
      for (const rule of rules) {
        result = result.replace(rule.pattern, (match) =>
          rule.accept === undefined || rule.accept(match)
            ? placeholderFor(rule.base, rule.numbered, match)
            : match,
        );
      }
      return result;
    },
    restore(text) {
      return text.replace(PLACEHOLDER, (placeholder) => surfaceByPlaceholder.get(placeholder) ?? placeholder);
    },
  };
}

function buildRules(contact: TContact): TRule[] {
  const rules: TRule[] = [];
  // Emails and URLs first: they can contain the name ("maya.okafor@…", "…/in/maya-okafor").
  for (const email of nonEmpty(contact.emails)) {
    rules.push({ base: 'EMAIL', numbered: true, pattern: new RegExp(escapeRegExp(email), 'giu') });
  }
  rules.push({ base: 'EMAIL', numbered: true, pattern: ANY_EMAIL });
  for (const url of nonEmpty(contact.urls)) {
    const bare = url.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
    rules.push({
      base: 'URL',
      numbered: true,
      pattern: new RegExp(`(?:https?:\\/\\/)?${escapeRegExp(bare)}\\/?${NOT_WORD_AFTER}`, 'giu'),
    });
  }
  rules.push({ base: 'URL', numbered: true, pattern: ANY_URL });
  for (const phone of nonEmpty(contact.phones)) {
    for (const pattern of phonePatterns(phone)) rules.push({ base: 'PHONE', numbered: true, pattern });
  }
  rules.push({ base: 'PHONE', numbered: true, pattern: ANY_INTERNATIONAL_PHONE });

  const parts = (contact.name ?? '')
    .split(/\s+/)
    .map((part) => part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((part) => part.length >= 2);
  if (parts.length >= 2) {
    rules.push({
      base: 'CANDIDATE_NAME',
      numbered: false,
      pattern: new RegExp(
        `${NOT_WORD_BEFORE}${parts.map(escapeRegExp).join('\\s+')}${NOT_WORD_AFTER}`,
        'giu',
      ),
    });
  }
  parts.forEach((part, index) => {
    const base =
      parts.length === 1
        ? 'CANDIDATE_NAME'
        : index === 0
          ? 'CANDIDATE_FIRST_NAME'
          : index === parts.length - 1
            ? 'CANDIDATE_LAST_NAME'
            : 'CANDIDATE_MIDDLE_NAME';
    rules.push({
      base,
      numbered: false,
      pattern: new RegExp(`${NOT_WORD_BEFORE}${escapeRegExp(part)}${NOT_WORD_AFTER}`, 'giu'),
      accept: isCapitalised,
    });
  });
  return rules;
}

/** The phone's digits with any separators between them, with and without its country code. */
function phonePatterns(phone: string): RegExp[] {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return [];
  const variants = [digits];
  if (digits.length > 10) variants.push(digits.slice(-10));
  return variants.map(
    (variant) => new RegExp(`(?<!\\d)(?:\\+\\s*)?${[...variant].join('[\\s().-]*')}(?!\\d)`, 'gu'),
  );
}

function isCapitalised(match: string): boolean {
  const first = match.charAt(0);
  return first !== first.toLowerCase();
}

function nonEmpty(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value.length > 0))];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
