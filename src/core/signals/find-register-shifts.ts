import type { TTurn } from '../transcript.js';
import type { TRegisterShift } from './signals.js';

/**
 * How an answer is written, as counts of casual and polished features. Neither is good or bad:
 * only an abrupt change between one answer and the next is a signal (of pasted or assisted
 * text), so a candidate who writes plainly, or in non-native English, throughout is never flagged.
 */
export type TRegister = { casual: string[]; polished: string[]; words: number };

const FORMAL_WORDS =
  /\b(primarily|significantly|consequently|furthermore|moreover|additionally|comprehensive|synthesi[sz]ing|leverag\w+|utili[sz]\w+|robust|facilitat\w+|ensuring|paramount|crucial|pivotal|nuanced|holistic|multifaceted|delve|in\s+summary|in\s+conclusion|overall,)\b/gi;

export function measureRegister(answer: string): TRegister {
  const text = answer.trim();
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const casual: string[] = [];
  const polished: string[] = [];
  if (/^[a-z]/.test(text)) casual.push('starts in lower case');
  if (/(^|\s)i(\s|$)/.test(text)) casual.push('lower-case "i"');
  const contractions = text.match(/\b(dont|im|cant|ive|doesnt|wont|didnt|isnt|thats|wasnt|youre)\b/gi);
  if (contractions) casual.push(`contractions without apostrophes ("${contractions[0]}")`);
  if (text.length > 0 && !/[.!?)"”:]$/.test(text) && words.length < 25) casual.push('no closing punctuation');

  const formal = text.match(FORMAL_WORDS);
  if (formal) polished.push(`formal vocabulary ("${formal.slice(0, 3).join('", "')}")`);
  if (/\([A-Z]{2,6}s?\)/.test(text)) polished.push('an acronym defined in parentheses');
  if (/^(#+\s|\*\*|[A-Z][\w -]{2,40}:\s)/m.test(text) && text.includes('\n')) polished.push('a heading line');
  if (/\be\.g\.|\bi\.e\./.test(text)) polished.push('"e.g."/"i.e." abbreviations');
  if (/[—–;]/.test(text)) polished.push('dashes or semicolons');
  const averageWordLength =
    words.reduce((sum, word) => sum + word.replace(/[^\p{L}]/gu, '').length, 0) / Math.max(1, words.length);
  if (words.length >= 20 && averageWordLength >= 5.2) polished.push('long words on average');
  return { casual, polished, words: words.length };
}

/**
 * Finds answers written in a markedly more polished register than the answer before them: the
 * earlier answer casual (two or more casual features, none polished) and the later one polished
 * (two or more polished features, none casual, at least 20 words). Polished answers that follow
 * straight after belong to the same shift.
 */
export function findRegisterShifts(turns: readonly TTurn[]): TRegisterShift[] {
  const shifts: TRegisterShift[] = [];
  const registers = turns.map((turn) => measureRegister(turn.answer));
  const isPolished = (register: TRegister) =>
    register.polished.length >= 2 && register.casual.length === 0 && register.words >= 20;
  let index = 1;
  while (index < turns.length) {
    const before = registers[index - 1]!;
    const isCasualBefore = before.casual.length >= 2 && before.polished.length === 0 && before.words > 0;
    if (!isCasualBefore || !isPolished(registers[index]!)) {
      index++;
      continue;
    }
    let last = index;
    while (last + 1 < turns.length && isPolished(registers[last + 1]!)) last++;
    const polishedTurns = turns.slice(index, last + 1);
    const range = last === index ? `turn ${index + 1}` : `turns ${index + 1}–${last + 1}`;
    const features = [...new Set(registers.slice(index, last + 1).flatMap((register) => register.polished))];
    shifts.push({
      fromTurn: index,
      toTurn: last + 1,
      description:
        `Turn ${index} is written casually (${before.casual.join(', ')}); ${range} switch${last === index ? 'es' : ''} ` +
        `abruptly to polished prose (${features.join(', ')}).`,
      evidence: [
        { source: 'transcript', turn: index, text: turns[index - 1]!.answer.trim() },
        ...polishedTurns.map((turn, offset) => ({
          source: 'transcript' as const,
          turn: index + 1 + offset,
          text: firstLine(turn.answer),
        })),
      ],
    });
    index = last + 1;
  }
  return shifts;
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > 0 ? line : text.trim();
}
