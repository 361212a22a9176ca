/** A span of employment or study dates found in a line, normalised to "YYYY" or "YYYY-MM". */
export type TDateRange = {
  /** Offsets of the dates in the searched string. */
  start: number;
  end: number;
  from: string;
  /** "present" for ongoing ("2021 to present", "since 2021", "2021 –"). */
  to: string;
};

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const YEAR = '(?:19|20)\\d{2}';
const DATE = `(?:(?:${MONTH}|${SEASON}),?\\s+${YEAR}|(?:0?[1-9]|1[0-2])[/.]${YEAR}|${YEAR}[-/.](?:0[1-9]|1[0-2])(?:[-/.]\\d{2})?(?!\\d)|${YEAR})`;
const ONGOING = '(?:present|current|currently|now|today|ongoing|date)';
const SEPARATOR = '\\s*(?:-|–|—|−|~|→|to|until|till|through|thru)\\s*';

const RANGE = new RegExp(`(?<![\\w/.-])(${DATE})${SEPARATOR}(${DATE}|${ONGOING})(?![\\w])`, 'i');
const SINCE = new RegExp(`\\bsince\\s+(${DATE})(?![\\w])`, 'i');
const OPEN_ENDED = new RegExp(`(?<![\\w/.-])(${DATE})\\s*(?:-|–|—)\\s*$`, 'i');

const MONTH_NUMBERS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** The first date range in `text`, or null. */
export function findDateRange(text: string): TDateRange | null {
  const range = RANGE.exec(text);
  if (range?.[1] && range[2]) {
    return {
      start: range.index,
      end: range.index + range[0].length,
      from: normaliseDate(range[1]),
      to: normaliseDate(range[2]),
    };
  }
  const since = SINCE.exec(text) ?? OPEN_ENDED.exec(text);
  if (since?.[1]) {
    return {
      start: since.index,
      end: since.index + since[0].trimEnd().length,
      from: normaliseDate(since[1]),
      to: 'present',
    };
  }
  return null;
}

/** "Jan 2019" → "2019-01", "03/2021" → "2021-03", "2019-01-15" → "2019-01", "Present" → "present". */
export function normaliseDate(raw: string): string {
  const text = raw.trim().toLowerCase();
  if (new RegExp(`^${ONGOING}$`).test(text)) return 'present';
  const year = /(?:19|20)\d{2}/.exec(text)?.[0] ?? text;
  const monthName = /^([a-z]{3})/.exec(text)?.[1];
  if (monthName && MONTH_NUMBERS[monthName]) return `${year}-${MONTH_NUMBERS[monthName]}`;
  const numericMonthFirst = /^(\d{1,2})[/.]\d{4}$/.exec(text)?.[1];
  if (numericMonthFirst) return `${year}-${numericMonthFirst.padStart(2, '0')}`;
  const isoMonth = /^\d{4}[-/.](\d{2})/.exec(text)?.[1];
  if (isoMonth) return `${year}-${isoMonth}`;
  return year;
}
