/**
 * `npm run bench`: how long Candor's own work takes, median of many runs after warm-up.
 * Numbers depend on the machine; compare runs on the same one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadJob } from '../src/app/load-job.js';
import { loadResume } from '../src/app/load-resume.js';
import { parseJobText } from '../src/core/ingest/parse-job.js';
import { parseResumeText } from '../src/core/ingest/parse-resume.js';
import { parseTranscript } from '../src/core/parse-transcript.js';
import { renderMarkdown } from '../src/core/report/render-markdown.js';
import { evaluateOffline } from '../src/core/rubric/evaluate-offline.js';
import type { TTranscript } from '../src/core/transcript.js';
import { writePdf } from '../test/support/write-pdf.js';
import { benchApi } from './api.js';
import { benchBounded } from './bounded.js';
import { benchCliStartup } from './cli-startup.js';
import { benchInterview } from './interview.js';
import { benchJudgement } from './judgement.js';
import { formatMeasurement, measure, type TMeasurement } from './measure.js';

const seedDirectory = new URL('../test/fixtures/cases/seed-genai-engineer/', import.meta.url);
const examples = new URL('../examples/', import.meta.url);
const results: TMeasurement[] = [];

function report(measurement: TMeasurement): void {
  results.push(measurement);
  console.log(formatMeasurement(measurement));
}

// 1. The seed case, offline, once its documents are loaded.
try {
  const job = parseJobText(readFileSync(new URL('job.md', seedDirectory), 'utf8'));
  const resume = parseResumeText(readFileSync(new URL('resume.md', seedDirectory), 'utf8'));
  const transcript = parseTranscript(
    JSON.parse(readFileSync(new URL('transcript.json', seedDirectory), 'utf8')),
  );
  report(
    await measure('seed case: offline evaluation (5 turns)', 500, () =>
      evaluateOffline({ job, resume, transcript }),
    ),
  );
  report(
    await measure('seed case: offline evaluation + Markdown report', 500, () =>
      renderMarkdown(evaluateOffline({ job, resume, transcript }).evaluation),
    ),
  );
} catch (error) {
  console.log(
    `seed case: skipped (${(error as Error).message}); it reads test/fixtures/cases/seed-genai-engineer`,
  );
}

// 2. A 30-turn interview with a 3-page resume PDF.
const exampleResumeText = readFileSync(new URL('resume.md', examples), 'utf8');
const resumeLines = exampleResumeText.split('\n');
const threePages = [0, 1, 2].map((page) =>
  [...resumeLines, '', `Additional project notes, page ${page + 1}:`, ...resumeLines.slice(8, 30)].slice(
    0,
    50,
  ),
);
const directory = mkdtempSync(join(tmpdir(), 'candor-bench-'));
const pdfPath = join(directory, 'resume-3-pages.pdf');
writeFileSync(pdfPath, writePdf(threePages));
const exampleTranscript = JSON.parse(readFileSync(new URL('transcript.json', examples), 'utf8'));
const thirtyTurns = parseTranscript({
  version: 1,
  turns: Array.from({ length: 30 }, (_, index) => {
    const turn = exampleTranscript.turns[index % 6];
    return {
      ...turn,
      id: `t${index + 1}`,
      followUpOf: undefined,
      type: turn.type === 'Follow-up' ? 'JD' : turn.type,
    };
  }),
});
const { job: exampleJob } = await loadJob(new URL('job.md', examples).pathname);
const { resume: pdfResume } = await loadResume(pdfPath);
report(
  await measure('30 turns, 3-page PDF resume: offline evaluation', 200, () =>
    evaluateOffline({ job: exampleJob, resume: pdfResume, transcript: thirtyTurns }),
  ),
);
report(await measure('3-page PDF resume: read and extract claims', 50, () => loadResume(pdfPath)));
report(
  await measure('30 turns, 3-page PDF resume: read PDF + evaluate + Markdown', 50, async () => {
    const { resume } = await loadResume(pdfPath);
    return renderMarkdown(evaluateOffline({ job: exampleJob, resume, transcript: thirtyTurns }).evaluation);
  }),
);

// 3. The interviewer: from an answer's submission to the next question.
for (const measurement of await benchInterview()) report(measurement);

// 4. Bounded work: planning up to the requirement limit, PDF reading against pdftotext.
await benchBounded(report);

// 5. The model judgement: prompt tokens against the bare case, every call's tokens, and Candor's own time.
for (const measurement of await benchJudgement((line) => console.log(line))) report(measurement);

// 6. The offline engine over long interviews: its time should grow with turns × requirements,
// not faster (keywords are read once per turn). 2,000 and 8,000 turns of the seed case's answers.
try {
  const job = parseJobText(readFileSync(new URL('job.md', seedDirectory), 'utf8'));
  const resume = parseResumeText(readFileSync(new URL('resume.md', seedDirectory), 'utf8'));
  const seed = parseTranscript(JSON.parse(readFileSync(new URL('transcript.json', seedDirectory), 'utf8')));
  const longTranscript = (length: number) =>
    parseTranscript({
      version: 1,
      turns: Array.from({ length }, (_, index) => {
        const turn = seed.turns[index % seed.turns.length];
        return {
          id: `t${index + 1}`,
          type: 'JD',
          question: turn?.question ?? '',
          answer: turn?.answer ?? '',
        };
      }),
    });
  const [short, long] = [2_000, 8_000].map(longTranscript);
  const shortRun = await measure('2,000 turns: offline evaluation', 2, () =>
    evaluateOffline({ job, resume, transcript: short as TTranscript }),
  );
  const longRun = await measure('8,000 turns: offline evaluation', 1, () =>
    evaluateOffline({ job, resume, transcript: long as TTranscript }),
  );
  report(shortRun);
  report(longRun);
  const growth = longRun.medianMs / shortRun.medianMs;
  console.log(
    `offline engine: 4× the turns take ${growth.toFixed(1)}× the time (linear 4×; goal ≤ 5×) ${growth <= 5 ? 'met' : 'NOT MET'}`,
  );
} catch (error) {
  console.log(`long interviews: skipped (${(error as Error).message})`);
}

// 7. Goals, as ratios measured in this run (absolute times vary with the machine and its load).
const verdict = (isMet: boolean) => (isMet ? 'met' : 'NOT MET');
const goal = (name: string, value: string, target: string, isMet: boolean) =>
  console.log(`${name.padEnd(64)} ${value.padStart(9)}   goal ${target.padEnd(8)} ${verdict(isMet)}`);

const startup = benchCliStartup();
if (startup === undefined) console.log('CLI startup: skipped (the CLI is not built: npm run build)');
else {
  const [reference, ...commands] = startup;
  console.log(`CLI startup, median of 15 runs, against node -e 0 (${reference?.medianMs.toFixed(0)} ms):`);
  for (const command of commands) {
    const limit = command.name.startsWith('candor --help') ? 2 : 3;
    goal(
      `  ${command.name} (${command.medianMs.toFixed(0)} ms)`,
      `${command.ratio.toFixed(2)}×`,
      `≤ ${limit}×`,
      command.ratio <= limit,
    );
  }
}

// `npm run bench -- --soak` (or CANDOR_BENCH_SOAK=1): the memory soak with 100,000 requests.
const soakRequests =
  process.argv.includes('--soak') || process.env.CANDOR_BENCH_SOAK === '1' ? 100_000 : 30_000;
const api = await benchApi({ soakRequests });
console.log(
  `API on 127.0.0.1, 32 connections: GET / (static page) ${api.staticPerSecond.toFixed(0)} req/s, ${api.staticCpuMicros.toFixed(0)} µs CPU each; GET /api/jobs (API token) ${api.apiPerSecond.toFixed(0)} req/s, ${api.apiCpuMicros.toFixed(0)} µs CPU each`,
);
goal(
  '  GET /api/jobs throughput / static page',
  api.throughputRatio.toFixed(2),
  '≥ 0.50',
  api.throughputRatio >= 0.5,
);
goal(
  '  the same, per second of server CPU',
  api.cpuThroughputRatio.toFixed(2),
  '≥ 0.50',
  api.cpuThroughputRatio >= 0.5,
);
goal(
  `  server RSS after ${api.soak.requests / 1000}k requests / after 10k (${api.soak.rssAfterAllMb.toFixed(0)} / ${api.soak.rssAfter10kMb.toFixed(0)} MB)`,
  api.soak.ratio.toFixed(2),
  '≤ 1.20',
  api.soak.ratio <= 1.2 && api.soak.failed === 0,
);

writeFileSync(
  join(directory, 'results.json'),
  JSON.stringify({ measurements: results, startup, api }, null, 2),
);
