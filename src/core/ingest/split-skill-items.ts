import { bulletMarkerLength } from './bullet-marker.js';

export type TSkillItem = {
  start: number;
  end: number;
  /** The skill without its parenthesised sub-items: "AWS" for "AWS (SageMaker, Lambda)". */
  name: string;
  /** A line's label in grouped skill lists: "Languages" in "Languages: Go, Python". */
  category: string | null;
};

const SEPARATORS = new Set([',', ';', '|', '•', '·', '●', '▪', '◦', '‣']);

/**
 * Skill items in `text.slice(from, to)`, split on commas, semicolons, pipes, bullets and line ends
 * but never inside parentheses, so "AWS (SageMaker, Lambda, EKS, S3)" stays one item. A line
 * break does not split when the next line opens a parenthesis (a PDF wrapping "Spanish" /
 * "(conversational)").
 */
export function splitSkillItems(text: string, from: number, to: number): TSkillItem[] {
  const items: TSkillItem[] = [];
  let depth = 0;
  let itemStart = from;
  let category: string | null = null;
  let blockCategory: string | null = null;
  let lineStart = true;

  const close = (end: number) => {
    pushItem(items, text, itemStart, end, category);
  };

  for (let index = from; index < to; index++) {
    if (lineStart) {
      lineStart = false;
      const lineEnd = text.indexOf('\n', index) === -1 ? to : Math.min(to, text.indexOf('\n', index));
      const line = text.slice(index, lineEnd);
      const leading = line.length - line.trimStart().length;
      const marker = bulletMarkerLength(line.trimStart());
      const label =
        /^(?:\*\*|__)?([A-Za-z][A-Za-z0-9 &/+.-]{1,30}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(?=\S)/.exec(
          line.slice(leading + marker),
        );
      if (depth === 0) {
        // "Cloud:" alone labels the lines below it; "Cloud: AWS, GCP" labels its own line.
        const labelOnly =
          /^(?:\*\*|__)?([A-Za-z][A-Za-z0-9 &/+.-]{1,30}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*$/.exec(
            line.slice(leading + marker),
          );
        if (labelOnly?.[1]) {
          blockCategory = labelOnly[1].trim();
          index = lineEnd - 1;
          itemStart = lineEnd;
          continue;
        }
        if (line.trim().length === 0) blockCategory = null;
        category = label?.[1] ? label[1].trim() : blockCategory;
        itemStart = index + leading + marker + (label ? label[0].length : 0);
        index = itemStart - 1;
        continue;
      }
    }
    const character = text[index]!;
    if (character === '(' || character === '[') depth++;
    else if ((character === ')' || character === ']') && depth > 0) depth--;
    else if (character === '\n') {
      const nextLine = text.slice(index + 1, to).trimStart();
      if (depth === 0 && !nextLine.startsWith('(')) {
        close(index);
        itemStart = index + 1;
        lineStart = true;
      }
    } else if (depth === 0 && SEPARATORS.has(character)) {
      close(index);
      itemStart = index + 1;
    }
  }
  close(to);
  return items;
}

function pushItem(
  items: TSkillItem[],
  text: string,
  from: number,
  to: number,
  category: string | null,
): void {
  const raw = text.slice(from, to);
  const leading = raw.length - raw.trimStart().length;
  let trimmed = raw.trim().replace(/[.;:]+$/, '');
  trimmed = trimmed.slice(bulletMarkerLength(trimmed));
  const start = from + raw.indexOf(trimmed, leading);
  if (trimmed.length === 0 || trimmed.length > 100 || !/[\p{L}\p{N}]/u.test(trimmed)) return;
  const name = trimmed
    .replace(/\s*[([][^)\]]*[)\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  items.push({ start, end: start + trimmed.length, name: name.length > 0 ? name : trimmed, category });
}
