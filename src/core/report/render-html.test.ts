import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECOMMENDATIONS } from '../evaluation.js';
import {
  emptyEvaluation,
  HOSTILE_ANSWER,
  HOSTILE_NAME,
  hostileEvaluation,
  INJECTED_ANSWER,
  seedEvaluation,
  strongEvaluation,
} from './__fixtures__/evaluations.js';
import { renderHtml } from './render-html.js';

const EXPECTED_H2 = [
  '1. Overall Summary',
  '2. Alignment with Job Requirements',
  '3. Technical and Project-Specific Skills Evaluation',
  '4. Communication Skills',
  '5. Potential Red Flags',
  '6. Analysing the Questions and Answers',
  '7. Final Recommendation and Justification',
  'Appendix: Evidence Matrix',
  'Appendix: Notes',
];

/** The only elements a report may contain. */
const ALLOWED_TAGS = new Set(
  'html head meta title style body main header h1 h2 h3 dl div dt dd p span strong section ul li article figure figcaption blockquote q table caption colgroup col thead tbody tr th td svg rect i br details summary'.split(
    ' ',
  ),
);

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function unescapeHtml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

function bodyOf(html: string): string {
  return html.slice(html.indexOf('<body>'));
}

function openingTags(html: string): string[] {
  return [...bodyOf(html).matchAll(/<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)].map((match) => match[0]);
}

const VOID_TAGS = new Set(['meta', 'br', 'rect', 'col']);

/** Problems with element nesting: every non-void element closed, in order. */
function unbalancedTags(html: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  const markup = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  for (const match of markup.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, rawName, selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (VOID_TAGS.has(name) || selfClosing === '/') continue;
    if (closing === '') stack.push(name);
    else if (stack.pop() !== name) problems.push(`unexpected </${name}> at ${match.index}`);
  }
  return [...problems, ...stack.map((name) => `unclosed <${name}>`)];
}

function headings(html: string): { level: number; text: string }[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>(.*?)<\/h\1>/g)].map((match) => ({
    level: Number(match[1]),
    text: match[2]!.replace(/<[^>]+>.*?<\/[^>]+>/g, '').trim(),
  }));
}

