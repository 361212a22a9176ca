import { describe, expect, it } from 'vitest';
import type { TJob } from '../job.js';
import type { TResume } from '../resume.js';
import { analyzeAnswer } from '../signals/analyze-answer.js';
import { rateVerdict } from '../signals/rate-answer.js';
import type { TTranscript } from '../transcript.js';
import { evaluateOffline } from './evaluate-offline.js';

/**
 * The answers a hiring manager saw misjudged (issue: "Judgement a hiring manager can trust"),
 * each with the verdict and reason a careful reader gives. Written for these tests, in the
 * spirit of what was reported, so that each rule of reading is held by an example.
 */
function judge(question: string, answer: string, topic = '') {
  const signals = analyzeAnswer({ turn: 1, turnId: 't1', question, answer, topicText: topic });
  return { signals, ...rateVerdict(signals) };
}

function job(requirements: { text: string; priority?: 'must' | 'nice' }[], title = 'Role'): TJob {
  return {
    title,
    text: requirements.map((requirement) => `- ${requirement.text}`).join('\n'),
    requirements: requirements.map((requirement, index) => ({
      id: `R${index + 1}`,
      text: requirement.text,
      priority: requirement.priority ?? 'must',
      section: 'Requirements',
      keywords: requirement.text.toLowerCase().match(/[a-z]{3,}/g) ?? [],
    })),
  };
}

const RESUME: TResume = {
  contact: { name: 'Sam Doe', emails: [], phones: [], urls: [] },
  text: 'Sam Doe\nAnalyst at Northwind, 2019 to present. SQL, Python, Tableau.',
  claims: [
    { id: 'C1', kind: 'skill', text: 'SQL', details: { name: 'SQL' }, keywords: ['sql'] },
    { id: 'C2', kind: 'skill', text: 'Python', details: { name: 'Python' }, keywords: ['python'] },
  ],
};

function transcript(
  turns: { question: string; answer: string; type?: TTranscript['turns'][number]['type'] }[],
) {
  return {
    version: 1,
    turns: turns.map((turn, index) => ({
      id: `t${index + 1}`,
      type: turn.type ?? 'JD',
      question: turn.question,
      answer: turn.answer,
      requirementIds: [],
      claimIds: [],
    })),
  } satisfies TTranscript;
}

