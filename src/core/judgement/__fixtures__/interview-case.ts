import type { TEvaluation } from '../../evaluation.js';
import type { TJob } from '../../job.js';
import type { TResume } from '../../resume.js';
import { makeSignals } from '../../interview/__fixtures__/signals.js';
import type { TAnswerSignals, TInterviewSignals } from '../../signals/signals.js';
import type { TTranscript } from '../../transcript.js';
import type { TModelJudgement } from '../model-judgement.js';

/**
 * A small interview, written by hand: a backend ML engineer with a strong first half and a
 * non-answer on the Kubernetes claim. The last answer carries the candidate's email and phone so
 * redaction has something to find in the transcript as well as in the resume.
 */
export const CANDIDATE = {
  name: 'Maya Okafor',
  email: 'maya.okafor@example.com',
  phone: '+1 (555) 010-2299',
  url: 'https://github.com/mokafor',
} as const;

export const job: TJob = {
  title: 'Backend ML Engineer',
  text: 'Backend ML Engineer\n\nRequirements\n- Production Python services\n- Optimising ML models for deployment\n\nNice to have\n- Kubernetes',
  requirements: [
    { id: 'R1', text: 'Production Python services', priority: 'must', section: 'Requirements', keywords: ['python', 'production', 'services'] },
    { id: 'R2', text: 'Optimising ML models for deployment', priority: 'must', section: 'Requirements', keywords: ['optimising', 'models', 'deployment'] },
    { id: 'R3', text: 'Kubernetes', priority: 'nice', section: 'Nice to have', keywords: ['kubernetes'] },
  ],
};

export const resume: TResume = {
  contact: { name: CANDIDATE.name, emails: [CANDIDATE.email], phones: [CANDIDATE.phone], urls: [CANDIDATE.url] },
  text: [
    'Maya Okafor',
    `${CANDIDATE.email} · ${CANDIDATE.phone} · ${CANDIDATE.url}`,
    '',
    'Experience',
    'Senior ML Engineer, Ledgerly (2020–2024)',
    '- Built Python services for real-time fraud scoring.',
    '- Deployed models on Kubernetes.',
    '',
    'Skills: Python, PyTorch, Kubernetes, ONNX',
  ].join('\n'),
  claims: [
    { id: 'C1', kind: 'role', text: 'Senior ML Engineer, Ledgerly (2020–2024)', details: { title: 'Senior ML Engineer', organisation: 'Ledgerly', start: '2020', end: '2024' }, keywords: ['ml', 'engineer'] },
    { id: 'C2', kind: 'skill', text: 'Built Python services for real-time fraud scoring.', details: { skill: 'Python' }, keywords: ['python', 'services'] },
    { id: 'C3', kind: 'skill', text: 'Deployed models on Kubernetes.', details: { skill: 'Kubernetes' }, keywords: ['kubernetes'] },
  ],
};

export const ANSWERS = {
  python:
    'At Ledgerly I built a FastAPI service in Python that served fraud scores; we handled 1,200 requests per second with p99 latency under 40 ms.',
  optimise: 'i would quantize it to int8 and prune the heads we do not need,   then measure accuracy again',
  impact: 'Latency dropped from 120 ms to 45 ms and the model got 4x smaller, with accuracy down by 0.3 points.',
  kubernetes: `I'm not sure, the platform team handled that. You can reach me at ${CANDIDATE.email} or ${CANDIDATE.phone} if you need details.`,
} as const;

export function makeTranscript(answers: Partial<Record<keyof typeof ANSWERS, string>> = {}): TTranscript {
  const answer = (key: keyof typeof ANSWERS) => answers[key] ?? ANSWERS[key];
  return {
    version: 1,
    turns: [
      { id: 't1', type: 'JD', question: 'Tell me about a Python service you ran in production.', answer: answer('python'), requirementIds: ['R1'], claimIds: ['C2'] },
      { id: 't2', type: 'JD', question: 'How would you optimise a model for deployment on small hardware?', answer: answer('optimise'), requirementIds: ['R2'], claimIds: [] },
      { id: 't3', type: 'Follow-up', question: 'What was the measurable impact?', answer: answer('impact'), requirementIds: ['R2'], claimIds: [], followUpOf: 't2', followUpReason: 'no_impact' },
      { id: 't4', type: 'Resume', question: 'Thanks, Maya. Your resume mentions Kubernetes: how did you use it?', answer: answer('kubernetes'), requirementIds: ['R3'], claimIds: ['C3'] },
    ],
  };
}

export const transcript: TTranscript = makeTranscript();

function answerSignals(turn: number, overrides: Partial<TAnswerSignals>): TAnswerSignals {
  return makeSignals({ turn, turnId: `t${turn}`, specificity: 0.5, concreteness: 6, relevance: 0.5, ...overrides });
}

export const signals: TInterviewSignals = {
  answers: [
    answerSignals(1, { wordCount: 24, numbers: ['1,200 requests', '40 ms'], tools: ['FastAPI', 'Python'], firstPersonActions: ['I built'], specificity: 0.9, askedForExample: true, gaveExample: true, quantified: true }),
    answerSignals(2, { wordCount: 17, tools: ['int8'], specificity: 0.4 }),
    answerSignals(3, { wordCount: 19, numbers: ['120 ms', '45 ms', '4x', '0.3 points'], specificity: 0.8, askedToQuantify: true, quantified: true }),
    answerSignals(4, { wordCount: 25, isNonAnswer: true, hedges: ["I'm not sure"], specificity: 0.1, relevance: 0.1, addressesQuestion: false }),
  ],
  turnRequirements: [['R1'], ['R2'], ['R2'], ['R3']],
  pastedTurns: [],
  registerShifts: [],
  manipulation: [],
  undemonstratedClaims: [{ claimId: 'C3', claim: 'Deployed models on Kubernetes.', requirementIds: ['R3'], probedTurns: [4] }],
  contradictions: [],
};

