import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CandorError } from '../candor-error.js';
import { ZJob } from '../job.js';
import { parseJobPosting, parseJobText } from './parse-job.js';

const seedJob = readFileSync(
  new URL('../../../test/fixtures/cases/seed-genai-engineer/job.md', import.meta.url),
  'utf8',
);
const jobPosting: unknown = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/documents/job-posting.json', import.meta.url), 'utf8'),
);

function summarise(text: string) {
  return parseJobText(text).requirements.map(({ text, priority, section }) => ({ text, priority, section }));
}

describe('parseJobText on the seed case', () => {
  const job = parseJobText(seedJob);

  it('is a valid job titled from its first heading', () => {
    expect(ZJob.parse(job)).toEqual(job);
    expect(job.title).toBe('Generative AI Engineer');
    expect(job.text).toBe(seedJob);
  });

  it('takes the Requirements bullets as must-haves, in order, one that restates a responsibility merged into it', () => {
    const requirements = job.requirements.filter((requirement) => requirement.section === 'Requirements');
    expect(requirements.map(({ text, priority }) => ({ text, priority }))).toEqual([
      { text: 'Strong background in machine learning and deep learning algorithms.', priority: 'must' },
      { text: 'Proficiency in Python, TensorFlow, and PyTorch for developing AI models.', priority: 'must' },
      // "Experience in deploying AI models into production environments." says again, as lemmas, what
      // the responsibility "Deploy AI models into production environments and keep them healthy." says.
      { text: 'Experience in generative AI techniques such as GANs and VAEs.', priority: 'must' },
      {
        text: 'Advanced knowledge of natural language processing for text generation tasks.',
        priority: 'must',
      },
    ]);
    expect(requirements.find((requirement) => requirement.text.includes('GANs'))?.keywords).toEqual(
      expect.arrayContaining(['gan', 'vae']),
    );
    expect(requirements.find((requirement) => requirement.text.includes('TensorFlow'))?.keywords).toContain(
      'tensorflow',
    );
  });

  it('takes the two Nice to have bullets as nice-to-haves', () => {
    expect(
      job.requirements
        .filter((requirement) => requirement.priority === 'nice')
        .map((requirement) => requirement.text),
    ).toEqual([
      'Experience with model compression: quantization, pruning, distillation.',
      'Experience with AWS or GCP machine learning services.',
    ]);
  });

  it('takes responsibilities as must-haves, joining a bullet wrapped over two lines', () => {
    const responsibilities = job.requirements.filter(
      (requirement) => requirement.section === 'Responsibilities',
    );
    expect(responsibilities).toHaveLength(4);
    expect(responsibilities[1]?.text).toBe(
      'Optimize and fine-tune generative models for performance and efficiency, including for deployment in resource-constrained environments (edge devices, small GPUs, strict latency budgets).',
    );
  });

  it('numbers requirements R1..Rn in document order', () => {
    expect(job.requirements.map((requirement) => requirement.id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `R${index + 1}`),
    );
    expect(job.requirements[0]?.section).toBe('Responsibilities');
  });
});

