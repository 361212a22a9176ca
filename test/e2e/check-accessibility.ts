import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

export type TAxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/**
 * Runs axe-core (the installed, pinned version) on the page as it is and returns its serious and
 * critical violations, each with the elements it found. The browser context must bypass the
 * page's Content-Security-Policy (`bypassCSP: true`), which forbids injected scripts.
 */
export async function findAccessibilityViolations(page: Page): Promise<TAxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if ((await page.evaluate('typeof window.axe')) !== 'object') {
    await page.addScriptTag({ content: await axeSource });
  }
  // The test compiles without DOM types, so the page-side code is a string.
  const violations = (await page.evaluate(`
    window.axe
      .run(document, { resultTypes: ['violations'] })
      .then((result) =>
        result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        })),
      )
  `)) as TAxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
