import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, chromium, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCandorServer, type TRunningServer } from './start-candor-server.js';

/**
 * The interviewer on jobs outside software, in the browser: a vague candidate for a night-shift
 * nurse posting, and a Spanish interview for a Spanish care-assistant posting. Against the real
 * server in Chromium; screenshots go to CANDOR_E2E_SCREENSHOTS (default test-output/screenshots).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOCUMENTS = join(ROOT, 'test/fixtures/documents');
const SCREENSHOTS = process.env.CANDOR_E2E_SCREENSHOTS ?? join(ROOT, 'test-output', 'screenshots');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];
/** Words that belong to software work and have no place in a nurse's interview. */
const SOFTWARE_WORDS = /\b(latency|users|deploy\w*|code|software|system design|uptime|throughput)\b/i;

let server: TRunningServer;
let browser: Browser;
let api: APIRequestContext;
let csrfToken = '';

async function post(path: string, body: object): Promise<Record<string, unknown>> {
  const response = await api.post(`${server.baseUrl}${path}`, {
    data: body,
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

async function invite(jobId: string, resumeFile: string): Promise<string> {
  const response = await api.post(`${server.baseUrl}/api/jobs/${jobId}/candidates`, {
    multipart: {
      files: {
        name: resumeFile,
        mimeType: 'text/markdown',
        buffer: await readFile(join(DOCUMENTS, resumeFile)),
      },
    },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(response.status()).toBe(201);
  const { created } = (await response.json()) as { created: { id: string }[] };
  const link = await post(`/api/candidates/${created[0]?.id}/invitation`, { expiresInDays: 3 });
  return String(link.url);
}

const currentQuestion = async (page: Page) =>
  (await page.getByTestId('current-question').locator('p').textContent()) ?? '';

/** What the room shows now: the waiting question's text, or "(ended)" once the thank-you page is up. */
async function roomState(page: Page): Promise<string> {
  if (await page.locator('.thank-you').isVisible()) return '(ended)';
  const question = page.getByTestId('current-question');
  return (await question.isVisible()) ? await currentQuestion(page) : '(waiting)';
}

/** Answers every question with the same answer until the interview ends; each question and its progress label. */
async function answerAll(
  page: Page,
  answer: string,
  send: RegExp,
  followUpShot: string,
): Promise<{ question: string; progress: string }[]> {
  const asked: { question: string; progress: string }[] = [];
  let hasFollowUpShot = false;
  for (let turn = 0; turn < 40; turn++) {
    const text = await roomState(page);
    if (text === '(ended)') break;
    asked.push({
      question: text,
      progress: (await page.locator('label[for="interview-progress"]').textContent()) ?? '',
    });
    // The first follow-up, as the candidate sees it, with its progress label.
    if (!hasFollowUpShot && /follow-up|repregunta/.test(asked.at(-1)?.progress ?? '')) {
      await page.screenshot({ path: join(SCREENSHOTS, followUpShot) });
      hasFollowUpShot = true;
    }
    await page.locator('#answer').fill(answer);
    await page.getByRole('button', { name: send }).click();
    // The next question (a new text, fully shown), or the end of the interview.
    await expect
      .poll(
        async () => {
          const now = await roomState(page);
          return now !== '(waiting)' && now !== text;
        },
        { timeout: 60_000 },
      )
      .toBe(true);
  }
  return asked;
}

describe('an interview that fits the job, in its language', () => {
  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    server = await startCandorServer(ROOT);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    api = await request.newContext();
    const signUp = await api.post(`${server.baseUrl}/api/auth/signup`, {
      data: {
        name: 'Rosa Recruiter',
        email: 'rosa@riverbend.example',
        password: 'correct horse battery',
        organisationName: 'Riverbend',
      },
    });
    expect(signUp.status()).toBeLessThan(300);
    csrfToken = String(((await signUp.json()) as { csrfToken: string }).csrfToken);
  });

  afterAll(async () => {
    await api?.dispose();
    await browser?.close();
    await server?.stop();
  });

  it('asks a vague nurse no probe twice, nothing about software, and counts follow-ups as follow-ups', async () => {
    const job = await post('/api/jobs', { text: await readFile(join(DOCUMENTS, 'job-nurse.md'), 'utf8') });
    const url = await invite(String(job.id), 'resume-nurse.md');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.getByTestId('current-question').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'interviewer-01-nurse-first-question.png') });

    const asked = await answerAll(
      page,
      'I did a lot of that on my floor, it went fine.',
      /Send answer/,
      'interviewer-02-nurse-follow-up.png',
    );
    const questions = asked.map((entry) => entry.question);
    expect(questions.length).toBeGreaterThan(3);
    expect(new Set(questions).size, questions.join('\n')).toBe(questions.length);
    for (const question of questions) expect(question).not.toMatch(SOFTWARE_WORDS);
    // Follow-ups are labelled as such, never as new questions past the plan's count.
    expect(asked.some((entry) => /follow-up \d/.test(entry.progress))).toBe(true);
    for (const { progress } of asked) {
      const match = /Question (\d+) of (\d+)/.exec(progress);
      if (match) expect(Number(match[1])).toBeLessThanOrEqual(Number(match[2]));
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'interviewer-03-nurse-done.png'), fullPage: true });
    await page.close();
  });

  it('holds a Spanish interview in Spanish, from the first question to the end', async () => {
    const job = await post('/api/jobs', {
      text: await readFile(join(DOCUMENTS, 'job-auxiliar-es.md'), 'utf8'),
      language: 'es',
    });
    const url = await invite(String(job.id), 'resume-auxiliar-es.md');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: /Start the interview|Empezar|Comenzar/ }).click();
    await page.getByTestId('current-question').waitFor({ timeout: 60_000 });
    const first = await currentQuestion(page);
    expect(first).toMatch(/[¿¡]|puesto|ocasión|experiencia/i);
    expect(await page.locator('label[for="answer"]').textContent()).toMatch(/respuesta/i);
    // The room's controls speak the interview's language too.
    expect(await page.getByRole('button', { name: 'Omitir pregunta' }).count()).toBe(1);
    expect(await page.locator('#answer-count').textContent()).toMatch(/caracteres/);
    await page.screenshot({ path: join(SCREENSHOTS, 'interviewer-04-spanish-question.png') });

    const asked = await answerAll(
      page,
      'En la Residencia San Vicente atendí a 20 residentes por turno y registré las constantes vitales cada noche.',
      /Enviar/,
      'interviewer-05-spanish-follow-up.png',
    );
    expect(asked.length).toBeGreaterThan(3);
    for (const { question } of asked) expect(question).not.toMatch(/\b(Tell me|Could you|What was)\b/);
    await page.screenshot({ path: join(SCREENSHOTS, 'interviewer-06-spanish-done.png'), fullPage: true });
    await page.close();
  });
});