function sectionHtml(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, `section ${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('renderHtml', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is one self-contained HTML5 document: no scripts, no external resources', () => {
    for (const evaluation of [seedEvaluation(), strongEvaluation(), hostileEvaluation(), emptyEvaluation()]) {
      const html = renderHtml(evaluation);
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
      expect(html.endsWith('</html>\n')).toBe(true);
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
      );
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
      expect(style).not.toMatch(/url\(|@import|https?:/i);
      // Markup only (text between tags removed): no scripts, no element that loads anything.
      const markup = html.replace(/>[^<]*</g, '><');
      expect(markup).not.toMatch(/<script|<link|<iframe|<object|<embed|<img|\ssrc=|\shref=|https?:/i);
      expect(unbalancedTags(html)).toEqual([]);
      for (const tag of openingTags(html)) {
        const name = /^<([a-zA-Z0-9]+)/.exec(tag)![1]!.toLowerCase();
        expect(ALLOWED_TAGS.has(name), tag).toBe(true);
        expect(tag).not.toMatch(/\son[a-z]+=/i);
      }
    }
  });

  it('escapes hostile candidate text in the name, the title and the answers', () => {
    const html = renderHtml(hostileEvaluation());
    const escapedName =
      '&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;';
    expect(html).toContain(`<dt>Candidate</dt><dd>${escapedName}</dd>`);
    expect(html).toContain(
      `<title>Candidate Evaluation Report — ${escapedName} — Generative AI Engineer</title>`,
    );
    expect(html).toContain(
      '<blockquote class="verbatim">&lt;script&gt;alert(2)&lt;/script&gt;\n&quot;&gt;&lt;img src=x onerror=alert(3)&gt;</blockquote>',
    );
    const name = /<dt>Candidate<\/dt><dd>(.*?)<\/dd>/.exec(html)![1]!;
    expect(unescapeHtml(name)).toBe(HOSTILE_NAME);
    const answers = [
      ...sectionHtml(html, 'answers').matchAll(/<blockquote class="verbatim">([\s\S]*?)<\/blockquote>/g),
    ];
    expect(unescapeHtml(answers[0]![1]!)).toBe(HOSTILE_ANSWER);
    expect(unescapeHtml(answers[1]![1]!)).toBe(INJECTED_ANSWER);
  });

  it('renders an empty evaluation with every section and no empty table', () => {
    const html = renderHtml(emptyEvaluation());
    expect(
      headings(html)
        .filter((heading) => heading.level === 2)
        .map((heading) => heading.text),
    ).toEqual(EXPECTED_H2);
    expect(html).not.toContain('<table');
    expect(html).not.toContain('<dt>Candidate</dt>');
    expect(html).toContain('<title>Candidate Evaluation Report — Data Analyst</title>');
    expect(sectionHtml(html, 'evidence-matrix')).toContain('No requirements were assessed.');
  });

  it('has headings in order without skipped levels, the seven sections as h2', () => {
    const evaluation = seedEvaluation();
    const list = headings(renderHtml(evaluation));
    expect(list[0]).toEqual({ level: 1, text: 'Candidate Evaluation Report' });
    expect(list.filter((heading) => heading.level === 1)).toHaveLength(1);
    for (let index = 1; index < list.length; index++) {
      expect(list[index]!.level).toBeLessThanOrEqual(list[index - 1]!.level + 1);
    }
    expect(list.filter((heading) => heading.level === 2).map((heading) => heading.text)).toEqual(EXPECTED_H2);
    const questionHeadings = list.filter((heading) => heading.text.startsWith('Question '));
    expect(questionHeadings.map((heading) => heading.text)).toEqual(
      evaluation.answers.map((answer) => `Question ${answer.turn} (${answer.type})`),
    );
  });

  it('shows the recommendation as a prominent badge with its text label and a colour per level', () => {
    const tones = new Set<string>();
    for (const recommendation of RECOMMENDATIONS) {
      const evaluation = seedEvaluation();
      evaluation.recommendation = recommendation;
      const html = renderHtml(evaluation);
      const banner =
        /<p class="recommendation-banner tone-(\w+)"><span class="banner-label">Recommendation<\/span> <strong>(.*?)<\/strong><\/p>/.exec(
          html,
        );
      expect(banner, recommendation).not.toBeNull();
      expect(banner![2]).toBe(recommendation);
      expect(html.indexOf('recommendation-banner')).toBeLessThan(html.indexOf('<section'));
      tones.add(banner![1]!);
    }
    expect(tones.size).toBe(RECOMMENDATIONS.length);
  });

  it('uses colours with at least 7:1 contrast for badges and 4.5:1 for text, and defines every tone it uses', () => {
    const html = renderHtml(strongEvaluation());
    const tones = new Map(
      [...html.matchAll(/\.tone-(\w+)\{--fg:(#[0-9a-f]{6});--bg:(#[0-9a-f]{6})\}/g)].map((match) => [
        match[1]!,
        { fg: match[2]!, bg: match[3]! },
      ]),
    );
    expect(tones.size).toBe(5);
    for (const [tone, { fg, bg }] of tones) expect(contrast(fg, bg), tone).toBeGreaterThanOrEqual(7);
    const root = /:root\{[^}]*--ink:(#[0-9a-f]{6});--muted:(#[0-9a-f]{6});[^}]*--panel:(#[0-9a-f]{6})/.exec(
      html,
    )!;
    expect(contrast(root[1]!, '#ffffff')).toBeGreaterThanOrEqual(7);
    expect(contrast(root[2]!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(root[2]!, root[3]!)).toBeGreaterThanOrEqual(4.5);
    for (const evaluation of [seedEvaluation(), strongEvaluation()]) {
      const used = new Set(
        [...bodyOf(renderHtml(evaluation)).matchAll(/\btone-(\w+)/g)].map((match) => match[1]!),
      );
      for (const tone of used) expect(tones.has(tone), tone).toBe(true);
    }
  });

  it('renders the evidence matrix as a table: scoped headers, one row per requirement with a status badge', () => {
    const evaluation = seedEvaluation();
    const html = renderHtml(evaluation);
    const matrix = sectionHtml(html, 'evidence-matrix');
    expect(matrix).toContain('<caption>');
    const th = [...html.matchAll(/<th\b[^>]*>/g)].map((match) => match[0]);
    expect(th.length).toBeGreaterThan(0);
    for (const tag of th) expect(tag).toMatch(/^<th scope="(col|row)">$/);
    const body = matrix.slice(matrix.indexOf('<tbody>'), matrix.indexOf('</tbody>'));
    const rows = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => match[1]!);
    expect(rows).toHaveLength(evaluation.requirements.length);
    evaluation.requirements.forEach((requirement, index) => {
      const row = rows[index]!;
      expect(row.startsWith(`<th scope="row">${requirement.requirementId}</th>`)).toBe(true);
      expect(row).toMatch(/<span class="badge tone-\w+">(Met|Partial|Gap|Unverified)<\/span>/);
      for (const quote of requirement.interviewEvidence) {
        expect(row).toContain(`<q>${quote.text}</q> <span class="source">(turn ${quote.turn})</span>`);
      }
    });
    expect(rows[1]).toContain('<span class="badge tone-bad">Gap</span>');
    expect(rows[6]).toContain('<span class="badge tone-caution">Partial</span>');
  });

  it('quotes red-flag evidence in blockquotes with its source', () => {
    const evaluation = seedEvaluation();
    const flags = sectionHtml(renderHtml(evaluation), 'red-flags');
    expect(flags).toContain('<h3>Resume discrepancy <span class="badge tone-bad">High severity</span></h3>');
    expect(flags).toContain(
      '<h3>Possibly assisted answers <span class="badge tone-caution">Medium severity</span></h3>',
    );
    expect(flags).toContain(
      '<blockquote class="verbatim">yes i used paraments like limiting context size limiting as such</blockquote><figcaption>Turn 3</figcaption>',
    );
    expect(flags).toContain(
      '<blockquote class="verbatim">Built production-scale generative inference infrastructure serving LLMs to millions of users.</blockquote><figcaption>Resume</figcaption>',
    );
    evaluation.redFlags = [];
    const none = sectionHtml(renderHtml(evaluation), 'red-flags');
    expect(none).toContain('<p>No red flags were found.</p>');
    expect(none).not.toContain('<article');
  });

  it('shows every answer in order with its question, the answer verbatim and a verdict badge', () => {
    const evaluation = seedEvaluation();
    const answers = sectionHtml(renderHtml(evaluation), 'answers');
    let previous = -1;
    for (const answer of evaluation.answers) {
      const start = answers.indexOf(`<h3 id="question-${answer.turn}">`);
      expect(start).toBeGreaterThan(previous);
      const article = answers.slice(start, answers.indexOf('</article>', start));
      expect(article).toMatch(
        /<span class="badge tone-\w+">Verdict: (Non-answer|Weak|Adequate|Strong)<\/span>/,
      );
      expect(unescapeHtml(/<p class="question">(.*?)<\/p>/.exec(article)![1]!)).toBe(answer.question);
      expect(unescapeHtml(/<blockquote class="verbatim">([\s\S]*?)<\/blockquote>/.exec(article)![1]!)).toBe(
        answer.answer,
      );
      previous = start;
    }
    expect(answers).toContain('<span class="badge tone-bad">Verdict: Non-answer</span>');
  });

  it('sums up must-have coverage, red flags and scored answers under the recommendation', () => {
    const seed = renderHtml(seedEvaluation());
    expect(seed).toContain('</svg> 0 met · 1 partial · 3 unverified · 3 gaps</dd>');
    expect(seed).toContain('<dt>Red flags</dt><dd>2 (1 high severity)</dd>');
    expect(seed).toContain('<dt>Scored answers</dt><dd>1 adequate · 3 weak · 1 non-answer</dd>');
    // The closing question is not scored.
    expect(renderHtml(strongEvaluation())).toContain('<dt>Scored answers</dt><dd>2 strong · 1 adequate</dd>');
    const widths = [...seed.matchAll(/<rect x="[\d.]+" y="0" width="([\d.]+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(100, 1);
  });

  it('shows the override and stability in the recommendation section', () => {
    const html = renderHtml(strongEvaluation());
    expect(html).toContain(
      '<strong>Recommend</strong> <span class="banner-note">The model recommended Strongly Recommend; the policy lowered it (see section 7).</span></p>',
    );
    const section = sectionHtml(html, 'recommendation');
    expect(section).toContain('<span class="badge tone-fair badge-large">Recommend</span>');
    expect(section).toContain(
      '<p class="callout"><strong>Override:</strong> The model recommended Strongly Recommend; the policy lowered it to Recommend because a medium-severity red flag (inconsistency) needs a human review first.</p>',
    );
    expect(section).toContain(
      '<p>3 of 5 samples agreed on the recommendation (60%): Strongly Recommend 3, Recommend 2.</p>',
    );
    const seed = sectionHtml(renderHtml(seedEvaluation()), 'recommendation');
    expect(seed).not.toContain('Override');
    expect(seed).not.toContain('Stability');
  });

  it('is deterministic: same input, same bytes, whatever the clock says', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    const first = renderHtml(strongEvaluation());
    vi.setSystemTime(new Date('2031-07-15T12:34:56Z'));
    expect(renderHtml(strongEvaluation())).toBe(first);
  });

  it('collapses a long answer: the parts the report quotes shown, the whole answer behind a disclosure print leaves closed', () => {
    const evaluation = strongEvaluation();
    const answer = evaluation.answers[0]!;
    const quoted = 'I rebuilt the ledger reconciliation in Go and it now runs in 4 minutes.';
    const filler = 'We talked about it in many meetings over the quarter. '.repeat(40);
    answer.answer = `${filler}${quoted} ${filler}`;
    evaluation.technicalSkills.evidence = [{ source: 'transcript', turn: answer.turn, text: quoted }];
    const html = renderHtml(evaluation);
    const card = html.slice(
      html.indexOf(`id="question-${answer.turn}"`),
      html.indexOf('</article>', html.indexOf(`id="question-${answer.turn}"`)),
    );
    const length = answer.answer.trim().length.toLocaleString('en');
    expect(card).toContain(
      `A long answer (${length} characters): the parts quoted in this report are shown.`,
    );
    expect(card).toContain(
      `<ul class="quoted-parts"><li><blockquote class="verbatim">${quoted}</blockquote></li></ul>`,
    );
    expect(card).toContain(
      `<details class="whole-answer"><summary>The whole answer (${length} characters)</summary>`,
    );
    // The whole text is there once, inside the disclosure.
    expect(card.split('We talked about it in many meetings').length - 1).toBe(80);
    expect(html).toMatch(/@media print\{[\s\S]*\.whole-answer\{display:none\}/);
    // A short answer is shown as it is.
    expect(renderHtml(strongEvaluation())).not.toContain('whole-answer"');
  });

  it('lays the evidence matrix out one requirement per row in print, without breaking words', () => {
    const html = renderHtml(strongEvaluation());
    expect(html).toMatch(/\nth,td\{[^}]*overflow-wrap:break-word;word-break:normal/);
    expect(html).not.toMatch(/\n(th,td|\.matrix[^{]*)\{[^}]*overflow-wrap:anywhere/);
    expect(html).toContain('.matrix .m-priority,.matrix .m-status{white-space:nowrap}');
    expect(html).toMatch(/@media print\{[\s\S]*\.matrix tr\{display:grid;/);
    expect(sectionHtml(html, 'evidence-matrix')).toContain(
      '<td class="m-resume" data-label="Resume evidence">',
    );
  });
});
