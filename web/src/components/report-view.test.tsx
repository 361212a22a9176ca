import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { seedEvaluation, strongEvaluation } from '../../../src/core/report/__fixtures__/evaluations';
import { SECTION_HEADINGS } from '../lib/report-words';
import { answerAnchor, flagMarksByTurn, ReportView } from './report-view';

afterEach(cleanup);

describe('ReportView', () => {
  it('leads with the recommendation and shows the seven sections of the seed report in order', () => {
    render(<ReportView evaluation={seedEvaluation()} />);
    expect(screen.getByTestId('recommendation').textContent).toContain('Do Not Recommend');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(Object.values(SECTION_HEADINGS));
  });

  it("marks each red flag's quote inside the answer it came from, and nothing else", () => {
    const { container } = render(<ReportView evaluation={seedEvaluation()} />);
    const answer1 = container.querySelector(`#${answerAnchor(1)}`) as HTMLElement;
    const answer3 = container.querySelector(`#${answerAnchor(3)}`) as HTMLElement;
    const answer5 = container.querySelector(`#${answerAnchor(5)}`) as HTMLElement;
    const answer4 = container.querySelector(`#${answerAnchor(4)}`) as HTMLElement;
    expect(markedText(answer1)).toEqual(['i dont know how']);
    expect(markedText(answer3)).toEqual(['yes i used paraments like limiting context size limiting as such']);
    expect(markedText(answer5)).toEqual(['The Task: Multi-Document Question Answering']);
    expect(markedText(answer4)).toEqual([]);
    expect(answer1.querySelector('mark')?.getAttribute('title')).toBe('Resume discrepancy');
    // The whole answer is still there, around the mark.
    expect(answer5.querySelector('blockquote')?.textContent).toContain('Imagine a task where a user asks');
  });

  it('shows a verdict badge per scored answer and links transcript quotes to their answer', () => {
    const { container } = render(<ReportView evaluation={seedEvaluation()} />);
    const answers = screen.getByRole('region', { name: SECTION_HEADINGS.answers });
    expect(within(answers).getByText('Verdict: Non-answer')).toBeTruthy();
    expect(within(answers).getAllByText('Verdict: Weak')).toHaveLength(3);
    const flags = screen.getByRole('region', { name: SECTION_HEADINGS.redFlags });
    const links = within(flags).getAllByRole('link', { name: 'turn 1' });
    expect(links[0]?.getAttribute('href')).toBe(`#${answerAnchor(1)}`);
    expect(container.querySelectorAll('.coverage-row')).toHaveLength(9);
  });

  it('draws one coverage row per requirement with its status in words', () => {
    render(<ReportView evaluation={strongEvaluation()} />);
    const chart = screen.getByRole('figure', { name: /Requirement coverage/ });
    const rows = chart.querySelectorAll('.coverage-row');
    expect(rows).toHaveLength(6);
    expect(rows[0]?.textContent).toContain('R1');
    expect(rows[0]?.textContent).toContain('Met');
    expect(rows[0]?.querySelectorAll('.meter .is-filled')).toHaveLength(3);
    expect(rows[4]?.textContent).toContain('Unverified');
    expect(rows[4]?.querySelectorAll('.meter .is-filled')).toHaveLength(1);
  });
});

describe('flagMarksByTurn', () => {
  it('collects transcript quotes per turn and skips resume quotes', () => {
    const marks = flagMarksByTurn(seedEvaluation().redFlags);
    expect([...marks.keys()].sort()).toEqual([1, 3, 5]);
    expect(marks.get(1)).toEqual([{ quote: 'i dont know how', label: 'Resume discrepancy' }]);
  });

  it('collapses a long answer to the parts the report quotes, and expands it on request', () => {
    const evaluation = strongEvaluation();
    const answer = evaluation.answers[0]!;
    const quoted = 'I rebuilt the ledger reconciliation in Go and it now runs in 4 minutes.';
    const filler = 'We talked about it in many meetings over the quarter. '.repeat(40);
    answer.answer = `${filler}${quoted} ${filler}`;
    evaluation.technicalSkills.evidence = [{ source: 'transcript', turn: answer.turn, text: quoted }];
    const { container } = render(<ReportView evaluation={evaluation} />);
    const card = container.querySelector(`#${answerAnchor(answer.turn)}`) as HTMLElement;
    const length = answer.answer.trim().length.toLocaleString('en');
    expect(card.textContent).toContain(
      `A long answer (${length} characters): the parts quoted in this report are shown.`,
    );
    expect([...card.querySelectorAll('.quoted-parts blockquote')].map((quote) => quote.textContent)).toEqual([
      quoted,
    ]);
    expect(card.textContent).not.toContain('We talked about it');
    const toggle = within(card).getByRole('button', { name: `Show the whole answer (${length} characters)` });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(card.querySelector('blockquote')?.textContent).toBe(answer.answer.trim());
    expect(
      within(card).getByRole('button', { name: 'Show only the quoted parts' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });
});

function markedText(element: HTMLElement): string[] {
  return [...element.querySelectorAll('mark')].map((mark) =>
    [...mark.childNodes]
      .filter((node) => !(node instanceof HTMLElement && node.classList.contains('visually-hidden')))
      .map((node) => node.textContent)
      .join(''),
  );
}
