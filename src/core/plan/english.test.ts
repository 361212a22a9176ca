import { describe, expect, it } from 'vitest';
import {
  baseVerbsToGerunds,
  gerundsToPast,
  gerundToPast,
  joinList,
  lowerFirst,
  toGerund,
} from './english.js';

describe('english', () => {
  it.each([
    ['deploying', 'deployed'],
    ['building', 'built'],
    ['leading', 'led'],
    ['optimizing', 'optimized'],
    ['applying', 'applied'],
    ['shipping', 'shipped'],
    ['fine-tuning', 'fine-tuned'],
  ])('%s → %s', (gerund, past) => {
    expect(gerundToPast(gerund)).toBe(past);
  });

  it('makes gerunds', () => {
    expect(['design', 'optimize', 'run', 'deploy', 'tie'].map(toGerund)).toEqual([
      'designing',
      'optimizing',
      'running',
      'deploying',
      'tying',
    ]);
  });

  it('rewrites only the verbs that open a phrase', () => {
    expect(gerundsToPast('deploying and monitoring models serving millions')).toBe(
      'deployed and monitored models serving millions',
    );
    expect(baseVerbsToGerunds('Design and implement scalable systems that scale')).toBe(
      'designing and implementing scalable systems that scale',
    );
  });

  it('keeps names and technologies capitalised', () => {
    expect(lowerFirst('Strong background')).toBe('strong background');
    expect(lowerFirst('PyTorch models')).toBe('PyTorch models');
    expect(lowerFirst('Python services')).toBe('Python services');
    expect(lowerFirst('AWS services')).toBe('AWS services');
  });

  it('joins lists', () => {
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b'])).toBe('a and b');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b, and c');
  });
});
