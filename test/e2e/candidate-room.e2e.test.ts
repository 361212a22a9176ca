import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, chromium, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations, type TAxeViolation } from './check-accessibility.js';
import { startCandorServer, type TRunningServer } from './start-candor-server.js';

/**
 * The candidate room on a phone, where words get lost: a reload mid-answer, a paste past the
 * limit, a second tab gone stale, a skip taken back, a link that no longer works. Against the real
 * server in Chromium; screenshots go to CANDOR_E2E_SCREENSHOTS (default test-output/screenshots).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = process.env.CANDOR_E2E_SCREENSHOTS ?? join(ROOT, 'test-output', 'screenshots');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true };
const LONG_ANSWER =
  'At Fernhill I rebuilt the card authorisation service in Go and cut p99 latency from 480 ms to 120 ms.';

let server: TRunningServer;
let browser: Browser;
let api: APIRequestContext;
let csrfToken = '';
const pageErrors: string[] = [];
const accessibility = new Map<string, TAxeViolation[]>();

async function post(path: string, body: object): Promise<Record<string, unknown>> {
  const response = await api.post(`${server.baseUrl}${path}`, {
    data: body,
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

/** A candidate on the example job with a fresh interview link. */
async function inviteCandidate(jobId: string, name: string): Promise<{ id: string; url: string }> {
  const resume = `# ${name}\n\n${name.toLowerCase().replace(/\s+/g, '.')}@example.org\n\n## Experience\n\n### Backend Engineer, Fernhill Payments — 2019 to present\n- Built payment services in Go and PostgreSQL.\n\n## Skills\nGo, PostgreSQL, Kafka, Kubernetes\n`;
  const response = await api.post(`${server.baseUrl}/api/jobs/${jobId}/candidates`, {
    multipart: { files: { name: `${name}.md`, mimeType: 'text/markdown', buffer: Buffer.from(resume) } },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(response.status()).toBe(201);
  const { created } = (await response.json()) as { created: { id: string }[] };
  const id = created[0]!.id;
  const link = await post(`/api/candidates/${id}/invitation`, { expiresInDays: 3 });
  return { id, url: String(link.url) };
}

async function openRoom(page: Page, url: string): Promise<void> {
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await page.getByTestId('current-question').waitFor({ timeout: 30_000 });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
  accessibility.set(name, await findAccessibilityViolations(page));
}

const answerBox = (page: Page) => page.getByLabel('Your answer');
const currentQuestion = async (page: Page) =>
  (await page.getByTestId('current-question').locator('p').textContent()) ?? '';

async function waitForNextQuestion(page: Page, previous: string): Promise<string> {
  await expect.poll(() => currentQuestion(page), { timeout: 30_000 }).not.toBe(previous);
  return currentQuestion(page);
}

describe('the candidate room never loses a word', () => {
  let jobId = '';

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    server = await startCandorServer(ROOT);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    api = await request.newContext();
    const signUp = await api.post(`${server.baseUrl}/api/auth/signup`, {
      data: {
        name: 'Rita Recruiter',
        email: 'rita@lumen.example',
        password: 'correct horse battery',
        organisationName: 'Lumen Ledger',
      },
    });
    expect(signUp.status()).toBeLessThan(300);
    csrfToken = String(((await signUp.json()) as { csrfToken: string }).csrfToken);
    const job = await post('/api/jobs', { text: await readFile(join(ROOT, 'examples/job.md'), 'utf8') });
    jobId = String(job.id);
  });

  afterAll(async () => {
    await api?.dispose();
    await browser?.close();
    await server?.stop();
  });

  it('keeps typing after a reload where it stopped, refuses a 25,000-character paste without cutting it, and undoes a skip', async () => {
    const candidate = await inviteCandidate(jobId, 'Noor Haddad');
    const context = await browser.newContext({
      ...PHONE,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await openRoom(page, candidate.url);
    // On a phone the hint offers no keyboard shortcut.
    const hint = (await page.locator('#answer-hint').textContent()) ?? '';
    expect(hint).not.toMatch(/Ctrl|⌘/);
    await shoot(page, 'room-01-phone');

    // Reload mid-answer, then keep typing: the text continues, nothing lands in front of it.
    const first = await currentQuestion(page);
    await answerBox(page).pressSequentially('First part of my answer.');
    await page.reload();
    await page.getByTestId('current-question').waitFor({ timeout: 30_000 });
    expect(await currentQuestion(page)).toBe(first);
    await expect.poll(() => answerBox(page).inputValue()).toBe('First part of my answer.');
    // Typing straight after the restore continues the text: the caret is at its end.
    await page.keyboard.type(' Second part.');
    expect(await answerBox(page).inputValue()).toBe('First part of my answer. Second part.');
    await page.reload();
    await page.getByTestId('current-question').waitFor({ timeout: 30_000 });
    await expect.poll(() => answerBox(page).inputValue()).toBe('First part of my answer. Second part.');
    await page.keyboard.type(' Third part.');
    expect(await answerBox(page).inputValue()).toBe('First part of my answer. Second part. Third part.');
    await answerBox(page).fill(LONG_ANSWER);
    await page.getByRole('button', { name: 'Send answer' }).click();
    const second = await waitForNextQuestion(page, first);
    expect(await page.locator('.message-answer').last().textContent()).toContain(LONG_ANSWER);

    // A 25,000-character paste: all of it stays, the counter says how far over it is, sending waits.
    const pasted =
      `${'We measured every release against the error budget and rolled back twice. '.repeat(340)}`.slice(
        0,
        25_000,
      );
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(pasted)})`);
    await answerBox(page).focus();
    await page.keyboard.press('Control+V');
    await expect
      .poll(() =>
        answerBox(page)
          .inputValue()
          .then((value) => value.length),
      )
      .toBe(25_000);
    expect(await page.locator('#answer-count').textContent()).toContain(
      '25,000 / 20,000 characters — 5,000 over the limit',
    );
    expect(await page.getByRole('button', { name: 'Send answer' }).isDisabled()).toBe(true);
    await shoot(page, 'room-02-over-limit');
    await answerBox(page).fill(pasted.slice(0, 19_990));
    expect(await page.getByRole('button', { name: 'Send answer' }).isDisabled()).toBe(false);
    await answerBox(page).fill(LONG_ANSWER);

    // Skip asks first; then it can be undone until the next answer.
    await page.getByRole('button', { name: 'Skip question' }).click();
    await page.getByText(/Skip this question\?/).waitFor();
    await shoot(page, 'room-03-skip-confirm');
    await page.getByRole('button', { name: 'Yes, skip it' }).click();
    const third = await waitForNextQuestion(page, second);
    await page.getByRole('button', { name: 'Undo skip' }).waitFor();
    await shoot(page, 'room-04-undo-skip');
    await page.getByRole('button', { name: 'Undo skip' }).click();
    await expect.poll(() => currentQuestion(page), { timeout: 30_000 }).toBe(second);
    expect(await page.getByText('Skipped').count()).toBe(0);
    expect(third).not.toBe(second);
    await answerBox(page).fill('I wrote the incident review and the runbook for the reconciliation job.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await waitForNextQuestion(page, second);
    expect(await page.getByRole('button', { name: 'Undo skip' }).count()).toBe(0);
    await context.close();
  });

  it('tells a stale tab its answer was not sent and keeps the text for copying', async () => {
    const candidate = await inviteCandidate(jobId, 'Ola Nordmann');
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, bypassCSP: true });
    const first = await context.newPage();
    await openRoom(first, candidate.url);
    const stale = await context.newPage();
    stale.on('pageerror', (error) => pageErrors.push(error.message));
    await stale.goto(candidate.url);
    await stale.getByTestId('current-question').waitFor({ timeout: 30_000 });
    const question = await currentQuestion(first);
    await first.getByLabel('Your answer').fill(LONG_ANSWER);
    await first.getByRole('button', { name: 'Send answer' }).click();
    await waitForNextQuestion(first, question);

    await stale.bringToFront();
    await stale.getByLabel('Your answer').fill('Typed in the old tab, and it must not vanish.');
    await stale.getByRole('button', { name: 'Send answer' }).click();
    await stale.getByRole('heading', { name: 'This answer was not sent' }).waitFor({ timeout: 30_000 });
    expect(await stale.getByLabel('Your unsent text').inputValue()).toBe(
      'Typed in the old tab, and it must not vanish.',
    );
    // The tab continues with the interview's current question and the answer the other tab sent.
    await expect.poll(() => currentQuestion(stale), { timeout: 30_000 }).not.toBe(question);
    expect(await stale.locator('.message-answer').first().textContent()).toContain(LONG_ANSWER);
    await shoot(stale, 'room-05-stale-tab');
    await context.close();
  });

  it('names the organisation and whom to write to on a link that no longer works', async () => {
    const candidate = await inviteCandidate(jobId, 'Ines Duarte');
    await post(`/api/candidates/${candidate.id}/invitation`, { expiresInDays: 7 });
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(candidate.url);
    await page.getByRole('heading', { name: 'This interview link does not work' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Lumen Ledger sent this link; write to rita@lumen.example');
    await shoot(page, 'room-06-link-revoked');
    await context.close();
  });

  it('raised no script errors and no serious or critical accessibility violations', () => {
    expect(pageErrors).toEqual([]);
    expect([...accessibility.keys()]).toHaveLength(6);
    expect(Object.fromEntries([...accessibility].filter(([, violations]) => violations.length > 0))).toEqual(
      {},
    );
  });
});
