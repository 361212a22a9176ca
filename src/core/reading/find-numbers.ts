/**
 * Numbers in an answer, sorted by what they are: a quantity that measures something ("18,000
 * units", "40 minutes", "3.1", "99.8%"), or a designation that only names something — a
 * standard or code ("ISO 9001", "USP 795", "OSHA 30", "ECO 2231", "CVE-2021-44228"), a year
 * ("2023", "FY2022"), a version, a level or model number ("level 3", "GBX-400", "Year 8"). Only
 * quantities can be evidence of a result; designations are names.
 */
export type TNumberKind = 'quantity' | 'designation';
export type TFoundNumber = { text: string; value: string; kind: TNumberKind; start: number; end: number };

/** Digits, with thousands separators and decimals, optionally a currency sign before and a unit sign after. */
const NUMBER = /(?<![\p{L}\d.,:/-])([$€£¥]\s?)?(\d+(?:[.,]\d+)*)(\s?(?:%|k\b|K\b|x\b|×|°\s?[CF]?))?/gu;

/** Words that name a thing by its number ("level 3", "version 2", "rule 26"): a designation follows them. */
const LABEL_BEFORE =
  /(?:\b(?:level|lvl|rev|revision|version|v|release|section|sec|rule|article|art|part|chapter|form|grade|tier|step|phase|line|page|item|clause|schedule|class|type|model|no|number|room|unit|suite|building|floor|year|grado|nivel|nivel|artículo|regla|sección|niveau|article|règle|jahr|stufe|klasse)\.?|#|§)\s*$/iu;

/** A capitalised name or acronym right before the number: "ISO 9001", "USP 795", "OSHA 30", "Year 8". */
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]*|\p{Lu}{2,}[\p{L}\d]*)[ -]?$/u;

/** Month names before a year ("November 2023") in the languages the reader knows. */
const MONTH_BEFORE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s*,?\s*$/iu;

/** Words after which a four-digit number from 1900 to 2099 is a year. */
const YEAR_CONTEXT =
  /\b(?:in|since|from|by|until|till|of|during|before|after|early|late|mid|en|desde|depuis|seit|im|année|año|year|fy|cy)\s*$/iu;

function classify(text: string, start: number, match: RegExpExecArray): TNumberKind {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(start + match[0].length, start + match[0].length + 12);
  const digits = match[2]!;
  const hasUnitSign = match[1] !== undefined || match[3] !== undefined;
  if (hasUnitSign) return 'quantity';
  // Glued to letters or a hyphenated code: "FY2022", "GBX-400", "6061-T6", "A36", "M6".
  if (/[\p{L}][-]?$/u.test(before) && !/\s$/.test(before)) return 'designation';
  if (/^-?\p{L}/u.test(after) && /^-\p{L}*\d/u.test(after)) return 'designation';
  if (/^[-:]\d/.test(after) && !/^:\d\b/.test(after)) return 'designation';
  // A year: four digits 1900–2099 standing alone, or after "in", "since", a month.
  const value = Number(digits.replace(/,/g, ''));
  if (
    /^(19|20)\d\d$/.test(digits) &&
    (YEAR_CONTEXT.test(before) || MONTH_BEFORE.test(before) || !/\d/.test(after))
  )
    return 'designation';
  if (MONTH_BEFORE.test(before)) return 'designation';
  if (LABEL_BEFORE.test(before)) return 'designation';
  // "ISO 9001", "USP 795", "Section 508": a capitalised word or acronym right before. Not after a
  // sentence's first word ("About 180 features"), where the capital is only the sentence's.
  const name = NAME_BEFORE.exec(before);
  if (name && /[\s-]$/.test(before)) {
    const word = name[1]!;
    const isSentenceStart = /(?:^|[.!?:;\n]\s*)$/.test(before.slice(0, before.length - word.length - 1));
    const isAcronym = /^\p{Lu}{2,}/u.test(word);
    if (isAcronym || !isSentenceStart) return value >= 1 ? 'designation' : 'quantity';
  }
  return 'quantity';
}

/**
 * Every number written in digits in `text`, with whether it measures or names.
 *
 * @example
 *   findNumbers('Errors went from about 80 per 10,000 to about 20.').map((n) => n.kind) // ['quantity', 'quantity', 'quantity']
 *   findNumbers('Released under ECO 2231, ISO 9001:2015, in 2021.').map((n) => n.kind)  // ['designation', 'designation', 'designation']
 *   findNumbers('Drop-off went to about 12%.')[0]?.text                                 // '12%'
 */
export function findNumbers(text: string): TFoundNumber[] {
  const found: TFoundNumber[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
    const start = match.index;
    const raw = match[0].trimEnd();
    found.push({
      text: raw,
      value: match[2]!.replace(/,(?=\d{3}\b)/g, ''),
      kind: classify(text, start, match),
      start,
      end: start + raw.length,
    });
  }
  return found;
}
