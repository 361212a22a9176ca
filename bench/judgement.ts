/**
 * The model judgement's size and Candor's own cost around it:
 * - the seed case's prompt in tokens, as a ratio to one prompt holding just the job, the resume and
 *   the transcript (the goal: at most 1.5×), with and without the output schema;
 * - the input and output tokens of every call, from the audit log of a real evaluation against a
 *   scripted OpenAI-compatible server on 127.0.0.1 that counts the tokens it receives;
 * - a 500-turn interview: its prompt before and after trimming to the default budget;
 * - time: building the prompt and grounding a model's judgement, as ratios to the offline
 *   evaluation of the same case measured in the same run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { TAuditEntry } from '../src/adapters/audit-log.js';
import { evaluateCandidate } from '../src/app/evaluate-candidate.js';
import { parseJobText } from '../src/core/ingest/parse-job.js';
import { parseResumeText } from '../src/core/ingest/parse-resume.js';
import { buildJudgementPrompt, DEFAULT_TOKEN_BUDGET } from '../src/core/judgement/build-judgement-prompt.js';
import { estimateTokens } from '../src/core/judgement/estimate-tokens.js';
import { mergeJudgement } from '../src/core/judgement/merge-judgement.js';
import { type TModelJudgement, ZModelJudgement } from '../src/core/judgement/model-judgement.js';
import { parseTranscript } from '../src/core/parse-transcript.js';
import { evaluateOffline } from '../src/core/rubric/evaluate-offline.js';
import { flatteringJudgement, INVENTED_SENTENCES } from '../test/support/flattering-judgement.js';
import { startScriptedOpenAIServer } from '../test/support/scripted-openai-server.js';
import { measure, type TMeasurement } from './measure.js';

const seedDirectory = new URL('../test/fixtures/cases/seed-genai-engineer/', import.meta.url);

export async function benchJudgement(print: (line: string) => void): Promise<TMeasurement[]> {
  const jobText = readFileSync(new URL('job.md', seedDirectory), 'utf8');
  const resumeText = readFileSync(new URL('resume.md', seedDirectory), 'utf8');
  const turns = JSON.parse(readFileSync(new URL('transcript.json', seedDirectory), 'utf8'));
  const job = parseJobText(jobText);
  const resume = parseResumeText(resumeText);
  const transcript = parseTranscript(turns);
  const { evaluation: baseline, signals } = evaluateOffline({ job, resume, transcript });

  // 1. Tokens: Candor's prompt against one holding just the job, the resume and the transcript.
  const plain = [
    jobText,
    resumeText,
    transcript.turns.map((turn) => `Q: ${turn.question}\nA: ${turn.answer}`).join('\n\n'),
  ].join('\n\n');
  const reference = estimateTokens(plain);
  const built = buildJudgementPrompt({ job, resume, transcript, signals });
  const schemaTokens = estimateTokens(JSON.stringify(z.toJSONSchema(ZModelJudgement)));
  const ratio = (value: number) => `${(value / reference).toFixed(2)}×`;
  print(`seed case: job + resume + transcript alone                         ${reference} tokens`);
  print(
    `seed case: judgement prompt (system + prompt)                      ${built.estimatedTokens} tokens (${ratio(built.estimatedTokens)}; goal ≤ 1.50×)`,
  );
  print(
    `seed case: with the output schema the request also carries          ${built.estimatedTokens + schemaTokens} tokens (${ratio(built.estimatedTokens + schemaTokens)}; schema ${schemaTokens})`,
  );

  // 2. Every call's tokens, from the audit log of a real evaluation over HTTP.
  const reply = JSON.stringify(
    flatteringJudgement({
      requirementIds: job.requirements.map((requirement) => requirement.id),
      answers: transcript.turns.map((turn) => turn.answer),
      sentence: INVENTED_SENTENCES.praise,
    }),
  );
  const server = await startScriptedOpenAIServer(
    (request) => ({
      kind: 'content',
      content: reply,
      usage: {
        promptTokens: estimateTokens(JSON.stringify(request.body?.messages ?? [])) + schemaTokens,
        completionTokens: estimateTokens(reply),
      },
    }),
    'ollama',
  );
  const directory = mkdtempSync(join(tmpdir(), 'candor-bench-judgement-'));
  try {
    const auditLogPath = join(directory, 'audit.jsonl');
    await evaluateCandidate({
      job,
      resume,
      transcript,
      model: `openai-compatible:${server.baseURL}#bench`,
      env: {},
      auditLogPath,
    });
    const entries = readFileSync(auditLogPath, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as TAuditEntry);
    for (const entry of entries) {
      print(
        `seed case: ${entry.operation} call ${entry.attempt}: input ${entry.inputTokens} tokens (Candor's estimate ${entry.estimatedInputTokens}), output ${entry.outputTokens} tokens`,
      );
    }
  } finally {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  }

  // 3. A 500-turn interview against the default budget.
  const long = parseTranscript({
    version: 1,
    turns: Array.from({ length: 500 }, (_, index) => {
      const turn = transcript.turns[index % transcript.turns.length]!;
      return {
        id: `t${index + 1}`,
        type: 'JD',
        question: `${turn.question} (${index + 1})`,
        answer: `${turn.answer} ${turn.answer}`,
      };
    }),
  });
  const longSignals = evaluateOffline({ job, resume, transcript: long }).signals;
  const untrimmed = buildJudgementPrompt({
    job,
    resume,
    transcript: long,
    signals: longSignals,
    tokenBudget: Number.MAX_SAFE_INTEGER,
  });
  const trimmed = buildJudgementPrompt({
    job,
    resume,
    transcript: long,
    signals: longSignals,
    reservedTokens: schemaTokens,
  });
  print(
    `500 turns: prompt ${untrimmed.estimatedTokens} tokens untrimmed, ${trimmed.estimatedTokens + schemaTokens} sent with the schema (budget ${DEFAULT_TOKEN_BUDGET}; ${trimmed.trimmed?.shortened.length ?? 0} answers shortened, ${trimmed.trimmed?.omitted.length ?? 0} left out)`,
  );

  // 4. Time, as ratios to the offline evaluation measured here.
  const offline = await measure('seed case: offline evaluation (reference)', 300, () =>
    evaluateOffline({ job, resume, transcript }),
  );
  const prompt = await measure('seed case: build the judgement prompt', 300, () =>
    buildJudgementPrompt({ job, resume, transcript, signals }),
  );
  const judgement = JSON.parse(reply) as TModelJudgement;
  const context = { job, resume, transcript, signals, model: 'bench', promptVersion: 'bench' };
  const merge = await measure('seed case: ground and merge a model judgement', 100, () =>
    mergeJudgement(baseline, judgement, context),
  );
  const longOffline = await measure('500 turns: offline evaluation (reference)', 5, () =>
    evaluateOffline({ job, resume, transcript: long }),
  );
  const longPrompt = await measure('500 turns: build and trim the judgement prompt', 5, () =>
    buildJudgementPrompt({
      job,
      resume,
      transcript: long,
      signals: longSignals,
      reservedTokens: schemaTokens,
    }),
  );
  const against = (measurement: TMeasurement, base: TMeasurement): TMeasurement => ({
    ...measurement,
    name: `${measurement.name} (${(measurement.medianMs / base.medianMs).toFixed(1)}× offline)`,
  });
  return [
    offline,
    against(prompt, offline),
    against(merge, offline),
    longOffline,
    against(longPrompt, longOffline),
  ];
}
