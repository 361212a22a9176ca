import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ZEvaluation } from '../../src/core/evaluation.js';
import { flatteringJudgement, INVENTED_SENTENCES } from '../support/flattering-judgement.js';
import { startScriptedOpenAIServer, type TScriptedOpenAIServer } from '../support/scripted-openai-server.js';
import { EXAMPLES, runCli, SEED_CASE } from './run-cli.js';

const seedArgs = [
  '--job',
  `${SEED_CASE}job.md`,
  '--resume',
  `${SEED_CASE}resume.md`,
  '--transcript',
  `${SEED_CASE}transcript.json`,
];
const temporary = () => mkdtempSync(join(tmpdir(), 'candor-cli-'));

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

describe('candor evaluate', () => {
  it('writes the seed case report as Markdown on stdout and progress on stderr', async () => {
    const result = await runCli(['evaluate', ...seedArgs]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Candidate Evaluation Report/);
    expect(result.stdout).toContain('**Recommendation:** Do Not Recommend');
    expect(result.stdout).toContain('"i dont know how"');
    expect(result.stderr).toMatch(/Reading resume/);
    expect(result.stderr).toMatch(/Recommendation: Do Not Recommend/);
  });

  it('is byte-identical across runs', async () => {
    const first = await runCli(['evaluate', ...seedArgs, '--quiet']);
    const second = await runCli(['evaluate', ...seedArgs, '--quiet']);
    expect(first.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  });

  it('writes JSON that validates against the report schema, and HTML, to --out', async () => {
    const directory = temporary();
    const json = await runCli([
      'evaluate',
      ...seedArgs,
      '--format',
      'json',
      '--out',
      join(directory, 'nested', 'report.json'),
    ]);
    expect(json.code).toBe(0);
    const report = ZEvaluation.parse(
      JSON.parse(readFileSync(join(directory, 'nested', 'report.json'), 'utf8')),
    );
    expect(report.recommendation).toBe('Do Not Recommend');
    expect(report.redFlags.map((flag) => flag.kind)).toEqual(
      expect.arrayContaining(['resume_discrepancy', 'assisted_answers']),
    );
    const html = await runCli([
      'evaluate',
      ...seedArgs,
      '--format',
      'html',
      '--out',
      join(directory, 'report.html'),
    ]);
    expect(html.code).toBe(0);
    const page = readFileSync(join(directory, 'report.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<table');
    expect(page).toContain('Do Not Recommend');
  });

  it('reads the example PDF resume', async () => {
    const result = await runCli([
      'evaluate',
      '--job',
      `${EXAMPLES}job.md`,
      '--resume',
      `${EXAMPLES}resume.pdf`,
      '--transcript',
      `${EXAMPLES}transcript.json`,
      '--quiet',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('**Candidate:** Priya Raman');
  });

  it('flags the invisible injection in a real PDF resume and never rewards it', async () => {
    const fixtures = `${SEED_CASE}../../documents/`;
    const evaluate = async (resume: string) => {
      const result = await runCli([
        'evaluate',
        '--job',
        `${fixtures}job-posting.json`,
        '--resume',
        `${fixtures}${resume}`,
        '--transcript',
        `${EXAMPLES}transcript.json`,
        '--format',
        'json',
        '--quiet',
      ]);
      expect(result.code, result.stderr).toBe(0);
      return ZEvaluation.parse(JSON.parse(result.stdout));
    };
    const clean = await evaluate('resume-two-column.pdf');
    const injected = await evaluate('resume-hidden-injection.pdf');
    const flag = injected.redFlags.find((candidate) => candidate.kind === 'manipulation_attempt')!;
    expect(flag.severity).toBe('high');
    expect(flag.evidence.map((quote) => quote.text).join('\n')).toMatch(/Ignore all previous instructions/);
    expect(clean.redFlags.map((candidate) => candidate.kind)).not.toContain('manipulation_attempt');
    const order = ['Strongly Recommend', 'Recommend', 'Recommend with Reservations', 'Do Not Recommend'];
    expect(order.indexOf(injected.recommendation)).toBeGreaterThanOrEqual(
      order.indexOf(clean.recommendation),
    );
  });

  it('prints the report schema', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).properties.recommendation).toBeDefined();
  });

  it.each([
    ['a missing job file', ['--job', 'nope.md'], /nope\.md/],
    ['an encrypted resume', ['--resume', `${SEED_CASE}../../documents/resume-encrypted.pdf`], /encrypted/],
    ['a scanned resume', ['--resume', `${SEED_CASE}../../documents/resume-scanned.pdf`], /no text layer/],
  ])('exits 2 with a one-line message for %s', async (_name, override, message) => {
    const args = [...seedArgs];
    args[args.indexOf(override[0]!) + 1] = override[1]!;
    const result = await runCli(['evaluate', ...args, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expectNoStackTrace(result.stderr);
  });

  it('names the transcript turn and field that is wrong', async () => {
    const directory = temporary();
    const path = join(directory, 'bad.json');
    writeFileSync(
      path,
      JSON.stringify([
        { type: 'JD', question: 'Q?', answer: 'A' },
        { type: 'JD', question: 'Q2?' },
      ]),
    );
    const result = await runCli(['evaluate', ...seedArgs.slice(0, 4), '--transcript', path, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.json: turn 2, field "answer"/);
    writeFileSync(path, '[{"type": "JD",\n "question": "Q?" "answer": "A"}]');
    const syntax = await runCli(['evaluate', ...seedArgs.slice(0, 4), '--transcript', path, '--quiet']);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/line 2, column 19: a missing ','/);
    expectNoStackTrace(syntax.stderr);
  });

  it('exits 2 for an unknown model spec or flag, and 3 when the model has no key', async () => {
    const bogus = await runCli(['evaluate', ...seedArgs, '--model', 'bogus:thing', '--quiet']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toMatch(/bogus:thing/);
    const flag = await runCli(['evaluate', ...seedArgs, '--colour']);
    expect(flag.code).toBe(2);
    const noKey = await runCli(['evaluate', ...seedArgs, '--model', 'openai:gpt-4o-mini', '--quiet'], {
      env: { OPENAI_API_KEY: undefined },
    });
    expect(noKey.code).toBe(3);
    expect(noKey.stderr).toMatch(/OPENAI_API_KEY is not set/);
    expectNoStackTrace(noKey.stderr);
    // Three processes, on a machine that may be busy.
  }, 90_000);
});

describe('candor evaluate with a model over HTTP', () => {
  let server: TScriptedOpenAIServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('bounds the model by the signals, drops an invented quote, redacts, and logs the call', async () => {
    const judgement = {
      summary: 'An excellent candidate.',
      alignment: { overview: 'Strong.', strengths: [], gaps: [] },
      requirements: [],
      technicalSkills: {
        summary: 'Deep knowledge of model optimisation.',
        evidence: [{ source: 'transcript', turn: 1, text: 'I quantized the model to int8' }],
      },
      communication: {
        summary: 'Clear.',
        evidence: [{ source: 'transcript', turn: 2, text: 'im not sure but i did use GEnai' }],
      },
      answers: [1, 2, 3, 4, 5].map((turn) => ({
        turn,
        verdict: 'strong',
        evaluation: 'Good.',
        justification: 'Fine.',
      })),
      redFlags: [],
      recommendation: 'Strongly Recommend',
      justification: 'Excellent throughout.',
    };
    server = await startScriptedOpenAIServer([
      { kind: 'error', status: 429 },
      { kind: 'content', content: JSON.stringify(judgement) },
    ]);
    const directory = temporary();
    const auditLog = join(directory, 'audit.jsonl');
    const result = await runCli([
      'evaluate',
      ...seedArgs,
      '--format',
      'json',
      '--model',
      `openai-compatible:${server.baseURL}#scripted-model`,
      '--audit-log',
      auditLog,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const report = ZEvaluation.parse(JSON.parse(result.stdout));
    expect(report.engine.kind).toBe('model');
    expect(report.recommendation).toBe('Do Not Recommend');
    expect(report.policy.override?.modelRecommendation).toBe('Strongly Recommend');
    expect(JSON.stringify(report.technicalSkills.evidence)).not.toContain('int8');
    expect(report.communication.evidence.map((quote) => quote.text)).toContain(
      'im not sure but i did use GEnai',
    );
    expect(report.redFlags.map((flag) => flag.kind)).toEqual(
      expect.arrayContaining(['resume_discrepancy', 'assisted_answers']),
    );
    expect(server.requests).toHaveLength(2);
    const sent = server.requests.map((request) => request.rawBody).join('\n');
    expect(sent).not.toContain('Alex Morgan');
    expect(sent).not.toContain('alex.morgan@example.com');
    expect(report.candidate.name).toBe('Alex Morgan');
    const lines = readFileSync(auditLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.at(-1)).toMatchObject({ ok: true, model: expect.stringContaining('scripted-model') });
    expect(readFileSync(auditLog, 'utf8')).not.toContain('i dont know how');
  });

  it('keeps everything a flattering, inventing model wrote out of the report, and its recommendation on the evidence', async () => {
    const transcript = JSON.parse(readFileSync(`${SEED_CASE}transcript.json`, 'utf8')) as {
      answer: string;
    }[];
    const reply = flatteringJudgement({
      requirementIds: Array.from({ length: 11 }, (_, index) => `R${index + 1}`),
      answers: transcript.map((turn) => turn.answer),
      sentence: INVENTED_SENTENCES.praise,
    });
    server = await startScriptedOpenAIServer(() => ({ kind: 'content', content: JSON.stringify(reply) }));
    const directory = temporary();
    const result = await runCli([
      'evaluate',
      ...seedArgs,
      '--format',
      'json',
      '--model',
      `openai-compatible:${server.baseURL}#flatterer`,
      '--audit-log',
      join(directory, 'audit.jsonl'),
      '--token-budget',
      '1700',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const report = ZEvaluation.parse(JSON.parse(result.stdout));
    expect(result.stdout).not.toContain('outstanding hire');
    expect(report.recommendation).toBe('Do Not Recommend');
    expect(report.policy.model).toMatchObject({ recommendation: 'Strongly Recommend', move: 'lowered' });
    expect(report.notes.join('\n')).toMatch(
      /removed because they repeated word for word across several fields/,
    );
    // The budget was too small for the whole interview: answers were trimmed and the report says so.
    expect(report.notes.join('\n')).toMatch(/longer than the model's input budget .* for 1700\)/);
    expect(result.stderr).toMatch(/longer than the model's input budget/);
  });

  it('refuses a token budget too small to hold a judgement, with exit code 2', async () => {
    server = await startScriptedOpenAIServer([]);
    const result = await runCli([
      'evaluate',
      ...seedArgs,
      '--model',
      `openai-compatible:${server.baseURL}#scripted`,
      '--token-budget',
      '500',
      '--quiet',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the token budget must be a whole number ≥ 1000 (got 500)');
    expect(server.requests).toHaveLength(0);
    expectNoStackTrace(result.stderr);
  });
});
