import { describe, expect, it } from 'vitest';
import type { TJob } from '../job.js';
import type { TResume } from '../resume.js';
import { describeJobOverLimits } from './describe-job-over-limits.js';
import { describeLinesOverLimit } from './describe-lines-over-limit.js';
import { describeResumeOverLimits } from './describe-resume-over-limits.js';
import { exceedsJsonDepth } from './exceeds-json-depth.js';
import { findJsonOverLimits } from './find-json-over-limits.js';
import { LIMITS } from './limits.js';

function job(count: number, text = 'Experience with Go'): TJob {
  return {
    title: 'Engineer',
    text: '',
    requirements: Array.from({ length: count }, (_, index) => ({
      id: `R${index + 1}`,
      text,
      priority: 'must' as const,
      section: 'Requirements',
      keywords: ['go'],
    })),
  };
}

function resume(overrides: Partial<TResume>): TResume {
  return { contact: { name: 'Ada', emails: [], phones: [], urls: [] }, text: '', claims: [], ...overrides };
}

describe('exceedsJsonDepth', () => {
  it('allows the limit and refuses one level more', () => {
    const at = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(exceedsJsonDepth(at(LIMITS.maxJsonDepth))).toBe(false);
    expect(exceedsJsonDepth(at(LIMITS.maxJsonDepth + 1))).toBe(true);
    expect(exceedsJsonDepth(`{"a":${'{"b":'.repeat(70)}1${'}'.repeat(70)}}`)).toBe(true);
  });

  it('refuses ten megabytes of opening brackets without parsing them', () => {
    expect(exceedsJsonDepth('['.repeat(10 * 1024 * 1024))).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    const brackets = '['.repeat(500);
    expect(exceedsJsonDepth(JSON.stringify({ name: brackets, quote: `say \\"${brackets}\\"` }))).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify([{ name: 'a"b[[[[' }]))).toBe(false);
  });
});

describe('findJsonOverLimits', () => {
  it('counts values outside strings and names the limit exceeded', () => {
    const items = (count: number) =>
      JSON.stringify(Array.from({ length: count }, (_, index) => ({ id: index })));
    expect(findJsonOverLimits(items(100), { maxDepth: 64, maxValues: 300 })).toBeNull();
    expect(findJsonOverLimits(items(200), { maxDepth: 64, maxValues: 300 })).toBe('maxJsonValues');
    expect(
      findJsonOverLimits(JSON.stringify(['a,b,c,d,e'.repeat(100)]), { maxDepth: 64, maxValues: 3 }),
    ).toBeNull();
    expect(findJsonOverLimits('[[[[]]]]', { maxDepth: 3, maxValues: 100 })).toBe('maxJsonDepth');
    // The same on UTF-8 bytes, multi-byte characters included.
    const bytes = new TextEncoder().encode(JSON.stringify([{ name: 'Zoë, 日本語 [[' }, { name: 'é' }]));
    expect(findJsonOverLimits(bytes, { maxDepth: 2, maxValues: 5 })).toBeNull();
    expect(findJsonOverLimits(bytes, { maxDepth: 1, maxValues: 5 })).toBe('maxJsonDepth');
    expect(findJsonOverLimits(bytes, { maxDepth: 2, maxValues: 3 })).toBe('maxJsonValues');
  });
});

describe('limits on extracted documents', () => {
  it('names maxRequirements when a job has too many requirements', () => {
    expect(describeJobOverLimits(job(LIMITS.maxRequirements))).toBeNull();
    expect(describeJobOverLimits(job(LIMITS.maxRequirements + 1))).toContain('maxRequirements');
    expect(describeJobOverLimits(job(1, 'x'.repeat(LIMITS.maxRequirementLength + 1)))).toContain(
      'maxRequirementLength',
    );
  });

  it('names maxClaims, maxClaimLength and maxContactFieldLength for a resume over them', () => {
    const claim = (text: string, index: number) => ({
      id: `C${index + 1}`,
      kind: 'skill' as const,
      text,
      details: {},
      keywords: [],
    });
    const many = Array.from({ length: LIMITS.maxClaims + 1 }, (_, index) => claim('Go', index));
    expect(describeResumeOverLimits(resume({ claims: many.slice(1) }))).toBeNull();
    expect(describeResumeOverLimits(resume({ claims: many }))).toContain('maxClaims');
    expect(
      describeResumeOverLimits(resume({ claims: [claim('x'.repeat(LIMITS.maxClaimLength + 1), 0)] })),
    ).toContain('maxClaimLength');
    const name = 'A'.repeat(LIMITS.maxContactFieldLength + 1);
    expect(
      describeResumeOverLimits(resume({ contact: { name, emails: [], phones: [], urls: [] } })),
    ).toContain('its name is 301 characters long');
  });

  it('counts lines without splitting the text', () => {
    expect(describeLinesOverLimit('a\nb\nc', 3, 'maxJobLines')).toBeNull();
    expect(describeLinesOverLimit('a\nb\nc\nd', 3, 'maxJobLines')).toContain('more than 3 lines');
    expect(describeLinesOverLimit('a\nb\nc\nd', 3, 'maxJobLines')).toContain('maxJobLines');
  });
});
