import { describe, expect, it } from 'vitest';
import { classifyRequirement } from './classify-requirement.js';

describe('classifyRequirement', () => {
  it.each([
    [
      'Strong background in machine learning and deep learning algorithms.',
      'knowledge',
      'machine learning and deep learning algorithms',
    ],
    [
      'Proficiency in Python, TensorFlow, and PyTorch for developing AI models.',
      'tool',
      'Python, TensorFlow, and PyTorch for developing AI models',
    ],
    [
      'Experience in deploying AI models into production environments.',
      'experience',
      'deploying AI models into production environments',
    ],
    [
      'Experience with model compression: quantization, pruning, distillation.',
      'experience',
      'model compression (quantization, pruning, distillation)',
    ],
    ['Experience with AWS or GCP machine learning services.', 'tool', 'AWS or GCP machine learning services'],
    [
      'Design and implement scalable and efficient AI systems.',
      'experience',
      'designing and implementing scalable and efficient AI systems',
    ],
    ['Ability to design and run A/B tests', 'experience', 'designing and running A/B tests'],
    ['3+ years building backend services', 'years', 'building backend services'],
    ['Excellent written and verbal communication skills', 'soft', 'written and verbal communication skills'],
    ['Kubernetes and Docker', 'tool', 'Kubernetes and Docker'],
    ["Bachelor's degree in Computer Science", 'credential', "bachelor's degree in Computer Science"],
    [
      'Design, build and operate the services that authorise and settle card payments.',
      'experience',
      'designing, building and operating the services that authorise and settle card payments',
    ],
    [
      'Keep payment APIs fast and reliable: own the latency and error-rate objectives of your services.',
      'experience',
      'keeping payment APIs fast and reliable',
    ],
    [
      'Deploy AI models into production environments and keep them healthy.',
      'experience',
      'deploying AI models into production environments and keeping them healthy',
    ],
    [
      'Optimize and fine-tune generative models for performance and efficiency, including for deployment in resource-constrained environments (edge devices, small GPUs, strict latency budgets).',
      'experience',
      'optimizing and fine-tuning generative models for performance and efficiency',
    ],
  ])('%s → %s', (text, kind, topic) => {
    const profile = classifyRequirement(text);
    expect(profile.kind).toBe(kind);
    expect(profile.topic).toBe(topic);
  });

  it('reads the number of years', () => {
    expect(classifyRequirement('5+ years of experience with Python')).toEqual({
      kind: 'years',
      topic: 'Python',
      years: 5,
    });
  });
});