/** The rubric engine's evaluation of this case, as the lead's `evaluateOffline` would shape it. */
export function makeBaseline(overrides: Partial<TEvaluation> = {}): TEvaluation {
  return {
    schemaVersion: 1,
    candidate: { name: CANDIDATE.name },
    job: { title: job.title },
    engine: { kind: 'offline', model: 'offline' },
    summary: 'Rubric summary.',
    alignment: { overview: 'Rubric overview.', strengths: [], gaps: [] },
    requirements: [
      { requirementId: 'R1', requirement: 'Production Python services', priority: 'must', status: 'met', resumeEvidence: [], interviewEvidence: [{ source: 'transcript', turn: 1, text: ANSWERS.python }], note: 'Rubric note R1.' },
      { requirementId: 'R2', requirement: 'Optimising ML models for deployment', priority: 'must', status: 'partial', resumeEvidence: [], interviewEvidence: [], note: 'Rubric note R2.' },
      { requirementId: 'R3', requirement: 'Kubernetes', priority: 'nice', status: 'unverified', resumeEvidence: [{ source: 'resume', text: 'Deployed models on Kubernetes.' }], interviewEvidence: [], note: 'Rubric note R3.' },
    ],
    technicalSkills: { summary: 'Rubric technical.', evidence: [] },
    communication: { summary: 'Rubric communication.', evidence: [] },
    redFlags: [
      {
        kind: 'resume_discrepancy',
        severity: 'medium',
        summary: 'The resume claims Kubernetes deployments; the interview drew a non-answer.',
        evidence: [
          { source: 'resume', text: 'Deployed models on Kubernetes.' },
          { source: 'transcript', turn: 4, text: "I'm not sure, the platform team handled that." },
        ],
      },
    ],
    answers: transcript.turns.map((turn, index) => ({
      turn: index + 1,
      turnId: turn.id,
      type: turn.type,
      question: turn.question,
      answer: turn.answer,
      verdict: index === 3 ? 'non_answer' : index === 1 ? 'weak' : 'strong',
      scored: turn.type !== 'Closing',
      evaluation: `Rubric evaluation ${index + 1}.`,
      justification: `Rubric justification ${index + 1}.`,
      requirementIds: turn.requirementIds,
    })),
    recommendation: 'Recommend',
    justification: 'Rubric justification.',
    policy: { ceiling: 'Recommend', reasons: ['Red flag for review (resume discrepancy) → at best Recommend.'] },
    notes: [],
    ...overrides,
  };
}

/** A well-formed model judgement of this case whose quotes are all verbatim. */
export function makeJudgement(overrides: Partial<TModelJudgement> = {}): TModelJudgement {
  return {
    summary: 'Maya Okafor showed hands-on production Python experience and measurable optimisation results.',
    alignment: {
      overview: 'Strong on the must-haves; Kubernetes is not demonstrated.',
      strengths: [{ requirementId: 'R1', title: 'Production Python', text: 'Ran a high-throughput FastAPI service.' }],
      gaps: [{ requirementId: 'R3', title: 'Kubernetes', text: 'Could not describe the Kubernetes work the resume claims.' }],
    },
    requirements: [
      { requirementId: 'R1', status: 'met', note: 'Concrete service with numbers.', evidence: [{ source: 'transcript', turn: 1, text: 'we handled 1,200 requests per second' }, { source: 'resume', turn: null, text: 'Built Python services for real-time fraud scoring.' }] },
      { requirementId: 'R2', status: 'met', note: 'Named techniques and measured impact.', evidence: [{ source: 'transcript', turn: 3, text: 'Latency dropped from 120 ms to 45 ms' }] },
      { requirementId: 'R3', status: 'gap', note: 'Claimed on the resume, not borne out.', evidence: [{ source: 'resume', turn: null, text: 'Deployed models on Kubernetes.' }] },
    ],
    technicalSkills: { summary: 'Solid optimisation knowledge.', evidence: [{ source: 'transcript', turn: 2, text: 'quantize it to int8 and prune the heads we do not need, then measure accuracy again' }] },
    communication: { summary: 'Clear and direct.', evidence: [{ source: 'transcript', turn: 1, text: 'p99 latency under 40 ms' }] },
    answers: [
      { turn: 1, verdict: 'strong', evaluation: 'Specific and quantified.', justification: 'Tests R1.' },
      { turn: 2, verdict: 'adequate', evaluation: 'Names the right techniques.', justification: 'Tests R2.' },
      { turn: 3, verdict: 'strong', evaluation: 'Gives measured impact.', justification: 'Probes R2 impact.' },
      { turn: 4, verdict: 'non_answer', evaluation: 'Deflects to another team.', justification: 'Probes the Kubernetes claim.' },
    ],
    redFlags: [
      { kind: 'evasive', severity: 'low', summary: 'Deflected the Kubernetes question.', evidence: [{ source: 'transcript', turn: 4, text: 'the platform team handled that' }] },
    ],
    recommendation: 'Recommend',
    justification: 'Strong evidence on both must-haves; Kubernetes is only a nice-to-have.',
    ...overrides,
  };
}
