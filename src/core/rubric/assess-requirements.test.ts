import { describe, expect, it } from 'vitest';
import { parseJobText } from '../ingest/parse-job.js';
import { parseResumeText } from '../ingest/parse-resume.js';
import { transcriptOf } from './__fixtures__/cases.js';
import { evaluateOffline } from './evaluate-offline.js';

const JOB = `# Night Shift Charge Nurse

## Requirements
- Current registered nurse (RN) license in Oregon.
- BLS certification.
- Bilingual English/Spanish.
- Experience precepting new graduate nurses.
- 3+ years of experience as a charge nurse.
`;

const RESUME = `# Dana Ruiz

dana.ruiz@example.com

## Experience

### Charge Nurse — Mercy General Hospital
*March 2021 – present*
- Ran the night shift for a 32-bed unit.

### Staff Nurse — Mercy General Hospital
*2017 – February 2021*
- Cared for 5–6 patients a shift on a 32-bed medical-surgical unit.

## Certifications
- Registered Nurse (RN) license, Oregon State Board of Nursing, 2019
- BLS certification, American Heart Association, 2024
`;

const CONCRETE_ENGLISH =
  'On my unit I run the night shift for 32 beds: last month I caught a post-op patient whose pressure dropped from 120 to 85 within an hour, called the rapid response team at 02:10 and we had fluids running in ten minutes.';
const CONCRETE_SPANISH =
  'Cuando una familia no habla inglés, yo les explico el plan de alta en español: la semana pasada atendí a una paciente de 80 años con insuficiencia cardíaca, le expliqué sus seis medicamentos y su hija repitió las dosis conmigo antes de irse.';

function evaluate(answers: readonly string[], resume = RESUME, asOf = '2025-01-15') {
  const job = parseJobText(JOB);
  const transcript = transcriptOf(
    answers.map((answer, index) => ({ question: `Question ${index + 1}: tell me about your work.`, answer })),
  );
  const { evaluation } = evaluateOffline({ job, resume: parseResumeText(resume), transcript, asOf });
  const status = (text: string) => evaluation.requirements.find((r) => r.requirement.includes(text))!;
  return { evaluation, status };
}

describe('requirements shown by documents and by the language spoken', () => {
  it('meets a licence or certification the resume lists, and says the document is what to check', () => {
    const { status } = evaluate([CONCRETE_ENGLISH]);
    expect(status('RN) license').status).toBe('met');
    expect(status('RN) license').note).toMatch(/resume lists it .*check the document/);
    expect(status('RN) license').resumeEvidence[0]!.text).toMatch(/Registered Nurse \(RN\) license/);
    expect(status('BLS').status).toBe('met');
  });

  it('does not meet a licence the resume does not list, nor one the candidate says they lack', () => {
    const without = RESUME.replace(/- BLS certification.*\n/, '');
    expect(evaluate([CONCRETE_ENGLISH], without).status('BLS').status).not.toBe('met');
    const denied = evaluate([
      CONCRETE_ENGLISH,
      "I don't have a BLS certification right now, it lapsed last year.",
    ]);
    expect(denied.status('BLS').status).toBe('gap');
  });

  it('does not count a skill claimed on the resume as shown, only credentials', () => {
    const resume = `${RESUME}\n## Skills\n- Precepting new graduate nurses\n`;
    expect(evaluate([CONCRETE_ENGLISH], resume).status('precepting').status).toBe('unverified');
  });

  it('meets "Bilingual English/Spanish" when substantive answers came in both languages', () => {
    const { status } = evaluate([CONCRETE_ENGLISH, CONCRETE_SPANISH]);
    const bilingual = status('Bilingual');
    expect(bilingual.status).toBe('met');
    expect(bilingual.note).toMatch(/answered in English and Spanish \(turn 1, 2\)/);
    expect(bilingual.interviewEvidence.map((quote) => quote.turn)).toContain(2);
  });

  it('does not meet it from answers in only one of the languages', () => {
    expect(evaluate([CONCRETE_ENGLISH, CONCRETE_ENGLISH]).status('Bilingual').status).not.toBe('met');
  });

  it('does not meet it from an empty answer in the language', () => {
    const { status } = evaluate([CONCRETE_ENGLISH, 'No sé, no tengo nada que decir sobre eso ahora mismo.']);
    expect(status('Bilingual').status).not.toBe('met');
  });

  it('meets a years requirement the dated roles cover, as of the evaluation date', () => {
    const charge = evaluate([CONCRETE_ENGLISH]).status('charge nurse');
    expect(charge.status).toBe('met');
    expect(charge.note).toMatch(/Charge Nurse, 2021-03 to present\) cover the 3\+ years asked/);
    expect(charge.resumeEvidence[0]!.text).toMatch(/^Charge Nurse — Mercy General Hospital/);
  });

  it('does not meet it while the roles are shorter than asked', () => {
    expect(evaluate([CONCRETE_ENGLISH], RESUME, '2023-06-01').status('charge nurse').status).not.toBe('met');
  });

  it('meets a credential named by its short form anywhere the resume lists it', () => {
    const job = parseJobText(
      '# Maths Teacher\n\n## Requirements\n- Qualified Teacher Status (QTS).\n- BLS certification.\n',
    );
    const resume = parseResumeText(
      '# Sam Okafor\n\n## Education and qualifications\n- PGCE Secondary Mathematics with QTS, University of Leeds — 2023–2024 (QTS awarded July 2024)\n',
    );
    const transcript = transcriptOf([{ question: 'Tell me about a lesson.', answer: CONCRETE_ENGLISH }]);
    const { evaluation } = evaluateOffline({ job, resume, transcript, asOf: '2025-01-15' });
    const qts = evaluation.requirements.find((r) => r.requirement.includes('QTS'))!;
    expect(qts.status).toBe('met');
    expect(qts.note).toContain('PGCE Secondary Mathematics with QTS');
    expect(evaluation.requirements.find((r) => r.requirement.includes('BLS'))!.status).not.toBe('met');
  });
});

describe('a requirement asked about directly', () => {
  const job = parseJobText(
    '# Warehouse Supervisor\n\n## Requirements\n- Build the weekly labour schedule from the forecast volume.\n- Coach new team leads on safety.\n',
  );
  const resume = parseResumeText('# Lee Park\n\n## Experience\n- Supervised 40 associates on nights.\n');
  const touching =
    'I run the night shift for 40 associates: last spring I rebuilt the pick paths, cut walking time by 18% and trained four new team leads on the schedule and the scanners.';
  const evaluateWith = (directAnswer: string) =>
    evaluateOffline({
      job,
      resume,
      asOf: '2025-01-15',
      transcript: transcriptOf([
        {
          question: 'Tell me about your shift and the schedule you work to.',
          answer: touching,
          requirementIds: ['R1'],
        },
        {
          question: 'How do you build the weekly labour schedule from the forecast volume?',
          answer: directAnswer,
          requirementIds: ['R1'],
        },
      ]),
    }).evaluation.requirements.find((r) => r.requirement.includes('labour schedule'))!;

  it('is not met by answers that only touch it when the direct answer hands it to someone else', () => {
    const found = evaluateWith('My operations manager builds the schedule; I just get it on Monday.');
    expect(found.status).toBe('partial');
    expect(found.note).toMatch(/Asked about directly \(turn 2\), the candidate handed it to someone else/);
  });

  it('is met when the direct answer shows the candidate doing it', () => {
    const found = evaluateWith(
      'I build it every Thursday: I take the forecast units, divide by our pick rate of 120 an hour and staff each zone to the cut-off.',
    );
    expect(found.status).toBe('met');
  });
});
