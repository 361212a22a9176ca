import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations, type TAxeViolation } from './check-accessibility.js';
import { chooseStrongAnswer, chooseWeakAnswer } from './choose-answer.js';
import { startCandorServer, type TRunningServer } from './start-candor-server.js';

/**
 * Both journeys in a real browser against the real server: a recruiter signs up, creates a job
 * from examples/job.md, reviews its requirements, uploads two resumes at once and copies their
 * interview links; each candidate interviews in a browser context of their own (one on a
 * phone-sized screen, with a refresh mid-interview); the recruiter reads the report, downloads
 * it, decides (one decision overriding the AI), and compares the two. Screenshots of the main
 * pages go to test-output/screenshots/.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = process.env.CANDOR_E2E_SCREENSHOTS ?? join(ROOT, 'test-output', 'screenshots');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const RECOMMENDATION = /Strongly Recommend|Recommend with Reservations|Do Not Recommend|Recommend/;
const EXPECTED_DECISION: Record<string, 'advance' | 'hold' | 'reject'> = {
  'Strongly Recommend': 'advance',
  Recommend: 'advance',
  'Recommend with Reservations': 'hold',
  'Do Not Recommend': 'reject',
};
const DECISION_LABEL = { advance: 'Advance', hold: 'Hold', reject: 'Reject' } as const;

const SECOND_RESUME = `# Jordan Blake

jordan.blake@example.org · Leeds, UK

## Experience

### Backend Developer, Quillstone Retail — 2022 to present
- Maintained REST services in Java for the online shop.
- Worked on the checkout team.

## Skills
Java, MySQL, Docker
`;

let server: TRunningServer;
let browser: Browser;
let recruiter: BrowserContext;
let recruiterPage: Page;
const pageErrors: string[] = [];
/** Serious and critical axe-core violations, by page checked. */
const accessibility = new Map<string, TAxeViolation[]>();
const links: Record<string, string> = {};
let jobUrl = '';

async function valuesOf(locator: Locator): Promise<string[]> {
  return Promise.all((await locator.all()).map((element) => element.inputValue()));
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  await audit(page, name);
}

/** Runs axe-core on the page as it is now. */
async function audit(page: Page, name: string): Promise<void> {
  accessibility.set(name, await findAccessibilityViolations(page));
}

function watchErrors(page: Page, who: string): void {
  page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
}

/** Runs one candidate's whole interview in `page`, which shows the interview room. */
async function runInterview(
  page: Page,
  choose: (question: string, index: number) => string,
  options: { onAnswered?: (index: number) => Promise<void> } = {},
): Promise<number> {
  for (let index = 0; index < 30; index++) {
    await page
      .locator('[data-testid="current-question"], #thanks-heading')
      .first()
      .waitFor({ timeout: 30_000 });
    if (await page.locator('#thanks-heading').isVisible()) return index;
    const answersBefore = await page.locator('.message-answer').count();
    const question = (await page.getByTestId('current-question').locator('p').textContent()) ?? '';
    const textarea = page.getByLabel('Your answer');
    await textarea.fill(choose(question, index));
    if (index % 2 === 0) {
      await textarea.press('Control+Enter');
    } else {
      await page.getByRole('button', { name: 'Send answer' }).click();
    }
    // The answer joins the chat, or the closing answer ends the interview.
    await page
      .locator(`.message-pair:nth-child(${answersBefore + 1}) .message-answer, #thanks-heading`)
      .first()
      .waitFor({ timeout: 30_000 });
    await options.onAnswered?.(index);
  }
  throw new Error('The interview did not end within 30 answers');
}

