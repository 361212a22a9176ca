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

/** The follow-ups that ask a Spanish answer for a concrete example (word-follow-up.ts, "vague"). */
const SPANISH_EXAMPLE_PROBES = /ejemplo concreto de su propio trabajo|Puede describir una ocasión concreta/;
/** Words of the room's English texts; none may show in a Spanish room. */
const ENGLISH_WORDS =
  /\b(?:the|and|your|you|question|answer|interview|send|skip|ask|person|please|thank|minutes|instead|start|agree|sex|race|decline|female|male|keep|going|offline|characters)\b/gi;

/** English words on the page, the organisation's name, the recruiter's address and the product's name aside. */
async function englishIn(page: Page): Promise<string[]> {
  const text = (await page.locator('body').allInnerTexts())
    .join('\n')
    .replaceAll('Riverbend', '')
    .replaceAll('Candor', '')
    .replace(/\S+@\S+/g, '');
  return [...new Set(text.match(ENGLISH_WORDS) ?? [])];
}

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

  it('holds a Spanish interview in Spanish, from the notice to the last page, with no English left', async () => {
    const job = await post('/api/jobs', {
      text: await readFile(join(DOCUMENTS, 'job-auxiliar-es.md'), 'utf8'),
      language: 'es',
    });
    const url = await invite(String(job.id), 'resume-auxiliar-es.md');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'es-ES' });
    await page.goto(url);
    // The notice, the consent and "ask for a person" before the interview.
    await page.getByRole('heading', { name: /Su entrevista para/ }).waitFor({ timeout: 60_000 });
    expect(await englishIn(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'interviewer-04-spanish-notice.png'), fullPage: true });
    await page.getByRole('button', { name: 'Pedir una entrevista con una persona' }).click();
    expect(await page.getByRole('alertdialog').textContent()).toMatch(/no evalúa sus respuestas/);
    expect(await englishIn(page)).toEqual([]);
    await page.getByRole('button', { name: 'Seguir con la entrevista de IA' }).click();
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Empezar la entrevista' }).click();
    await page.getByTestId('current-question').waitFor({ timeout: 60_000 });
    const first = await currentQuestion(page);
    expect(first).toMatch(/[¿¡]|puesto|ocasión|experiencia/i);
    expect(await page.locator('label[for="answer"]').textContent()).toMatch(/respuesta/i);
    // The room's controls speak the interview's language too.
    expect(await page.getByRole('button', { name: 'Omitir pregunta' }).count()).toBe(1);
    expect(await page.locator('#answer-count').textContent()).toMatch(/caracteres/);
    expect(await englishIn(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'interviewer-05-spanish-question.png') });

    // A concrete story, told in Spanish: the candidate's own actions in the past, a count, a place.
    const asked = await answerAll(
      page,
      'En la Residencia San Vicente atendí a 20 residentes por turno y registré las constantes vitales cada noche.',
      /Enviar respuesta/,
      'interviewer-06-spanish-follow-up.png',
    );
    expect(asked.length).toBeGreaterThan(3);
    for (const { question } of asked) expect(question).not.toMatch(/\b(Tell me|Could you|What was)\b/);
    // Never asked for "a concrete example" of what it already is.
    for (const { question } of asked) expect(question).not.toMatch(SPANISH_EXAMPLE_PROBES);
    // The thank-you page and the voluntary self-identification form, in Spanish too.
    await page.getByRole('heading', { name: 'Gracias' }).waitFor();
    await page.getByRole('group', { name: 'Sexo' }).waitFor({ timeout: 30_000 });
    expect(await englishIn(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'interviewer-07-spanish-done.png'), fullPage: true });
    await page.close();
  });
});
