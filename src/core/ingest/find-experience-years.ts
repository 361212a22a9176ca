import type { TSpan } from '../text/split-sentences.js';
import { isContinuationLine } from './continuation-line.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const YEARS =
  /(?<![\w.])(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s*(\+|plus)?\s*(?:years?|yrs?\.?)(?![\w])(?!\s+old)/gi;

export type TExperienceYears = TSpan & { years: number };

/**
 * "4+ years of experience building LLMs", "7 years building payment services", "five years in
 * retail": each statement from its number to the end of its clause, with the years as a number.
 * Outside a summary a statement counts only when it speaks of experience, so "ran it for 3 years"
 * in a bullet is not mistaken for a career length.
 */
export function findExperienceYears(
  text: string,
  from: number,
  to: number,
  mustMentionExperience: boolean,
): TExperienceYears[] {
  const found: TExperienceYears[] = [];
  const region = text.slice(from, to);
  YEARS.lastIndex = 0;
  let match: RegExpExecArray | null = YEARS.exec(region);
  while (match !== null) {
    const number = match[1]!.toLowerCase();
    const years = NUMBER_WORDS[number] ?? Number(number);
    const start = from + match.index;
    let end = clauseEndAfter(text, start + match[0].length, to);
    if (end - start > 120) end = start + text.slice(start, start + 120).lastIndexOf(' ');
    const clause = text.slice(start, end).trim();
    const lead = text.slice(Math.max(from, start - 40), start);
    const isAboutExperience = /experience/i.test(clause) || /experience/i.test(lead);
    if (years > 0 && years <= 50 && (!mustMentionExperience || isAboutExperience)) {
      found.push({ text: clause, start, end: start + clause.length, years });
    }
    match = YEARS.exec(region);
  }
  return found;
}

/** Where the clause running from `from` ends: at a comma, semicolon or full stop, or at a line end unless the sentence wraps onto the next line. */
function clauseEndAfter(text: string, from: number, to: number): number {
  const terminator = /[,;!?\n]|\.(?=\s|$)/g;
  terminator.lastIndex = from;
  let found = terminator.exec(text);
  while (found !== null && found.index < to) {
    if (found[0] !== '\n') return found.index;
    const lineStart = text.lastIndexOf('\n', found.index - 1) + 1;
    const nextEnd = text.indexOf('\n', found.index + 1);
    const line = text.slice(lineStart, found.index).trim();
    const nextLine = text.slice(found.index + 1, nextEnd === -1 ? to : Math.min(nextEnd, to)).trim();
    if (!isContinuationLine(line, nextLine)) return found.index;
    found = terminator.exec(text);
  }
  return to;
}