describe('parseJobText on other ways of writing a posting', () => {
  it('reads ALL-CAPS headings and "•" bullets from a PDF, joining wrapped lines and skipping other sections', () => {
    const text = [
      'DATA ENGINEER',
      'ABOUT US',
      'We move groceries.',
      'REQUIREMENTS',
      '• 3+ years of SQL',
      '• Experience with',
      'Airflow and dbt',
      'NICE TO HAVE',
      '• Spark',
      'BENEFITS',
      '• Free lunch',
    ].join('\n');
    expect(parseJobText(text).title).toBe('DATA ENGINEER');
    expect(summarise(text)).toEqual([
      { text: '3+ years of SQL', priority: 'must', section: 'REQUIREMENTS' },
      { text: 'Experience with Airflow and dbt', priority: 'must', section: 'REQUIREMENTS' },
      { text: 'Spark', priority: 'nice', section: 'NICE TO HAVE' },
    ]);
  });

  it('reads "Heading:" lines, plain heading lines, lead-in lines and inline "nice to have" wording', () => {
    const text = [
      'Job title: Backend Engineer',
      '',
      'What you will do:',
      '- Build APIs in Go',
      '',
      'Qualifications',
      'In this role, you will need:',
      '* 5+ years with distributed systems',
      '* Kafka (nice to have)',
      '* A degree in CS is a plus',
      '',
      'Preferred:',
      '1. Rust',
      '',
      'Benefits:',
      '- Remote work',
    ].join('\n');
    expect(parseJobText(text).title).toBe('Backend Engineer');
    expect(summarise(text)).toEqual([
      { text: 'Build APIs in Go', priority: 'must', section: 'What you will do' },
      { text: '5+ years with distributed systems', priority: 'must', section: 'Qualifications' },
      { text: 'Kafka (nice to have)', priority: 'nice', section: 'Qualifications' },
      { text: 'A degree in CS is a plus', priority: 'nice', section: 'Qualifications' },
      { text: 'Rust', priority: 'nice', section: 'Preferred' },
    ]);
  });

  it('reads a posting copied from a job board: plain headings, unmarked lists, intros and perks left out', () => {
    const text = [
      'Senior Backend Engineer',
      'Acme Corp · Berlin, Germany (Hybrid)',
      '',
      'About the job',
      "We're building the future of logistics. You will join a team of 8.",
      '',
      'Responsibilities',
      'Design and build services in Go',
      'Own our Postgres schema and',
      'migrations',
      '',
      'Requirements',
      "We'd love to hear from you if you have:",
      '- 5+ years of backend experience',
      '- Strong Go or Rust',
      '',
      'Bonus points',
      'Kafka',
      '',
      'What we offer',
      '- 30 days of vacation',
    ].join('\n');
    expect(summarise(text)).toEqual([
      { text: 'Design and build services in Go', priority: 'must', section: 'Responsibilities' },
      { text: 'Own our Postgres schema and migrations', priority: 'must', section: 'Responsibilities' },
      { text: '5+ years of backend experience', priority: 'must', section: 'Requirements' },
      { text: 'Strong Go or Rust', priority: 'must', section: 'Requirements' },
      { text: 'Kafka', priority: 'nice', section: 'Bonus points' },
    ]);
  });

  it('reads a "Nice to have:" label with its items on the same line', () => {
    const text = '## Requirements\n- Python\nNice to have: Terraform';
    expect(summarise(text)).toEqual([
      { text: 'Python', priority: 'must', section: 'Requirements' },
      { text: 'Terraform', priority: 'nice', section: 'Nice to have' },
    ]);
  });

  it('splits prose under a requirements heading into sentences', () => {
    const text =
      '## Who you are\nYou have shipped ML models to production. You know AWS well, e.g. SageMaker.';
    expect(summarise(text).map((requirement) => requirement.text)).toEqual([
      'You have shipped ML models to production.',
      'You know AWS well, e.g. SageMaker.',
    ]);
  });

  it('falls back to every bullet when no heading names requirements', () => {
    const text = '# Platform Engineer\nOur stack:\n- Kubernetes\n- Terraform, preferably with Terragrunt';
    expect(summarise(text)).toEqual([
      { text: 'Kubernetes', priority: 'must', section: 'Our stack' },
      { text: 'Terraform, preferably with Terragrunt', priority: 'nice', section: 'Our stack' },
    ]);
  });

  it('falls back to sentences that read as requirements when there are no headings or bullets', () => {
    const text =
      'Backend Engineer\n\nWe are a small team in Lisbon. We need someone with 5+ years of experience with Go. You will own our APIs. Familiarity with Kafka is a plus. We offer snacks.';
    expect(summarise(text)).toEqual([
      { text: 'We need someone with 5+ years of experience with Go.', priority: 'must', section: '' },
      { text: 'You will own our APIs.', priority: 'must', section: '' },
      { text: 'Familiarity with Kafka is a plus.', priority: 'nice', section: '' },
    ]);
  });

  it('finds no requirements in text that has none', () => {
    expect(parseJobText('Hello\n\nThanks for reading our blog post about our offsite.').requirements).toEqual(
      [],
    );
  });
});

