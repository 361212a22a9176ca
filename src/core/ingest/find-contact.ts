import type { TContact } from '../resume.js';
import { findDateRange } from './find-date-range.js';
import { splitTextLines } from './text-lines.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\w.+/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}(?![\w/])/g;
const URL =
  /(?<![@\w.-])(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|io|dev|ai|co|me|app|edu|tech|info|xyz|page|site|uk|de|fr|eu|ca|au|in|nl|ch|se|es|it|us|gg|sh|so|ly|to|cc|link|blog|online|pro)(?![a-z0-9-])(?::\d+)?(?:\/[^\s,;)<>"'|]*)?/gi;

const NAME_PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'del',
  'della',
  'la',
  'le',
  'di',
  'du',
  'bin',
  'binti',
  'al',
  'el',
  'ibn',
  'y',
  'e',
]);
const NOT_A_NAME = /^(?:resume|résumé|cv|curriculum vitae|contact|profile|summary)$/i;

/** Name (from the top of the resume, when it reads as a name), emails, phone numbers and web addresses. */
export function findContact(text: string): TContact {
  return { name: findName(text), emails: findEmails(text), phones: findPhones(text), urls: findUrls(text) };
}

function findName(text: string): string | null {
  const lines = splitTextLines(text).filter((line) => line.text.length > 0);
  for (const line of lines.slice(0, 3)) {
    const cleaned = line.text
      .replace(/^#{1,6}\s+/, '')
      .replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/, '$1')
      .replace(/^name\s*:\s*/i, '')
      .trim();
    if (NOT_A_NAME.test(cleaned)) continue;
    // "Priya Raman | Backend Engineer" or "Priya Raman — Oakland, CA": the name is the first part.
    const candidate = cleaned.split(/\s+[|·•—–]\s+|,\s+|\t/)[0]?.trim() ?? '';
    return looksLikeName(candidate) ? candidate : null;
  }
  return null;
}

function looksLikeName(candidate: string): boolean {
  if (candidate.length < 3 || candidate.length > 60 || /[\d@/:]/.test(candidate)) return false;
  const words = candidate.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every(
    (word) =>
      NAME_PARTICLES.has(word.toLowerCase()) ||
      /^\p{Lu}[\p{L}'’.-]*$/u.test(word) ||
      /^\p{Lu}\.$/u.test(word),
  );
}

function findEmails(text: string): string[] {
  return unique([...text.matchAll(EMAIL)].map((match) => match[0].replace(/\.$/, '')));
}

function findPhones(text: string): string[] {
  const phones: string[] = [];
  for (const match of text.matchAll(PHONE)) {
    const phone = match[0].trim();
    const digits = phone.replace(/\D/g, '').length;
    if (digits < 9 || digits > 15) continue;
    // Date spans ("2019 - 2022", "2017-2021") have the digits of a phone number but not its shape.
    if (findDateRange(phone) !== null || /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(phone)) continue;
    phones.push(phone);
  }
  return unique(phones);
}

function findUrls(text: string): string[] {
  const urls: string[] = [];
  for (const match of text.matchAll(URL)) {
    let url = match[0].replace(/[.,:]+$/, '');
    const end = (match.index ?? 0) + match[0].length;
    // A PDF column can wrap a long address after a hyphen: "github.com/priyaraman-" / "example".
    if (url.endsWith('-')) {
      const rest = /^\n([A-Za-z0-9_\-/.]+)/.exec(text.slice(end));
      if (rest?.[1]) url += rest[1].replace(/[.,:]+$/, '');
    }
    urls.push(url);
  }
  return unique(urls);
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
