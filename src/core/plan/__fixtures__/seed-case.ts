/**
 * The seed case (../../../../test/fixtures/cases/seed-genai-engineer) as structured input, written
 * by hand so the plan and interview tests do not depend on the document parsers.
 */
import type { TJob, TRequirement } from '../../job.js';
import type { TClaim, TClaimKind, TResume } from '../../resume.js';
import { extractKeywords } from '../../text/keywords.js';

function requirement(id: string, text: string, priority: 'must' | 'nice'): TRequirement {
  const section = priority === 'must' ? 'Requirements' : 'Nice to have';
  return { id, text, priority, section, keywords: extractKeywords(text) };
}

function claim(id: string, kind: TClaimKind, text: string, details: TClaim['details'] = {}): TClaim {
  return { id, kind, text, details, keywords: extractKeywords(text) };
}

export const SEED_JOB: TJob = {
  title: 'Generative AI Engineer',
  text: 'We are hiring a Generative AI Engineer to build and ship the generative models behind our products.',
  requirements: [
    requirement('R1', 'Strong background in machine learning and deep learning algorithms.', 'must'),
    requirement('R2', 'Proficiency in Python, TensorFlow, and PyTorch for developing AI models.', 'must'),
    requirement('R3', 'Experience in deploying AI models into production environments.', 'must'),
    requirement('R4', 'Experience in generative AI techniques such as GANs and VAEs.', 'must'),
    requirement('R5', 'Advanced knowledge of natural language processing for text generation tasks.', 'must'),
    requirement('R6', 'Experience with model compression: quantization, pruning, distillation.', 'nice'),
    requirement('R7', 'Experience with AWS or GCP machine learning services.', 'nice'),
  ],
};

export const SEED_RESUME: TResume = {
  contact: { name: 'Alex Morgan', emails: ['alex.morgan@example.com'], phones: ['+1 (650) 555-0142'], urls: [] },
  text: 'Alex Morgan …',
  claims: [
    claim(
      'C1',
      'experience_years',
      '4+ years of experience building large language models (LLMs), multimodal systems and production-scale generative AI infrastructure',
      { years: 4 },
    ),
    claim('C2', 'education', 'Ph.D. in Artificial Intelligence, Stanford University, 2021', {
      degree: 'Ph.D.',
      field: 'Artificial Intelligence',
      institution: 'Stanford University',
      year: 2021,
    }),
    claim('C3', 'education', 'M.S. in Machine Learning, Stanford University, 2017', {
      degree: 'M.S.',
      field: 'Machine Learning',
      institution: 'Stanford University',
      year: 2017,
    }),
    claim('C4', 'role', 'Senior Machine Learning Engineer, Nimbus Labs — 2021 to present', {
      title: 'Senior Machine Learning Engineer',
      organisation: 'Nimbus Labs',
      start: '2021',
      end: null,
    }),
    claim('C5', 'achievement', 'Led development of multimodal generative models for document understanding.'),
    claim('C6', 'achievement', 'Built production-scale generative inference infrastructure serving LLMs to millions of users.'),
    claim('C7', 'achievement', 'Deployed models with AWS SageMaker, Lambda, EKS and S3; migrated training pipelines to GCP Vertex AI.'),
    claim('C8', 'role', 'Research Assistant, Stanford AI Lab — 2017 to 2021', {
      title: 'Research Assistant',
      organisation: 'Stanford AI Lab',
      start: '2017',
      end: '2021',
    }),
    claim('C9', 'achievement', 'Research on large language models and vision-language pre-training.'),
    claim('C10', 'skill', 'Python', { skill: 'Python' }),
    claim('C11', 'skill', 'PyTorch', { skill: 'PyTorch' }),
    claim('C12', 'skill', 'LLMs', { skill: 'LLMs' }),
    claim('C13', 'skill', 'multimodal models', { skill: 'multimodal models' }),
    claim('C14', 'skill', 'AWS (SageMaker, Lambda, EKS, S3)', { skill: 'AWS' }),
    claim('C15', 'skill', 'GCP Vertex AI', { skill: 'GCP Vertex AI' }),
  ],
};

/** The seed interview's five turns, as the report quotes them. */
export const SEED_TRANSCRIPT = [
  {
    type: 'JD',
    question:
      'How would you approach optimizing a generative model for deployment in a resource-constrained environment?',
    answer: 'i dont know how',
  },
  {
    type: 'Follow-up',
    question:
      "Can you describe any general strategies for reducing the computational cost of machine learning models, even if you're not familiar with generative models specifically?",
    answer: 'im not sure but i did use GEnai',
  },
  {
    type: 'Follow-up',
    question:
      "Can you describe any techniques you've used to reduce the size or improve the speed of a machine learning model, even if it was a different type of model than a generative model?",
    answer: 'yes i used paraments like limiting context size limiting as such',
  },
  {
    type: 'Follow-up',
    question:
      "Can you elaborate on how limiting context size impacted the model's performance and resource usage in your experience?",
    answer:
      "Limiting context size in a large language model (LLM) primarily leads to faster performance and lower resource usage, but significantly degrades the model's ability to handle complex tasks requiring a broad understanding of information",
  },
  {
    type: 'Follow-up',
    question:
      "Can you give a specific example of a task where limiting context size significantly degraded the model's performance, and quantify the impact if possible?",
    answer:
      'The Task: Multi-Document Question Answering\nImagine a task where a user asks a specific question that requires synthesizing information spread across a large volume of text (e.g., a 100-page report), such as: "What were the specific reasons the company cited for the Q3 revenue drop, and how do those compare to the legal risks highlighted in the compliance section?"',
  },
] as const;
