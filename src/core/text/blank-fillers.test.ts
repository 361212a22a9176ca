import { describe, expect, it } from 'vitest';
import { blankFillers } from './blank-fillers.js';

describe('blankFillers', () => {
  it('blanks fillers of speech with spaces of the same length, so offsets still point into the text', () => {
    const text = 'um my manager uh decided it with the ops team you know';
    const blanked = blankFillers(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.replace(/\s+/g, ' ').trim()).toBe('my manager decided it with the ops team');
    expect(blanked.indexOf('decided')).toBe(text.indexOf('decided'));
  });

  it('keeps "you know" where it asks or tells something, and words that only contain a filler', () => {
    expect(blankFillers('do you know how the drum works')).toBe('do you know how the drum works');
    expect(blankFillers('you know what the limit is')).toBe('you know what the limit is');
    expect(blankFillers('the umbrella policy and the hummus line')).toBe(
      'the umbrella policy and the hummus line',
    );
  });
});