describe('reading what the candidate actually said', () => {
  it('a denied topic is weak and a gap for that requirement, never evidence for it', () => {
    const answer = 'yeah so mostly i do dashboards and sql, some python. havent really done GANs tbh';
    const question = 'Tell me about your experience with generative models such as GANs and VAEs.';
    expect(judge(question, answer).verdict).toBe('weak');
    const { evaluation } = evaluateOffline({
      job: job([{ text: 'Experience in generative AI techniques such as GANs and VAEs' }]),
      resume: RESUME,
      transcript: transcript([{ question, answer }]),
    });
    expect(evaluation.answers[0]!.verdict).toBe('weak');
    expect(evaluation.answers[0]!.evaluation).not.toMatch(/first-hand/);
    expect(evaluation.requirements[0]!.status).toBe('gap');
    expect(evaluation.redFlags.map((flag) => flag.kind)).not.toContain('resume_discrepancy');
  });

  it('a terse clinical answer with real figures is not weak, and its figures are named as figures', () => {
    const { verdict, signals } = judge(
      'A patient on your ward deteriorates overnight. Walk me through what you did the last time it happened.',
      'Heart rate 118, BP 88/50, temp 38.9, lactate 3.1. I called a sepsis alert, took two sets of cultures, started fluids and got antibiotics in within 40 minutes. Repeat lactate at 2 hours was 1.8.',
    );
    expect(['adequate', 'strong']).toContain(verdict);
    expect(signals.numbers).toEqual(expect.arrayContaining(['118', '3.1', '40']));
  });

  it('standard numbers, codes and years are not measured results', () => {
    const { verdict, signals } = judge(
      'What was the measurable result of that project?',
      "We followed ASC 606 and ISO 9001 throughout; it went live in 2023 under change request CR 4471. I don't work with revenue recognition myself.",
    );
    expect(signals.quantified).toBe(false);
    expect(signals.numbers).toEqual([]);
    expect(signals.designations).toEqual(expect.arrayContaining(['606', '9001', '2023']));
    expect(verdict).toBe('weak');
  });

  it('"a bit" and "a fast learner" are not strong, whatever the topic', () => {
    const { verdict } = judge(
      'How have you used Python for data work?',
      "I have used Python a bit. I'm a fast learner.",
    );
    expect(verdict).toBe('weak');
  });

  it('long fluent text with nothing concrete is weak; terse precise text is strong', () => {
    const fluent = judge(
      'Walk me through how you handled a recent difficult negotiation.',
      'For me negotiation is really about building trust and understanding what matters to the other side. I always try to listen first, stay curious and look for a win-win outcome, because at the end of the day people want to feel heard, and if you get the relationship right the rest usually takes care of itself.',
    );
    expect(fluent.verdict).toBe('weak');
    const terse = judge(
      'How do you size staffing for a night shift?',
      'Backlog 18,000 units, pick rate 110 an hour, seven productive hours: 164 picker-hours, so 24 pickers. Rest of my 38 to pack and ship.',
    );
    expect(terse.verdict).toBe('strong');
  });

  it('work that someone else did is not the candidate’s evidence; proper scope after acting is not deflection', () => {
    const deflected = judge(
      'How did you choose the alert thresholds?',
      'My manager decided that with the operations team. I just sent them the numbers they asked for.',
    );
    expect(deflected.reason).toBe('handed_off');
    const scoped = judge(
      'And if the doctor wants to keep the prescription?',
      'Then I dispense it and counsel the patient on bleeding signs — gums, dark stools, bruising. I call the clinic myself so they check the INR within three days. Whether to change the dose is their decision, not mine.',
    );
    expect(scoped.reason).not.toBe('handed_off');
    expect(['adequate', 'strong']).toContain(scoped.verdict);
  });

  it('an answer sent to someone who "would know better" is handed off, wherever that sentence stands', () => {
    for (const answer of [
      'It was a mid-size retailer in Ohio with a lot of manual work. Our solutions engineer dug into their WMS and ERP; he would know that better than me, to be fair. We got it to a verbal.',
      'We rolled out the new scanners at 3 sites in March. You would have to ask Priya about the rollout plan, she ran it.',
    ]) {
      const deflected = judge(
        'Take one specific project from this year: what did you find in discovery?',
        answer,
      );
      expect(deflected.reason).toBe('handed_off');
      expect(deflected.verdict).toBe('weak');
    }
  });

  it('an answer in Spanish with concrete numbers is read for its substance, never rated down or flagged for its language', () => {
    const { verdict, signals } = judge(
      'How did you reduce the changeover time on your line?',
      'Estandarizamos las herramientas y preparamos los moldes antes del paro. El tiempo de cambio bajó de 95 a 52 minutos en seis semanas, y lo medimos en cada turno.',
    );
    expect(signals.language).toBe('es');
    expect(signals.results.length).toBeGreaterThan(0);
    expect(['adequate', 'strong']).toContain(verdict);
    const { evaluation } = evaluateOffline({
      job: job([{ text: 'Experience reducing changeover time on a production line' }]),
      resume: RESUME,
      transcript: transcript([
        {
          question: 'How did you reduce the changeover time on your line?',
          answer:
            'Estandarizamos las herramientas y preparamos los moldes antes del paro. El tiempo de cambio bajó de 95 a 52 minutos en seis semanas, y lo medimos en cada turno.',
        },
      ]),
    });
    expect(evaluation.redFlags).toEqual([]);
    expect(evaluation.answers[0]!.evaluation).toMatch(/Spanish/);
  });

  it('skipping is no evidence either way and never raises "evasive"', () => {
    const questions = [
      'Tell me about a conflict with a colleague.',
      'Tell me about a hard decision.',
      'Tell me about a mistake you made.',
    ];
    const { evaluation } = evaluateOffline({
      job: job([{ text: 'Ability to work with product teams' }]),
      resume: RESUME,
      transcript: transcript(
        questions.map((question) => ({
          question,
          answer: "I'd rather skip that one, sorry.",
          type: 'Behavioral',
        })),
      ),
    });
    expect(evaluation.answers.map((answer) => answer.verdict)).toEqual([
      'non_answer',
      'non_answer',
      'non_answer',
    ]);
    expect(evaluation.redFlags.map((flag) => flag.kind)).not.toContain('evasive');
    expect(evaluation.requirements[0]!.status).not.toBe('met');
  });

  it('two answers that contradict each other raise an inconsistency quoting both', () => {
    const { evaluation } = evaluateOffline({
      job: job([{ text: 'Experience performing tolerance stack-up analysis' }]),
      resume: RESUME,
      transcript: transcript([
        {
          question: 'Have you done tolerance stack-ups?',
          answer: 'Yes. On the pump housing I did the stack-ups for the bearing bores myself.',
        },
        {
          question: 'Tell me about a part that did not fit.',
          answer:
            'The cover would not seat. Honestly, I have never done a formal stack-up myself; the quality engineer runs those. I deepened the relief by 0.2 mm and pushed the change.',
        },
      ]),
    });
    const flag = evaluation.redFlags.find((candidate) => candidate.kind === 'inconsistency');
    expect(flag?.evidence.map((quote) => quote.turn)).toEqual([1, 2]);
    expect(evaluation.requirements[0]!.status).toBe('gap');
  });

  it('every quote is a whole sentence or clause of the answer', () => {
    const long =
      'We moved the scheduler to a queue. ' +
      'The main change was that every job now carries its own deadline, its retry budget, the tenant it belongs to and a priority class, so that the workers can pick the most urgent work first without scanning the whole table, which used to take seconds; the second change was the lease renewal. ' +
      'Latency fell from 4 s to 300 ms.';
    const { evaluation } = evaluateOffline({
      job: job([{ text: 'Experience building job schedulers' }]),
      resume: RESUME,
      transcript: transcript([{ question: 'Tell me about the scheduler you rebuilt.', answer: long }]),
    });
    const quotes = [
      ...evaluation.requirements.flatMap((requirement) => requirement.interviewEvidence),
      ...evaluation.technicalSkills.evidence,
      ...evaluation.communication.evidence,
    ];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(long).toContain(quote.text);
      expect(quote.text).toMatch(/[.;,:!?]$|ms\.$|queue\.$/);
    }
  });
});
