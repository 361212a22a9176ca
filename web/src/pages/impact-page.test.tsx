import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TAdverseImpactReport } from '../api/types';
import { ImpactPage } from './impact-page';

const group = (
  category: string,
  label: string,
  total: number,
  selected: number,
  change: Partial<TAdverseImpactReport['tables'][number]['groups'][number]> = {},
) => ({
  category,
  label,
  total,
  selected,
  selectionRate: selected / total,
  impactRatio: null as number | null,
  belowFourFifths: false,
  suppressed: false,
  isReference: false,
  ...change,
});

/** AI by sex: men 5/6 (reference), women 3/6 → 0.6, below four fifths; Asian 2: suppressed. */
function report(): TAdverseImpactReport {
  const tables: TAdverseImpactReport['tables'] = [];
  for (const measure of ['ai', 'human'] as const) {
    tables.push({
      measure,
      dimension: 'sex',
      declined: 1,
      groups: [
        group('female', 'Female', 6, 3, { impactRatio: 0.6, belowFourFifths: true }),
        group('male', 'Male', 6, 5, { impactRatio: 1, isReference: true }),
      ],
    });
    tables.push({
      measure,
      dimension: 'race_ethnicity',
      declined: 0,
      groups: [
        group('white', 'White', 10, 8, { impactRatio: 1, isReference: true }),
        group('asian', 'Asian', 2, 0, { suppressed: true, selectionRate: null }),
      ],
    });
    tables.push({ measure, dimension: 'intersectional', declined: 1, groups: [] });
  }
  return {
    minGroupSize: 5,
    respondents: 13,
    tables,
    job: null,
    jobs: [{ id: 'job-1', title: 'Night porter' }],
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ImpactPage', () => {
  it('shows rates and ratios, marks four fifths and suppression, and reloads for a job', async () => {
    const urls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        urls.push(url);
        return new Response(JSON.stringify(report()), { headers: { 'content-type': 'application/json' } });
      }),
    );
    render(<ImpactPage />);
    await screen.findByText('13 candidates answered the form across all jobs.');
    const ai = screen.getByRole('region', { name: "The AI's recommendation" });
    const bySex = within(ai).getByRole('table', { name: 'By sex' });
    const female = within(bySex).getByRole('row', { name: /Female/ });
    expect(female.textContent).toContain('50.0 %');
    expect(female.textContent).toContain('0.600');
    expect(female.textContent).toContain('Below 0.80');
    expect(within(bySex).getByRole('row', { name: /Male/ }).textContent).toContain('Highest rate');
    const asian = within(within(ai).getByRole('table', { name: 'By race/ethnicity' })).getByRole('row', {
      name: /Asian/,
    });
    expect(asian.textContent).toContain('Under 5: not rated');
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/api/impact/csv?minGroupSize=5',
    );

    fireEvent.change(screen.getByLabelText('Job'), { target: { value: 'job-1' } });
    await vi.waitFor(() => expect(urls.at(-1)).toBe('/api/impact?minGroupSize=5&jobId=job-1'));
    fireEvent.change(screen.getByLabelText('Minimum group size'), { target: { value: '10' } });
    await vi.waitFor(() => expect(urls.at(-1)).toBe('/api/impact?minGroupSize=10&jobId=job-1'));
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/api/impact/csv?minGroupSize=10&jobId=job-1',
    );
  });
});
