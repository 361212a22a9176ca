import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TJob } from '../../job.js';
import { parseJobText } from '../../ingest/parse-job.js';
import { parseResumeText } from '../../ingest/parse-resume.js';
import { parseTranscript } from '../../parse-transcript.js';
import type { TResume } from '../../resume.js';
import type { TTranscript, TTurnInput } from '../../transcript.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const SEED_CASE = `${repoRoot}test/fixtures/cases/seed-genai-engineer/`;
export const EXAMPLES = `${repoRoot}examples/`;

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function exampleJob(): TJob {
  return parseJobText(readText(`${EXAMPLES}job.md`));
}

export function exampleResume(edit: (text: string) => string = (text) => text): TResume {
  return parseResumeText(edit(readText(`${EXAMPLES}resume.md`)));
}

export function seedCase(): { job: TJob; resume: TResume; transcript: TTranscript } {
  return {
    job: parseJobText(readText(`${SEED_CASE}job.md`)),
    resume: parseResumeText(readText(`${SEED_CASE}resume.md`)),
    transcript: parseTranscript(JSON.parse(readText(`${SEED_CASE}transcript.json`)), 'transcript.json'),
  };
}

/** A Candor transcript from question/answer pairs (ids t1…, requirement ids as given). */
export function transcriptOf(
  turns: ReadonlyArray<{ question: string; answer: string; requirementIds?: readonly string[]; type?: TTurnInput['type'] }>,
): TTranscript {
  return parseTranscript({
    version: 1,
    turns: turns.map((turn, index) => ({
      id: `t${index + 1}`,
      type: turn.type ?? 'JD',
      question: turn.question,
      answer: turn.answer,
      requirementIds: [...(turn.requirementIds ?? [])],
    })),
  });
}
