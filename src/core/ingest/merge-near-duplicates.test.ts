import { describe, expect, it } from 'vitest';
import type { TRequirement } from '../job.js';
import { mergeNearDuplicates } from './merge-near-duplicates.js';

const requirement = (text: string, index: number, priority: 'must' | 'nice' = 'must'): TRequirement => ({
  id: `R${index + 1}`,
  text,
  priority,
  section: 'Requirements',
  keywords: [],
});

const merged = (texts: readonly string[]) =>
  mergeNearDuplicates(texts.map((text, index) => requirement(text, index))).map((r) => r.text);

describe('merging near-duplicate requirements', () => {
  // Rewordings of one requirement: the same content words as lemmas, numbers as digits.
  it.each([
    ['5+ years of backend development', 'At least five years building backend services'],
    ['Experience administering medications', 'Administer medications safely, following the five rights'],
    ['Kubernetes', 'Deep Kubernetes experience'],
    ['Python', 'Python and Django'],
    ['2+ years of experience', 'Two or more years of acute care nursing experience'],
    ['Ten years managing warehouse teams', '10+ years of warehouse team management experience'],
    ['Deploy AI models into production', 'Experience deploying AI models into production environments'],
  ])('merges "%s" into "%s"', (covered, fuller) => {
    expect(merged([covered, fuller])).toEqual([fuller]);
    expect(merged([fuller, covered])).toEqual([fuller]);
  });

  // Close, but asking for different things.
  it.each([
    ['RN license', 'BLS certification'],
    ['BLS certification', 'ACLS certification'],
    ['3+ years of Python', '3+ years of Java'],
    ['5+ years of backend development', '5+ years of frontend development'],
    ['5+ years of backend development', '3+ years of backend development'],
    ['Customer service experience', 'Customer success experience'],
    ['Python', 'Go'],
  ])('keeps "%s" and "%s" apart', (first, second) => {
    expect(merged([first, second])).toEqual([first, second]);
  });

  it('keeps the fuller one with its own priority and renumbers the ids', () => {
    const result = mergeNearDuplicates([
      requirement('Go', 0, 'nice'),
      requirement('Kubernetes', 1),
      requirement('Go programming', 2, 'nice'),
      requirement('At least five years building backend services', 3),
      requirement('5+ years of backend development', 4),
    ]);
    expect(result.map(({ id, text, priority }) => ({ id, text, priority }))).toEqual([
      { id: 'R1', text: 'Kubernetes', priority: 'must' },
      { id: 'R2', text: 'Go programming', priority: 'nice' },
      { id: 'R3', text: 'At least five years building backend services', priority: 'must' },
    ]);
  });
});