describe('parseJobPosting', () => {
  it('reads the JobPosting fixture: title, text without HTML, requirements by field with nice-to-haves', () => {
    const job = parseJobPosting(jobPosting);
    expect(ZJob.parse(job)).toEqual(job);
    expect(job.title).toBe('Senior Site Reliability Engineer');
    expect(job.text).not.toMatch(/<[a-z/]/);
    expect(job.text).toContain(
      '### What you will do\n- Own SLOs, alerting and incident response for tier-1 services.',
    );
    expect(
      job.requirements.map(({ id, text, priority, section }) => ({ id, text, priority, section })),
    ).toEqual([
      {
        id: 'R1',
        text: '5+ years operating production systems.',
        priority: 'must',
        section: 'Qualifications',
      },
      { id: 'R2', text: 'Deep Kubernetes experience.', priority: 'must', section: 'Qualifications' },
      {
        id: 'R3',
        text: 'Terraform or similar infrastructure-as-code.',
        priority: 'must',
        section: 'Qualifications',
      },
      { id: 'R4', text: 'Incident command experience.', priority: 'must', section: 'Qualifications' },
      { id: 'R5', text: 'Go programming', priority: 'nice', section: 'Qualifications' },
      {
        id: 'R6',
        text: 'experience with service meshes (Istio or Linkerd).',
        priority: 'nice',
        section: 'Qualifications',
      },
      {
        id: 'R7',
        text: 'Own SLOs, alerting and incident response for tier-1 services.',
        priority: 'must',
        section: 'Responsibilities',
      },
      { id: 'R8', text: 'Run and upgrade EKS clusters.', priority: 'must', section: 'Responsibilities' },
      {
        id: 'R9',
        text: 'Build self-service infrastructure with Terraform.',
        priority: 'must',
        section: 'Responsibilities',
      },
      // The skills list one term each; Kubernetes, Terraform and Go merge into the fuller qualifications,
      // and experienceRequirements' "5+ years of experience" into "5+ years operating production systems".
      { id: 'R10', text: 'Prometheus', priority: 'must', section: 'Skills' },
      { id: 'R11', text: 'incident management', priority: 'must', section: 'Skills' },
    ]);
    for (const requirement of job.requirements) expect(job.text).toContain(requirement.text);
  });

  it('finds the JobPosting in @graph, reads <li> items, term lists, credentials and months that are not whole years', () => {
    const job = parseJobPosting({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Acme' },
        {
          '@type': ['JobPosting'],
          title: 'Data Analyst',
          qualifications: '<ul><li>SQL</li><li>Python</li></ul><p>Preferred:</p><ul><li>dbt</li></ul>',
          skills: [{ '@type': 'DefinedTerm', name: 'Looker' }, 'BigQuery'],
          experienceRequirements: { monthsOfExperience: 18 },
          educationRequirements: {
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: 'bachelor degree',
          },
        },
      ],
    });
    expect(job.requirements.map(({ text, priority }) => `${priority}: ${text}`)).toEqual([
      'must: SQL',
      'must: Python',
      'nice: dbt',
      'must: Looker',
      'must: BigQuery',
      'must: 18+ months of experience',
      'must: Bachelor degree',
    ]);
  });

  it('reads the description like any posting when the requirement fields are empty', () => {
    const job = parseJobPosting([
      {
        '@type': 'JobPosting',
        title: 'Nurse',
        description: '<h2>Requirements</h2><ul><li>RN licence</li><li>ICU experience (preferred)</li></ul>',
      },
    ]);
    expect(job.requirements.map(({ text, priority }) => `${priority}: ${text}`)).toEqual([
      'must: RN licence',
      'nice: ICU experience (preferred)',
    ]);
  });

  it('refuses JSON without a JobPosting, naming what it expected', () => {
    const error = catchError(() => parseJobPosting({ '@type': 'Organization', name: 'Acme' }));
    expect(error.code).toBe('invalid_document');
    expect(error.location).toBe('@type');
    expect(error.message).toMatch(/expected a schema\.org JobPosting \(JSON-LD with "@type": "JobPosting"/);
  });

  it('refuses a JobPosting whose fields have the wrong shape, naming the field', () => {
    const missingTitle = catchError(() => parseJobPosting({ '@type': 'JobPosting', description: 'x' }));
    expect(missingTitle.location).toBe('title');
    expect(missingTitle.message).toBe(
      'the JobPosting field "title" should be the job title as text (found nothing).',
    );
    const badSkills = catchError(() =>
      parseJobPosting({ '@type': 'JobPosting', title: 'SRE', skills: true }),
    );
    expect(badSkills.location).toBe('skills');
    expect(badSkills.message).toMatch(
      /^the JobPosting field "skills" should be text, an object with a name or description, or a list of those \(found boolean\)/,
    );
  });
});

