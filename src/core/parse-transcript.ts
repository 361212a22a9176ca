import { CandorError } from './candor-error.js';
import {
  type TQuestionType,
  type TTranscript,
  ZQuestionType,
  ZSimpleTranscriptEntry,
  ZTranscript,
} from './transcript.js';

export type TSafeParseResult<T> = { success: true; value: T } | { success: false; error: CandorError };

const TYPE_ALIASES: Record<string, TQuestionType> = {
  jd: 'JD',
  job: 'JD',
  resume: 'Resume',
  cv: 'Resume',
  behavioral: 'Behavioral',
  behavioural: 'Behavioral',
  situational: 'Situational',
  'follow-up': 'Follow-up',
  followup: 'Follow-up',
  'follow up': 'Follow-up',
  probe: 'Follow-up',
  closing: 'Closing',
};

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function fail(message: string, location: string): never {
  throw new CandorError('invalid_transcript', message, { location });
}

/**
 * A transcript from parsed JSON, in either form: the seed's array of `{type, question, answer}`,
 * or Candor's `{version: 1, turns: [...]}`. Throws a CandorError naming the bad turn and field.
 * `source` (a file name) is used in messages.
 */
export function parseTranscript(json: unknown, source = 'transcript'): TTranscript {
  if (Array.isArray(json)) {
    if (json.length === 0) fail(`${source}: the transcript has no turns.`, source);
    const turns = json.map((entry, index) => {
      const parsed = ZSimpleTranscriptEntry.safeParse(entry);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = describePath(issue.path) || '(the turn itself)';
        fail(
          `${source}: turn ${index + 1}, field "${field}": ${issue.message}.`,
          `${source}[${index}].${field}`,
        );
      }
      const type = TYPE_ALIASES[parsed.data.type.trim().toLowerCase()];
      if (!type) {
        fail(
          `${source}: turn ${index + 1}, field "type": "${parsed.data.type}" is not a question type (expected one of ${ZQuestionType.options.join(', ')}).`,
          `${source}[${index}].type`,
        );
      }
      return {
        id: `t${index + 1}`,
        type,
        question: parsed.data.question,
        answer: parsed.data.answer,
        requirementIds: [],
        claimIds: [],
      };
    });
    return { version: 1, turns };
  }
  if (typeof json !== 'object' || json === null) {
    fail(
      `${source}: expected an array of {type, question, answer} or an object {version: 1, turns: [...]}.`,
      source,
    );
  }
  const parsed = ZTranscript.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [first, index, ...rest] = issue.path;
    const where =
      first === 'turns' && typeof index === 'number'
        ? `turn ${index + 1}${rest.length > 0 ? `, field "${describePath(rest)}"` : ''}`
        : `field "${describePath(issue.path)}"`;
    fail(`${source}: ${where}: ${issue.message}.`, `${source}.${describePath(issue.path)}`);
  }
  const transcript = parsed.data;
  if (transcript.turns.length === 0) fail(`${source}: the transcript has no turns.`, source);
  const ids = new Set<string>();
  transcript.turns.forEach((turn, index) => {
    if (ids.has(turn.id))
      fail(
        `${source}: turn ${index + 1}, field "id": "${turn.id}" is used by an earlier turn.`,
        `${source}.turns[${index}].id`,
      );
    if (turn.followUpOf !== undefined && !ids.has(turn.followUpOf)) {
      fail(
        `${source}: turn ${index + 1}, field "followUpOf": "${turn.followUpOf}" is not the id of an earlier turn.`,
        `${source}.turns[${index}].followUpOf`,
      );
    }
    ids.add(turn.id);
  });
  return transcript;
}

export function safeParseTranscript(json: unknown, source?: string): TSafeParseResult<TTranscript> {
  try {
    return { success: true, value: parseTranscript(json, source) };
  } catch (error) {
    if (CandorError.isInstance(error)) return { success: false, error };
    throw error;
  }
}
