import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { RECOMMENDATIONS, type TEvaluation } from '../evaluation.js';
import type { TJob } from '../job.js';
import type { TResume } from '../resume.js';
import type { TTranscript } from '../transcript.js';
import type { TModelJudgement } from './model-judgement.js';
import { findVerbatim } from './verify-quotes.js';

export type TGroundingSources = {
  job: TJob;
  resume: TResume;
  transcript: TTranscript;
  /** The offline engine's evaluation: its own text counts as a source too. */
  baseline: TEvaluation;
};

export type TGroundModelProseResult = {
  /** The judgement with every prose field holding only grounded sentences (possibly ''). */
  judgement: TModelJudgement;
  /** What was removed and where, in words: never the removed text. */
  notes: string[];
};

type TReason = 'unknown_terms' | 'unverified_quote' | 'repeated';

const nlp = winkNLP(model);
const its = nlp.its;

/** Number words a sentence may use without a source ("one example", "two answers"). */
const SMALL_NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten half once twice single'.split(' '),
);
/** Words Candor's own vocabulary puts in any report. */
const REPORT_WORDS = [
  ...RECOMMENDATIONS,
  'met partial gap gaps unverified non-answer non_answer weak adequate strong must-have nice-to-have',
  'resume transcript interview candidate turn turns question questions answer answers requirement requirements',
  'resume_discrepancy evasive assisted_answers manipulation_attempt inconsistency',
].join(' ');
/** Words a small turn number may follow ("turn 3", "answers 2 and 4"). */
const TURN_WORDS = new Set([
  'turn',
  'turns',
  'question',
  'questions',
  'answer',
  'answers',
  'and',
  'to',
  'or',
  ',',
]);
/** A sentence must have this many words for its repetition across fields to count. */
const REPEAT_MIN_WORDS = 5;

/**
 * Keeps only the sentences of a model's prose that rest on the sources. A sentence is dropped
 * when it
 * - puts in quotation marks text that is not verbatim in an answer, the resume, the job, a
 *   question or the offline evaluation;
 * - names something the sources do not hold: a proper noun (employer, person, product, title), a
 *   number, or a tool-like word (digits, inner capitals) found nowhere in the job, the resume, the
 *   transcript or the offline evaluation's text (small turn numbers after "turn" excepted);
 * - is repeated word for word in more than one field while the sources do not hold it: a model
 *   that writes the same sentence everywhere is not judging each thing it writes about.
 * Field texts keep their surviving sentences in order; a field left empty is '' (the merge falls
 * back to the offline engine's text). Deterministic; no I/O.
 */
export function groundModelProse(
  judgement: TModelJudgement,
  sources: TGroundingSources,
): TGroundModelProseResult {
  const sourceTexts = collectSourceTexts(sources);
  const vocabulary = buildVocabulary([...sourceTexts, REPORT_WORDS]);
  // The sources as one normalised text, to ask whether a repeated sentence is the sources' own.
  const sourceKeys = ` ${sourceTexts.map(sentenceKey).join(' | ')} `;
  const turnCount = sources.transcript.turns.length;

  // Every prose field, with a name for notes.
  const fields: { name: string; text: string; set: (text: string) => void }[] = [];
  const copy: TModelJudgement = structuredClone(judgement);
  const add = (name: string, get: () => string, set: (text: string) => void) =>
    fields.push({ name, text: get(), set });
  add(
    'the summary',
    () => copy.summary,
    (text) => (copy.summary = text),
  );
  add(
    'the alignment overview',
    () => copy.alignment.overview,
    (text) => (copy.alignment.overview = text),
  );
  for (const [kind, items] of [
    ['strength', copy.alignment.strengths],
    ['gap', copy.alignment.gaps],
  ] as const) {
    items.forEach((item, index) => {
      const label = `${kind} ${index + 1} (${item.requirementId})`;
      add(
        `the title of ${label}`,
        () => item.title,
        (text) => (item.title = text),
      );
      add(
        `the text of ${label}`,
        () => item.text,
        (text) => (item.text = text),
      );
    });
  }
  for (const entry of copy.requirements) {
    add(
      `the note on ${entry.requirementId}`,
      () => entry.note,
      (text) => (entry.note = text),
    );
  }
  add(
    'the technical skills summary',
    () => copy.technicalSkills.summary,
    (text) => (copy.technicalSkills.summary = text),
  );
  add(
    'the communication summary',
    () => copy.communication.summary,
    (text) => (copy.communication.summary = text),
  );
  for (const entry of copy.answers) {
    add(
      `turn ${entry.turn}'s evaluation`,
      () => entry.evaluation,
      (text) => (entry.evaluation = text),
    );
    add(
      `turn ${entry.turn}'s justification`,
      () => entry.justification,
      (text) => (entry.justification = text),
    );
  }
  copy.redFlags.forEach((flag, index) => {
    add(
      `red flag ${index + 1}'s summary`,
      () => flag.summary,
      (text) => (flag.summary = text),
    );
  });
  add(
    'the justification',
    () => copy.justification,
    (text) => (copy.justification = text),
  );

  const split = fields.map((field) => splitSentences(field.text));

  // Sentences repeated across fields (not from the sources).
  const fieldsByKey = new Map<string, Set<number>>();
  split.forEach((sentences, fieldIndex) => {
    for (const sentence of sentences) {
      const key = sentenceKey(sentence);
      if (key.split(' ').length < REPEAT_MIN_WORDS) continue;
      fieldsByKey.set(key, (fieldsByKey.get(key) ?? new Set()).add(fieldIndex));
    }
  });
  const repeated = new Set(
    [...fieldsByKey]
      .filter(([key, where]) => where.size > 1 && !sourceKeys.includes(` ${key} `))
      .map(([key]) => key),
  );

  const removed = new Map<TReason, { count: number; fields: string[] }>();
  fields.forEach((field, fieldIndex) => {
    const sentences = split[fieldIndex]!;
    const kept = sentences.filter((sentence) => {
      const reason = repeated.has(sentenceKey(sentence))
        ? 'repeated'
        : (checkSentence(sentence, sourceTexts, vocabulary, turnCount) ?? undefined);
      if (reason === undefined) return true;
      const entry = removed.get(reason) ?? { count: 0, fields: [] };
      entry.count++;
      if (!entry.fields.includes(field.name)) entry.fields.push(field.name);
      removed.set(reason, entry);
      return false;
    });
    if (kept.length !== sentences.length) field.set(kept.join(' '));
  });

  const notes: string[] = [];
  const describe: Record<TReason, string> = {
    repeated: 'repeated word for word across several fields',
    unverified_quote: 'put in quotation marks text found nowhere in the answers, the resume or the job',
    unknown_terms:
      'named numbers, names or tools found nowhere in the job, the resume, the transcript or the evidence-based evaluation',
  };
  for (const reason of ['repeated', 'unverified_quote', 'unknown_terms'] as const) {
    const entry = removed.get(reason);
    if (entry === undefined) continue;
    notes.push(
      `${entry.count} sentence${entry.count > 1 ? 's' : ''} the model wrote ${entry.count > 1 ? 'were' : 'was'} removed because ${entry.count > 1 ? 'they' : 'it'} ${describe[reason]}: in ${listFields(entry.fields)}.`,
    );
  }
  return { judgement: copy, notes };
}

