import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../adapters/storage/__fixtures__/test-databases.js';
import {
  completeInterview,
  createJobWithCandidate,
  EXAMPLE_RESUME_MD,
  filesForm,
  openTestApp,
  signUpRecruiter,
  TestClient,
  type TTestApp,
} from './__fixtures__/test-app.js';
import { startEvaluationWorker } from './evaluation-worker.js';

describe.each(TEST_DATABASE_KINDS)('fairness on %s', (kind) => {
  let server: TTestApp;
  let recruiter: TestClient & { session: any };
  beforeEach(async () => {
    server = await openTestApp(kind);
    recruiter = await signUpRecruiter(server.app, { email: 'ada@example.com', name: 'Ada Lovelace' });
  });
  afterEach(async () => {
    await server.dispose();
  });

  async function invite(candidateId: string): Promise<string> {
    const link = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/invitation`, {
      json: {},
    });
    return link.token;
  }

  it('lets a candidate ask for a person mid-interview: the AI stops, evaluates nothing, and the recruiter sees it', async () => {
    const { jobId, candidateId } = await createJobWithCandidate(recruiter);
    const token = await invite(candidateId);
    const candidate = new TestClient(server.app);
    const consented = await candidate.expect(200, 'POST', `/api/interview/${token}/consent`);
    expect(consented.notice.humanAlternative).toContain('Ask for a person instead');
    const first = await candidate.expect(200, 'POST', `/api/interview/${token}/next`, {
      headers: { accept: 'application/json' },
    });
    await candidate.expect(200, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: first.turnId, answer: 'I ran the night shift for three years.', events: [] },
    });

    server.clock.advance(60_000);
    const room = await candidate.expect(200, 'POST', `/api/interview/${token}/human`);
    expect(room).toMatchObject({
      status: 'human_requested',
      currentQuestion: null,
      selfIdentification: 'offered',
    });
    // Asking again changes nothing; the AI asks and takes nothing more.
    expect((await candidate.expect(200, 'POST', `/api/interview/${token}/human`)).status).toBe(
      'human_requested',
    );
    const refused = await candidate.expect(409, 'POST', `/api/interview/${token}/next`, {
      headers: { accept: 'application/json' },
    });
    expect(refused.detail).toContain('person');
    await candidate.expect(409, 'POST', `/api/interview/${token}/answer`, {
      json: { turnId: first.turnId, answer: 'more', events: [] },
    });

    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(0);
    await worker.stop();

    const { candidates } = await recruiter.expect(200, 'GET', `/api/jobs/${jobId}/candidates`);
    expect(candidates[0]).toMatchObject({
      status: 'human_requested',
      humanRequestedAt: '2026-03-02T09:01:00.000Z',
      recommendation: null,
      decision: null,
    });
    const detail = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(detail).toMatchObject({ status: 'human_requested', report: null, decision: null });
  });

  it('lets a candidate ask for a person before consenting, and refuses it once the interview is complete', async () => {
    const { candidateId } = await createJobWithCandidate(recruiter);
    const token = await invite(candidateId);
    const candidate = new TestClient(server.app);
    expect((await candidate.expect(200, 'POST', `/api/interview/${token}/human`)).status).toBe(
      'human_requested',
    );
    await candidate.expect(409, 'POST', `/api/interview/${token}/consent`);

    const upload = await recruiter.expect(
      201,
      'POST',
      `/api/jobs/${(await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`)).jobId}/candidates`,
      {
        form: filesForm('files', [{ name: 'second.md', bytes: EXAMPLE_RESUME_MD }]),
      },
    );
    const secondToken = await invite(upload.created[0].id);
    await completeInterview(new TestClient(server.app), secondToken);
    const late = await new TestClient(server.app).expect(409, 'POST', `/api/interview/${secondToken}/human`);
    expect(late.detail).toContain('ada@example.com');
  });

  it('a reject is always a person’s decision: the AI records none, and nobody unauthenticated can', async () => {
    const { candidateId } = await createJobWithCandidate(recruiter);
    await completeInterview(new TestClient(server.app), await invite(candidateId));
    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
    const evaluated = await recruiter.expect(200, 'GET', `/api/candidates/${candidateId}`);
    expect(evaluated.status).toBe('evaluated');
    expect(evaluated.decision).toBeNull();
    await new TestClient(server.app).expect(401, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'reject', reason: 'No.' },
    });
    const reject = await recruiter.expect(201, 'POST', `/api/candidates/${candidateId}/decision`, {
      json: { decision: 'reject', reason: 'Reviewed the report and the transcript.' },
    });
    expect(reject).toMatchObject({ decision: 'reject', decidedBy: 'Ada Lovelace' });
  });

  it('takes the voluntary self-identification only after the interview, and never shows it on the candidate', async () => {
    const { candidateId } = await createJobWithCandidate(recruiter);
    const token = await invite(candidateId);
    const candidate = new TestClient(server.app);
    const before = await candidate.expect(200, 'GET', `/api/interview/${token}`);
    expect(before.selfIdentification).toBe('not_offered');
    await candidate.expect(200, 'POST', `/api/interview/${token}/consent`);
    await candidate.expect(409, 'POST', `/api/interview/${token}/self-identification`, {
      json: { sex: 'female', raceEthnicity: 'asian' },
    });
    await completeInterview(candidate, token);
    expect((await candidate.expect(200, 'GET', `/api/interview/${token}`)).selfIdentification).toBe(
      'offered',
    );
    await candidate.expect(400, 'POST', `/api/interview/${token}/self-identification`, {
      json: { sex: 'female', raceEthnicity: 'martian' },
    });
    const answered = await candidate.expect(200, 'POST', `/api/interview/${token}/self-identification`, {
      json: { sex: 'decline', raceEthnicity: 'asian' },
    });
    expect(answered.selfIdentification).toBe('answered');
    expect(JSON.stringify(answered)).not.toContain('asian');

    const worker = startEvaluationWorker(server.context, { isPolling: false });
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
    const detail = await recruiter.request('GET', `/api/candidates/${candidateId}`);
    const text = await detail.text();
    expect(text).not.toMatch(/asian|raceEthnicity|self_identification|selfIdentification/i);
    const exported = await recruiter.request('GET', `/api/candidates/${candidateId}/export`);
    expect(await exported.text()).not.toMatch(/asian|raceEthnicity/i);
    // Erasing the candidate erases the answer too.
    await recruiter.expect(204, 'DELETE', `/api/candidates/${candidateId}`);
    const left = await server.context.db.selectFrom('self_identifications').selectAll().execute();
    expect(left).toEqual([]);
  });

  it('reports selection rates and impact ratios per job and across jobs, as JSON and CSV, to admins only', async () => {
    const { jobId } = await createJobWithCandidate(recruiter);
    const other = await recruiter.expect(201, 'POST', '/api/jobs', {
      json: { text: '# Night porter\n\n## Requirements\n\n- Two years in a hotel' },
    });
    // A synthetic set with known ratios. AI: women 3/6 = 0.5, men 5/6 ≈ 0.833 → women 0.6 (under
    // four fifths). People: women 4/6, men 4/6 → 1.0. Two Asian candidates: under 5, suppressed.
    const now = '2026-03-02T09:00:00.000Z';
    const people: { sex: string; race: string; ai: string; decision: string; job: string }[] = [];
    for (let index = 0; index < 6; index++) {
      people.push({
        sex: 'female',
        race: 'white',
        ai: index < 3 ? 'Recommend' : 'Do Not Recommend',
        decision: index < 4 ? 'advance' : 'reject',
        job: jobId,
      });
      people.push({
        sex: 'male',
        race: index < 2 ? 'asian' : 'white',
        ai: index < 5 ? 'Strongly Recommend' : 'Recommend with Reservations',
        decision: index < 4 ? 'advance' : 'hold',
        job: index < 3 ? jobId : other.id,
      });
    }
    const organisationId = recruiter.session.organisation.id;
    for (const [index, person] of people.entries()) {
      const id = `synthetic-${index}`;
      await server.context.db
        .insertInto('candidates')
        .values({
          id,
          organisation_id: organisationId,
          job_id: person.job,
          name: `Candidate ${index}`,
          file_name: `${index}.md`,
          resume_json: '{}',
          status: 'evaluated',
          interview_session_id: null,
          recommendation: person.ai,
          red_flag_count: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await server.context.db
        .insertInto('self_identifications')
        .values({
          id: `self-${index}`,
          organisation_id: organisationId,
          candidate_id: id,
          job_id: person.job,
          sex: person.sex,
          race_ethnicity: person.race,
          created_at: now,
        })
        .execute();
      await recruiter.expect(201, 'POST', `/api/candidates/${id}/decision`, {
        json: { decision: person.decision, reason: 'Synthetic.' },
      });
    }

    const all = await recruiter.expect(200, 'GET', '/api/impact');
    expect(all).toMatchObject({ job: null, respondents: 12, minGroupSize: 5 });
    const groupOf = (report: any, measure: string, dimension: string, category: string) =>
      report.tables
        .find((t: any) => t.measure === measure && t.dimension === dimension)
        .groups.find((g: any) => g.category === category);
    expect(groupOf(all, 'ai', 'sex', 'male')).toMatchObject({
      total: 6,
      selected: 5,
      impactRatio: 1,
      isReference: true,
    });
    expect(groupOf(all, 'ai', 'sex', 'female')).toMatchObject({
      total: 6,
      selected: 3,
      selectionRate: 0.5,
      belowFourFifths: true,
    });
    expect(groupOf(all, 'ai', 'sex', 'female').impactRatio).toBeCloseTo(0.6, 10);
    expect(groupOf(all, 'human', 'sex', 'female')).toMatchObject({ impactRatio: 1, belowFourFifths: false });
    expect(groupOf(all, 'ai', 'race_ethnicity', 'asian')).toMatchObject({
      total: 2,
      suppressed: true,
      selectionRate: null,
    });

    // One job: 6 women and 3 men; the men are under the minimum, so women are the only group shown.
    const one = await recruiter.expect(200, 'GET', `/api/impact?jobId=${jobId}`);
    expect(one.job.id).toBe(jobId);
    expect(groupOf(one, 'ai', 'sex', 'male')).toMatchObject({ total: 3, suppressed: true });
    expect(groupOf(one, 'ai', 'sex', 'female')).toMatchObject({
      total: 6,
      isReference: true,
      impactRatio: 1,
    });
    const smaller = await recruiter.expect(200, 'GET', `/api/impact?jobId=${jobId}&minGroupSize=2`);
    expect(groupOf(smaller, 'ai', 'sex', 'male')).toMatchObject({ suppressed: false, selectionRate: 1 });

    const csv = await recruiter.request('GET', '/api/impact/csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="adverse-impact-all-jobs.csv"');
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'scope,measure,dimension,category,candidates,selected,selection_rate,impact_ratio,below_four_fifths,suppressed',
    );
    expect(lines).toContain('All jobs,AI recommendation,Sex,Female,6,3,0.5000,0.6000,yes,no');
    expect(lines).toContain('All jobs,AI recommendation,Race/Ethnicity,Asian,2,,,,,yes (under 5)');

    await recruiter.expect(404, 'GET', '/api/impact?jobId=nope');
    await recruiter.expect(400, 'GET', '/api/impact?minGroupSize=0');
    await new TestClient(server.app).expect(401, 'GET', '/api/impact');
    const invitation = await recruiter.expect(201, 'POST', '/api/invitations', {
      json: { email: 'm@example.com' },
    });
    const member = await signUpRecruiter(server.app, {
      email: 'm@example.com',
      invitationToken: new URL(invitation.url).searchParams.get('invitation') ?? '',
    });
    expect((await member.expect(403, 'GET', '/api/impact')).code).toBe('forbidden');
    await member.expect(403, 'GET', '/api/impact/csv');
    // Another organisation sees none of it.
    const stranger = await signUpRecruiter(server.app, { email: 'eve@example.com' });
    expect((await stranger.expect(200, 'GET', '/api/impact')).respondents).toBe(0);
    await stranger.expect(404, 'GET', `/api/impact?jobId=${jobId}`);
  });
});