function catchError(action: () => unknown): CandorError {
  try {
    action();
  } catch (error) {
    if (CandorError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a CandorError');
}

describe('the must-have / nice-to-have split of the job fixtures', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../test/fixtures/documents/${name}`, import.meta.url), 'utf8');
  const split = (job: { requirements: { text: string; priority: string }[] }) => ({
    must: job.requirements.filter((requirement) => requirement.priority === 'must').map((r) => r.text),
    nice: job.requirements.filter((requirement) => requirement.priority === 'nice').map((r) => r.text),
  });

  it('job-posting.json: skills one by one, Go nice-to-have as its qualifications say, one "5+ years"', () => {
    expect(split(parseJobPosting(JSON.parse(fixture('job-posting.json'))))).toEqual({
      must: [
        '5+ years operating production systems.',
        'Deep Kubernetes experience.',
        'Terraform or similar infrastructure-as-code.',
        'Incident command experience.',
        'Own SLOs, alerting and incident response for tier-1 services.',
        'Run and upgrade EKS clusters.',
        'Build self-service infrastructure with Terraform.',
        'Prometheus',
        'incident management',
      ],
      nice: ['Go programming', 'experience with service meshes (Istio or Linkerd).'],
    });
  });

  it('job-nurse.md: a "Preferred" heading and a "Bonus:" item are nice-to-have', () => {
    const { must, nice } = split(parseJobText(fixture('job-nurse.md')));
    expect(must).toHaveLength(10);
    expect(nice).toEqual([
      'BSN from an accredited program',
      'CMSRN certification',
      'Experience with Epic electronic health records',
      'fluency in Spanish',
    ]);
  });

  it('job-jsonresume.json: the JSON Resume job schema is read, one requirement per skill', () => {
    const job = parseJobPosting(JSON.parse(fixture('job-jsonresume.json')));
    expect(job.title).toBe('Warehouse Shift Supervisor');
    expect(split(job)).toEqual({
      must: [
        '3+ years of warehouse experience, 1+ as a lead or supervisor',
        'Forklift certification',
        'Experience with a warehouse management system',
        'Lead a team of 25 associates on the night shift',
        'Plan labour against the inbound and outbound volume forecast',
        'Investigate safety incidents and near misses',
        'Operations (cycle counting, slotting)',
        'Spanish',
      ],
      nice: [],
    });
  });

  it('reads plain "Preferred" and "Desirable" headings, and merges a repeated "2+ years"', () => {
    const job = parseJobText(
      'Line Cook\n\nRequirements\n- 2+ years of line cook experience\n- 2+ years of experience\n- ServSafe Food Handler card\n\nPreferred\n- Experience in a high-volume kitchen\n\nDesirable\n- Knife skills\n- Pastry (a plus)\n',
    );
    expect(split(job)).toEqual({
      must: ['2+ years of line cook experience', 'ServSafe Food Handler card'],
      nice: ['Experience in a high-volume kitchen', 'Knife skills', 'Pastry (a plus)'],
    });
    expect(job.requirements.map((requirement) => requirement.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
  });
});
