import { describe, expect, it } from 'vitest';
import type { TFollowUpReason } from '../transcript.js';
import { makeSignals } from './__fixtures__/signals.js';
import { decideFollowUp, type TDecideFollowUpInput, type TProbe } from './decide-follow-up.js';

function probes(...reasons: TFollowUpReason[]): TProbe[] {
  return reasons.map((reason) => ({ reason }));
}

function decide(overrides: Partial<TDecideFollowUpInput> & { signals: TDecideFollowUpInput['signals'] }) {
  return decideFollowUp({ questionType: 'JD', previousProbes: probes(), maxProbes: 2, ...overrides });
}

const NON_ANSWER = makeSignals({
  isNonAnswer: true,
  wordCount: 4,
  specificity: 0,
  relevance: 0,
  addressesQuestion: false,
});
const STRONG = makeSignals({
  specificity: 0.95,
  gaveExample: true,
  quantified: true,
  tools: ['PyTorch'],
  firstPersonActions: ['I deployed'],
});

describe('decideFollowUp', () => {
  it('asks something broader after a non-answer', () => {
    expect(decide({ signals: NON_ANSWER })).toEqual({ action: 'follow_up', reason: 'non_answer' });
  });

  it('moves on after a second non-answer instead of badgering', () => {
    expect(decide({ signals: NON_ANSWER, previousProbes: probes('non_answer') })).toEqual({
      action: 'move_on',
      why: 'repeated_non_answer',
    });
  });

  it('asks for a specific example when the answer stays general', () => {
    expect(decide({ signals: makeSignals({ gaveExample: false, specificity: 0.15 }) })).toEqual({
      action: 'follow_up',
      reason: 'vague',
    });
  });

  it('asks gently for techniques when the vague answer hedges or follows a non-answer', () => {
    const hedged = makeSignals({ hedges: ['not sure'], specificity: 0.15, relevance: 0, wordCount: 8 });
    expect(decide({ signals: hedged })).toEqual({ action: 'follow_up', reason: 'vague', tentative: true });
    const plain = makeSignals({ specificity: 0.15 });
    expect(decide({ signals: plain, previousProbes: probes('non_answer') })).toEqual({
      action: 'follow_up',
      reason: 'vague',
      tentative: true,
    });
    expect(decide({ signals: plain, previousProbes: probes('non_answer', 'vague'), maxProbes: 3 })).toEqual({
      action: 'follow_up',
      reason: 'vague',
    });
  });

  it('asks for measurable impact when an example has no results', () => {
    const example = makeSignals({ gaveExample: true, quantified: false, specificity: 0.4 });
    expect(decide({ signals: example })).toEqual({ action: 'follow_up', reason: 'no_impact' });
  });

  it('does not ask a hypothetical for measurable impact', () => {
    const example = makeSignals({ gaveExample: true, quantified: false, specificity: 0.4 });
    expect(decide({ signals: example, questionType: 'Situational' })).toEqual({
      action: 'follow_up',
      reason: 'elaborate',
    });
  });

  it('does not ask for numbers twice', () => {
    const example = makeSignals({ gaveExample: true, quantified: false, specificity: 0.4 });
    expect(decide({ signals: example, previousProbes: probes('no_impact') })).toEqual({
      action: 'move_on',
      why: 'adequate',
    });
  });

  it('rephrases when a substantial answer misses the question entirely', () => {
    const offTopic = makeSignals({ relevance: 0, wordCount: 30, addressesQuestion: false });
    expect(decide({ signals: offTopic })).toEqual({ action: 'follow_up', reason: 'off_topic' });
    expect(decide({ signals: offTopic, previousProbes: probes('off_topic') })).toEqual({
      action: 'move_on',
      why: 'repeated_off_topic',
    });
  });

  it('does not call a short or hedged answer off topic', () => {
    expect(decide({ signals: makeSignals({ relevance: 0, wordCount: 5 }) }).action).toBe('follow_up');
    expect(decide({ signals: makeSignals({ relevance: 0, wordCount: 5 }) })).toMatchObject({
      reason: 'vague',
    });
    expect(
      decide({ signals: makeSignals({ relevance: 0, wordCount: 30, hedges: ['i think'] }) }),
    ).toMatchObject({
      reason: 'vague',
    });
  });

  it('moves on after a strong answer', () => {
    expect(decide({ signals: STRONG })).toEqual({ action: 'move_on', why: 'strong' });
  });

  it('asks to elaborate on a thin but quantified example, naming the tool mentioned', () => {
    const thin = makeSignals({
      gaveExample: true,
      quantified: true,
      specificity: 0.45,
      tools: ['Kubernetes'],
      addressesQuestion: false,
    });
    expect(decide({ signals: thin })).toEqual({
      action: 'follow_up',
      reason: 'elaborate',
      focus: 'Kubernetes',
    });
    expect(decide({ signals: thin, previousProbes: probes('elaborate') })).toEqual({
      action: 'move_on',
      why: 'adequate',
    });
  });

  it('asks for the candidate’s own part when a resume claim gets a quantified but thin answer', () => {
    const thin = makeSignals({ gaveExample: true, quantified: true, specificity: 0.45 });
    expect(decide({ signals: thin })).toEqual({ action: 'move_on', why: 'strong' });
    expect(decide({ signals: thin, questionType: 'Resume' })).toEqual({
      action: 'follow_up',
      reason: 'elaborate',
    });
    expect(decide({ signals: { ...thin, specificity: 0.7 }, questionType: 'Resume' })).toEqual({
      action: 'move_on',
      why: 'strong',
    });
  });

  it('never probes more than maxProbes times', () => {
    expect(decide({ signals: NON_ANSWER, previousProbes: probes('vague', 'vague') })).toEqual({
      action: 'move_on',
      why: 'probe_limit',
    });
    expect(decide({ signals: NON_ANSWER, maxProbes: 0 })).toEqual({ action: 'move_on', why: 'probe_limit' });
    expect(decide({ signals: NON_ANSWER, previousProbes: probes('vague', 'vague'), maxProbes: 3 })).toEqual({
      action: 'follow_up',
      reason: 'non_answer',
    });
  });

  it('moves on without probing when the candidate skips', () => {
    const skip = makeSignals({ isSkip: true, isNonAnswer: true, wordCount: 1, specificity: 0, relevance: 0 });
    expect(decide({ signals: skip })).toEqual({ action: 'move_on', why: 'skipped' });
  });
});

describe('decideFollowUp on a question that stays vague', () => {
  const vague = makeSignals({ specificity: 0.1 });
  const confident = { reason: 'vague' as const };
  const tentative = { reason: 'vague' as const, tentative: true };

  it('switches to the other kind of request when one kind has had both its wordings', () => {
    expect(decide({ signals: vague, previousProbes: [confident, confident], maxProbes: 5 })).toEqual({
      action: 'follow_up',
      reason: 'vague',
      tentative: true,
    });
    const hedged = makeSignals({ specificity: 0.1, hedges: ['maybe'] });
    expect(decide({ signals: hedged, previousProbes: [tentative, tentative], maxProbes: 5 })).toEqual({
      action: 'follow_up',
      reason: 'vague',
    });
  });

  it('moves on when both kinds are used up', () => {
    expect(
      decide({ signals: vague, previousProbes: [confident, tentative, confident, tentative], maxProbes: 9 }),
    ).toEqual({ action: 'move_on', why: 'still_vague' });
  });
});
