import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { comparisonFixture } from '../test-support/comparison-fixture';
import { ComparePage } from './compare-page';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify(comparisonFixture()), {
          headers: { 'content-type': 'application/json' },
        }),
    ),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function rowNames(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('rowheader')[0]!.querySelector('a')!.textContent ?? '');
}

describe('ComparePage', () => {
  it('filters the rows by group and by name', async () => {
    render(<ComparePage jobId="job-1" />);
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'undecided' } });
    expect(rowNames()).toEqual(['Bo Chen']);
    expect(screen.getByText('1 of 4 candidates shown')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Find'), { target: { value: 'evans' } });
    expect(rowNames()).toEqual(['Dee Evans']);
    expect(screen.getByRole('columnheader', { name: /Answered/ })).toBeTruthy();
  });

  it('lists the candidates best recommendation first, and re-sorts when a column heading is chosen', async () => {
    render(<ComparePage jobId="job-1" />);
    await screen.findByRole('table');
    expect(rowNames()).toEqual(['Ana Silva', 'Bo Chen', 'Dee Evans', 'Cy Dorn']);
    const recommendationHeader = screen.getByRole('columnheader', { name: /Recommendation/ });
    expect(recommendationHeader.getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByRole('button', { name: /Red flags/ }));
    expect(rowNames()).toEqual(['Dee Evans', 'Bo Chen', 'Ana Silva', 'Cy Dorn']);
    expect(screen.getByRole('columnheader', { name: /Red flags/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(recommendationHeader.getAttribute('aria-sort')).toBe('none');

    fireEvent.click(screen.getByRole('button', { name: /Red flags/ }));
    expect(rowNames()).toEqual(['Ana Silva', 'Bo Chen', 'Dee Evans', 'Cy Dorn']);

    fireEvent.click(screen.getByRole('button', { name: /^R2/ }));
    expect(rowNames()).toEqual(['Ana Silva', 'Dee Evans', 'Bo Chen', 'Cy Dorn']);
  });

  it('shows coverage in words, the must-haves met, and marks a decision that overrides the AI', async () => {
    render(<ComparePage jobId="job-1" />);
    await screen.findByRole('table');
    const dee = screen.getByRole('row', { name: /Dee Evans/ });
    expect(within(dee).getByText('Do Not Recommend')).toBeTruthy();
    expect(within(dee).getByText('Hold')).toBeTruthy();
    expect(within(dee).getByText('Override')).toBeTruthy();
    expect(within(dee).getByText('0 of 2')).toBeTruthy();
    expect(within(dee).getByText('Resume discrepancy')).toBeTruthy();
    const ana = screen.getByRole('row', { name: /Ana Silva/ });
    expect(within(ana).queryByText('Override')).toBeNull();
    expect(within(ana).getAllByText('Met')).toHaveLength(2);
  });
});