/** Everything a model may rest a sentence on. */
function collectSourceTexts({ job, resume, transcript, baseline }: TGroundingSources): string[] {
  return [
    job.title,
    job.text,
    ...job.requirements.map((requirement) => `${requirement.id} ${requirement.text}`),
    resume.text,
    ...resume.claims.map((claim) => `${claim.id} ${claim.text}`),
    ...transcript.turns.flatMap((turn) => [turn.question, turn.answer]),
    ...collectStrings(baseline),
  ].filter((text) => text.trim().length > 0);
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

/** The reason a sentence is not grounded, or undefined when it is. */
function checkSentence(
  sentence: string,
  sources: readonly string[],
  vocabulary: ReadonlySet<string>,
  turnCount: number,
): TReason | undefined {
  for (const quoted of quotedSpans(sentence)) {
    if (!sources.some((source) => findVerbatim(source, quoted) !== undefined)) return 'unverified_quote';
  }

  const doc = nlp.readDoc(sentence);
  const words: string[] = doc.tokens().out();
  const tags: string[] = doc.tokens().out(its.pos);
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const tag = tags[index]!;
    if (!needsSource(word, tag, index === 0 || /^[:;("'“‘\-–—]$/.test(words[index - 1] ?? ''))) continue;
    if (isSmallTurnNumber(word, words[index - 1], turnCount)) continue;
    if (SMALL_NUMBER_WORDS.has(word.toLowerCase())) continue;
    const parts = termParts(word);
    if (parts.length > 0 && parts.every((part) => vocabulary.has(part))) continue;
    if (parts.length === 0) continue;
    return 'unknown_terms';
  }
  return undefined;
}

/** A proper noun, a number, or a tool-like word (a digit, or a capital after the first letter). */
function needsSource(word: string, tag: string, sentenceInitial: boolean): boolean {
  if (/\d/.test(word)) return true;
  if (/^\p{L}+$/u.test(word) && /\p{Ll}\p{Lu}/u.test(word)) return true;
  if (tag === 'NUM') return true;
  if (tag !== 'PROPN') return false;
  // Sentence-initial capitals are tagged PROPN too ("Strong answer."): ask again in lower case.
  if (sentenceInitial && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(word)) {
    return nlp.readDoc(`${word.toLowerCase()} thing`).tokens().out(its.pos)[0] === 'PROPN';
  }
  return true;
}

function isSmallTurnNumber(word: string, previous: string | undefined, turnCount: number): boolean {
  if (!/^\d+$/.test(word)) return false;
  const value = Number(word);
  return value >= 1 && value <= turnCount && previous !== undefined && TURN_WORDS.has(previous.toLowerCase());
}

/** Text between double quotation marks (straight or curly), trimmed; spans of one character are ignored. */
function quotedSpans(sentence: string): string[] {
  const spans: string[] = [];
  for (const match of sentence.matchAll(/"([^"]+)"|“([^”]+)”|„([^“”]+)[“”]/g)) {
    const span = (match[1] ?? match[2] ?? match[3] ?? '').trim().replace(/[.,;:]$/, '');
    if (span.length > 1) spans.push(span);
  }
  return spans;
}

function buildVocabulary(texts: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const part of termParts(text)) vocabulary.add(part);
  return vocabulary;
}

/** Lower-cased letter/digit runs, thousands separators removed ("1,200" → "1200"). */
function termParts(text: string): string[] {
  return text
    .replace(/(\d)[,’'](?=\d{3}\b)/g, '$1')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length > 0);
}

function splitSentences(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.length === 0) return [];
  return (nlp.readDoc(trimmed).sentences().out() as string[])
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** A sentence compared across fields: lower case, letters and digits only. */
function sentenceKey(sentence: string): string {
  return termParts(sentence).join(' ');
}

function listFields(fields: readonly string[]): string {
  const shown = fields.slice(0, 6);
  const more = fields.length - shown.length;
  const text = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown[0]!;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : text;
}
