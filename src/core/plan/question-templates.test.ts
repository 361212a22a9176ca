import { describe, expect, it } from 'vitest';
import type { TClaim } from '../resume.js';
import { wordClaimQuestion, wordGroupQuestion } from './question-templates.js';

function claim(kind: TClaim['kind'], text: string, details: TClaim['details'] = {}): TClaim {
  return { id: 'C1', kind, text, details, keywords: [] };
}

describe('question templates', () => {
  it('asks about a group naming each topic', () => {
    expect(wordGroupQuestion(['designing database schemas', 'event-driven systems such as Kafka']).text).toBe(
      'Tell me about your experience designing database schemas and with event-driven systems such as Kafka: one example of each, what you did, and how it turned out.',
    );
  });

  it('asks about a skill in a group as the candidate\'s own, not as something worked "with"', () => {
    expect(
      wordGroupQuestion(['collaborating with physicians and pharmacists', 'communication skills']).text,
    ).toBe(
      'Tell me about your experience collaborating with physicians and pharmacists, and your communication skills: one example of each, what you did, and how it turned out.',
    );
  });

  it('asks about licences together without "currently hold a current"', () => {
    expect(
      wordGroupQuestion([
        { kind: 'credential', topic: 'current, unencumbered Oregon RN license' },
        { kind: 'credential', topic: 'BLS certification' },
      ]).text,
    ).toMatch(/^Do you currently hold an unencumbered Oregon RN license and a BLS certification\?/);
  });

  it('drops a topic another one in the group already covers', () => {
    const worded = wordGroupQuestion([
      'deploying AI models into production environments and keeping them healthy',
      'deploying AI models into production environments',
    ]);
    expect(worded.topic).toBe('deploying AI models into production environments and keeping them healthy');
    expect(worded.text).toBe(
      'Tell me about your experience deploying AI models into production environments and keeping them healthy: what did you do, and what happened?',
    );
  });

  it('words Resume questions from what the claim says', () => {
    expect(wordClaimQuestion(claim('achievement', 'Led the migration to Kubernetes.')).text).toBe(
      'Your resume says you led the migration to Kubernetes. Walk me through your part in it: what did you do yourself, and what came of it?',
    );
    expect(
      wordClaimQuestion(
        claim('achievement', 'Deployed models with SageMaker; migrated training pipelines to Vertex AI.'),
      ).text,
    ).toMatch(
      /^Your resume says you deployed models with SageMaker and migrated training pipelines to Vertex AI\. /,
    );
    expect(
      wordClaimQuestion(
        claim('role', 'Staff Engineer, Acme — 2020 to 2024', {
          title: 'Staff Engineer',
          organisation: 'Acme',
        }),
      ).text,
    ).toMatch(/^Your resume lists your role as Staff Engineer at Acme\. /);
    expect(
      wordClaimQuestion(claim('experience_years', '7 years of experience building payment services')).text,
    ).toMatch(/^Your resume mentions 7 years of experience building payment services\. Which project/);
    expect(wordClaimQuestion(claim('achievement', 'Winner of the 2022 internal hackathon')).text).toMatch(
      /^Your resume says "Winner of the 2022 internal hackathon"\. /,
    );
  });
});