describe('a hiring round in the browser', () => {
  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    await mkdir(join(ROOT, 'test-output'), { recursive: true });
    server = await startCandorServer(ROOT);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    recruiter = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      // axe-core is injected into each page checked; the pages' policy forbids injected scripts.
      bypassCSP: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    recruiterPage = await recruiter.newPage();
    watchErrors(recruiterPage, 'recruiter');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up: the first user creates the organisation', async () => {
    const page = recruiterPage;
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByRole('heading', { name: 'Create your organisation' }).waitFor();
    await screenshot(page, '01-signup');
    await page.getByLabel('Your name').fill('Rita Recruiter');
    await page.getByLabel('Organisation').fill('Lumen Ledger');
    await page.getByLabel('Work email').fill('rita@lumen.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL('**/jobs');
    await page.getByRole('heading', { name: 'Jobs', level: 1 }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('Lumen Ledger');
  });

  it('creates a job from a pasted description and edits its requirements', async () => {
    const page = recruiterPage;
    await page.getByRole('link', { name: 'New job' }).first().click();
    await page.getByLabel('Description text').waitFor();
    await audit(page, '16-new-job');
    await page.getByLabel('Description text').fill(await readFile(join(ROOT, 'examples/job.md'), 'utf8'));
    await page.getByRole('button', { name: 'Create job' }).click();
    await page.waitForURL(/\/jobs\/[^/]+\?created=1$/, { timeout: 60_000 });
    jobUrl = page.url().replace(/\?.*$/, '');
    await page.getByRole('heading', { level: 1, name: /Senior Backend Engineer/ }).waitFor();

    const requirements = page.getByRole('region', { name: 'Requirements' });
    const texts = await valuesOf(requirements.locator('textarea'));
    expect(texts).toContain('Experience with event-driven systems such as Kafka.');
    await requirements.getByRole('button', { name: 'Add requirement' }).click();
    await requirements.locator('textarea').last().fill('Experience designing idempotent payment APIs.');
    await requirements.locator('select').last().selectOption('nice');
    await requirements.getByRole('button', { name: 'Save requirements' }).click();
    await requirements.getByText('Requirements saved').waitFor();
    const saved = await valuesOf(requirements.locator('textarea'));
    expect(saved).toContain('Experience designing idempotent payment APIs.');
    expect(await page.getByRole('region', { name: 'Interview plan' }).textContent()).toContain('Q1');
  });

  it('adds two candidates at once and copies their interview links', async () => {
    const page = recruiterPage;
    const secondResume = join(ROOT, 'test-output', 'jordan-blake.md');
    await writeFile(secondResume, SECOND_RESUME);
    await page
      .getByLabel('Add candidates: upload resumes')
      .setInputFiles([join(ROOT, 'examples/resume.pdf'), secondResume]);
    await page.getByText('Added 2 candidates').waitFor({ timeout: 60_000 });
    for (const name of ['Priya Raman', 'Jordan Blake']) {
      const row = page.getByRole('row', { name: new RegExp(name) });
      await row.waitFor();
      await row.getByRole('button', { name: /Create an interview link/ }).click();
      await row.getByRole('button', { name: 'Copy link' }).click();
      await row.getByRole('button', { name: 'Copied' }).waitFor();
      // The test compiles without DOM types, so the page-side code is a string.
      links[name] = String(await page.evaluate('navigator.clipboard.readText()'));
      expect(links[name]).toMatch(new RegExp(`^${server.baseUrl}/interview/[^/]+$`));
      expect(await row.textContent()).toContain('Invited');
    }
    await screenshot(page, '03-job-with-candidates');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: join(SCREENSHOTS, '12-job-phone.png'), animations: 'disabled' });
    await page.setViewportSize({ width: 1280, height: 860 });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('link', { name: /Senior Backend Engineer/ }).waitFor();
    await screenshot(page, '02-jobs');
  });

  it('the candidate reads the notice, consents and interviews on a phone, resuming after a refresh', async () => {
    const candidate = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      bypassCSP: true,
    });
    const page = await candidate.newPage();
    watchErrors(page, 'candidate');
    await page.goto(links['Priya Raman']!);
    await page.getByRole('heading', { name: /Your interview for Senior Backend Engineer/ }).waitFor();
    const notice = (await page.locator('main').textContent()) ?? '';
    expect(notice).toContain('An AI conducts and evaluates this interview');
    expect(notice).toMatch(/keeps them for \d+ days/);
    expect(notice).toContain('Prefer a person?');
    await screenshot(page, '04-interview-notice');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Start the interview' }).click();

    await runInterview(page, chooseStrongAnswer, {
      onAnswered: async (index) => {
        if (index === 0) {
          // Closing the tab or a reload resumes at the same question, with the chat redrawn.
          await page.getByTestId('current-question').waitFor({ timeout: 30_000 });
          const before = await page.getByTestId('current-question').textContent();
          await page.reload();
          await page.getByTestId('current-question').waitFor({ timeout: 30_000 });
          expect(await page.getByTestId('current-question').textContent()).toBe(before);
          expect(await page.locator('.message-answer').count()).toBe(1);
        }
        if (index === 2) {
          // What the candidate sees on the phone: the screen, not the whole scrolled chat.
          await page.getByTestId('current-question').waitFor({ timeout: 30_000 });
          await page.getByLabel('Your answer').fill('We partitioned the ledger by month');
          await page.screenshot({ path: join(SCREENSHOTS, '05-interview-room.png'), animations: 'disabled' });
          await audit(page, '05-interview-room');
          await page.getByLabel('Your answer').fill('');
        }
      },
    });
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    await screenshot(page, '06-thank-you');
    const thanks = (await page.locator('body').textContent()) ?? '';
    expect(thanks).not.toMatch(/recommend|verdict|score/i);
    await candidate.close();
  });

  it('a second candidate interviews in another browser', async () => {
    const candidate = await browser.newContext({ viewport: { width: 1024, height: 800 }, bypassCSP: true });
    const page = await candidate.newPage();
    watchErrors(page, 'second candidate');
    await page.goto(links['Jordan Blake']!);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Start the interview' }).click();
    expect(await runInterview(page, chooseWeakAnswer)).toBeGreaterThan(2);
    await candidate.close();
  });

  it('the recruiter reads the report: recommendation, sections, verdicts, evidence; downloads every format', async () => {
    const page = recruiterPage;
    await page.goto(jobUrl);
    await page
      .getByRole('row', { name: /Priya Raman/ })
      .getByRole('link', { name: 'Priya Raman' })
      .click();
    const banner = page.getByTestId('recommendation');
    await banner.waitFor({ timeout: 120_000 });
    expect(await banner.textContent()).toMatch(RECOMMENDATION);
    const headings = await page.locator('.report-section > h3').allTextContents();
    expect(headings.slice(0, 7)).toEqual([
      '1. Overall Summary',
      '2. Alignment with Job Requirements',
      '3. Technical and Project-Specific Skills Evaluation',
      '4. Communication Skills',
      '5. Potential Red Flags',
      '6. Analysing the Questions and Answers',
      '7. Final Recommendation and Justification',
    ]);
    expect(await page.getByText(/^Verdict: (Strong|Adequate|Weak|Non-answer)$/).count()).toBeGreaterThan(2);
    expect(await page.locator('.coverage-row').count()).toBeGreaterThan(5);
    expect(await page.locator('.matrix tbody tr').count()).toBeGreaterThan(5);
    await screenshot(page, '07-report');

    const hrefs = await Promise.all(
      (await page.locator('.downloads a').all()).map(
        async (anchor) => (await anchor.getAttribute('href')) ?? '',
      ),
    );
    expect(hrefs).toHaveLength(4);
    const bodies = new Map<string, Buffer>();
    for (const href of hrefs) {
      const response = await recruiter.request.get(`${server.baseUrl}${href}`);
      expect(response.status(), href).toBe(200);
      bodies.set(new URL(href, server.baseUrl).searchParams.get('format') ?? '', await response.body());
    }
    expect(bodies.get('markdown')?.toString()).toContain('# Candidate Evaluation Report');
    expect(JSON.parse(bodies.get('json')?.toString() ?? '{}').schemaVersion).toBe(1);
    expect(bodies.get('html')?.toString()).toContain('<!DOCTYPE html>');
    expect(bodies.get('pdf')?.subarray(0, 5).toString()).toBe('%PDF-');
    await writeFile(join(SCREENSHOTS, 'report.pdf'), bodies.get('pdf') ?? Buffer.alloc(0));

    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, '10-report-phone');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('records a decision per candidate; one that differs from the AI is marked as an override', async () => {
    const page = recruiterPage;
    for (const [name, isOverride] of [
      ['Priya Raman', false],
      ['Jordan Blake', true],
    ] as const) {
      await page.goto(jobUrl);
      await page
        .getByRole('row', { name: new RegExp(name) })
        .getByRole('link', { name })
        .click();
      const banner = page.getByTestId('recommendation');
      await banner.waitFor({ timeout: 120_000 });
      const recommendation = ((await banner.textContent()) ?? '').match(RECOMMENDATION)?.[0] ?? '';
      const agreeing = EXPECTED_DECISION[recommendation]!;
      const decision = isOverride ? (agreeing === 'advance' ? 'reject' : 'advance') : agreeing;
      if (isOverride) {
        // Red-flag quotes from the transcript are marked inside the answers they came from.
        const candidateId = new URL(page.url()).pathname.split('/').pop() ?? '';
        const report = (await (
          await recruiter.request.get(`${server.baseUrl}/api/candidates/${candidateId}/report?format=json`)
        ).json()) as { redFlags: { evidence: { source: string }[] }[] };
        const quoted = report.redFlags
          .flatMap((flag) => flag.evidence)
          .filter((quote) => quote.source === 'transcript');
        const marks = await page.locator('.answer mark.flag-mark').count();
        if (quoted.length > 0) expect(marks).toBeGreaterThan(0);
        else expect(marks).toBe(0);
        await screenshot(page, '13-report-weak-candidate');
      }
      const panel = page.getByRole('region', { name: 'Your decision' });
      await panel.getByRole('radio', { name: new RegExp(DECISION_LABEL[decision]) }).check();
      if (isOverride) expect(await panel.locator('.override-preview').textContent()).toContain('Override');
      await panel
        .getByLabel('Reason')
        .fill(
          isOverride
            ? 'Strong referral from the team lead; a human interview should check the gaps.'
            : 'Clear, measured answers on every must-have.',
        );
      await panel.getByRole('button', { name: 'Record decision' }).click();
      await panel.getByText('Decision recorded').waitFor();
      const entry = panel.locator('.decision-entry').first();
      await entry.waitFor();
      expect(await entry.textContent()).toContain(DECISION_LABEL[decision]);
      expect(await entry.locator('.override-marker').count()).toBe(isOverride ? 1 : 0);
      if (isOverride) await panel.screenshot({ path: join(SCREENSHOTS, '09-decision.png') });
    }
  });

  it('compares the candidates side by side and sorts them', async () => {
    const page = recruiterPage;
    await page.goto(`${jobUrl}/compare`);
    const table = page.getByRole('table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    for (const row of await rows.all()) expect(await row.textContent()).toMatch(RECOMMENDATION);
    const jordan = table.getByRole('row', { name: /Jordan Blake/ });
    expect(await jordan.locator('.override-marker').count()).toBe(1);

    const names = async () =>
      (await table.locator('tbody th a').allTextContents()).map((text) => text.trim());
    await page.getByRole('button', { name: /^Candidate/ }).click();
    expect(await names()).toEqual(['Jordan Blake', 'Priya Raman']);
    expect(await page.getByRole('columnheader', { name: /Candidate/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await page.getByRole('button', { name: /^Candidate/ }).click();
    expect(await names()).toEqual(['Priya Raman', 'Jordan Blake']);
    await page.getByRole('button', { name: /^Recommendation/ }).click();
    expect(await page.getByRole('columnheader', { name: /Recommendation/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await screenshot(page, '08-compare');
    // The comparison fits a 1280 px screen: nothing scrolls sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    expect(
      await page.evaluate("document.querySelector('.compare-table').getBoundingClientRect().right"),
    ).toBeLessThanOrEqual(1280);
  });

  it('invites a colleague, who joins the same organisation', async () => {
    const page = recruiterPage;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel("Colleague's email").fill('sam@lumen.example');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const invitation = await page.getByLabel('Invitation link for sam@lumen.example').inputValue();
    await screenshot(page, '11-settings');

    const colleague = await browser.newContext({ viewport: { width: 1280, height: 860 }, bypassCSP: true });
    const colleaguePage = await colleague.newPage();
    watchErrors(colleaguePage, 'colleague');
    await colleaguePage.goto(invitation);
    await colleaguePage.getByRole('heading', { name: 'Join your team on Candor' }).waitFor();
    // The page names the organisation and fills in the invited email.
    await colleaguePage.getByText(/You were invited to join Lumen Ledger as a member/).waitFor();
    expect(await colleaguePage.getByLabel('Work email').inputValue()).toBe('sam@lumen.example');
    await screenshot(colleaguePage, '14-join');
    await colleaguePage.getByLabel('Your name').fill('Sam Colleague');
    await colleaguePage.getByLabel('Password').fill('another long password');
    await colleaguePage.getByRole('button', { name: 'Join' }).click();
    await colleaguePage.waitForURL('**/jobs');
    await colleaguePage.getByRole('link', { name: /Senior Backend Engineer/ }).waitFor();
    await colleague.close();
  });

  it('edits the interview plan for the next candidates', async () => {
    const page = recruiterPage;
    await page.goto(`${jobUrl}#plan`);
    const plan = page.getByRole('region', { name: 'Interview plan' });
    await plan.getByRole('button', { name: 'Edit plan' }).click();
    await plan
      .getByLabel('Closing question (not scored)')
      .fill('What would you like to know about on-call at Lumen Ledger?');
    await audit(page, '15-plan-editor');
    await plan.getByRole('button', { name: 'Move up question 2' }).click();
    await plan.getByRole('button', { name: 'Save plan' }).click();
    await plan.getByText('Plan saved').waitFor();
    expect(await plan.textContent()).toContain('What would you like to know about on-call at Lumen Ledger?');
  });

  it('raised no script errors in any page', () => {
    expect(pageErrors).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core) on any page checked', () => {
    expect([...accessibility.keys()].length).toBeGreaterThanOrEqual(12);
    expect(Object.fromEntries([...accessibility].filter(([, violations]) => violations.length > 0))).toEqual(
      {},
    );
  });
});
