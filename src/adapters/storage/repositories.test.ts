/**
 * The repositories (src/app/ports) on every test database: a real SQLite file always, PostgreSQL
 * too when CANDOR_TEST_POSTGRES_URL is set. One suite, the same expectations on both dialects.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TRepositories } from '../../app/ports/repositories.js';
import { createInterview } from '../../core/interview/create-interview.js';
import { SEED_JOB, SEED_RESUME } from '../../core/plan/__fixtures__/seed-case.js';
import { planInterview } from '../../core/plan/plan-interview.js';
import { openTestDatabase, TEST_DATABASE_KINDS, type TTestDatabase } from './__fixtures__/test-databases.js';
import { createKyselyRepositories } from './create-kysely-repositories.js';
import { createKyselySessionStore } from './kysely-session-store.js';

const T0 = '2026-03-02T09:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000);

function jobRow(id: string, organisationId: string, createdAt: string) {
  return {
    id,
    organisation_id: organisationId,
    title: `Job ${id}`,
    job_json: '{"title":"x"}',
    plan_json: '{"questions":[]}',
    plan_edited: 0,
    file_name: null,
    created_by: 'u-ada',
    created_at: createdAt,
    updated_at: createdAt,
  };
}

function deliveryRow(id: string, organisationId: string, subscriptionId: string, createdAt: string) {
  return {
    id,
    organisation_id: organisationId,
    subscription_id: subscriptionId,
    event_id: `evt_${id}`,
    event: 'report.ready',
    candidate_id: null,
    payload: `{"delivery":"${id}"}`,
    status: 'pending',
    attempts: 0,
    max_attempts: 2,
    next_attempt_at: createdAt,
    locked_until: null,
    locked_by: null,
    response_status: null,
    duration_ms: null,
    last_error: null,
    created_at: createdAt,
    updated_at: createdAt,
  };
}

function candidateRow(id: string, organisationId: string, jobId: string) {
  return {
    id,
    organisation_id: organisationId,
    job_id: jobId,
    name: `Candidate ${id}`,
    file_name: `${id}.md`,
    resume_json: '{}',
    status: 'new' as const,
    interview_session_id: null,
    recommendation: null,
    red_flag_count: null,
    created_at: T0,
    updated_at: T0,
  };
}

describe.each(TEST_DATABASE_KINDS)('the repositories on %s', (kind) => {
  let database: TTestDatabase;
  let repositories: TRepositories;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
    repositories = createKyselyRepositories(database.db);
    for (const [organisation, user, name] of [
      ['org', 'u-ada', 'Ada'],
      ['other', 'u-eve', 'Eve'],
    ] as const) {
      await database.db
        .insertInto('organisations')
        .values({ id: organisation, name: organisation, created_at: T0 })
        .execute();
      await database.db
        .insertInto('users')
        .values({
          id: user,
          organisation_id: organisation,
          email: `${user}@example.com`,
          name,
          role: 'owner',
          password_hash: 'x',
          created_at: T0,
          disabled_at: null,
        })
        .execute();
    }
  });
  afterEach(async () => {
    await database.dispose();
  });

  it('opens what an interview link opens in small columns, its start inputs apart, and appends the room events', async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.candidates.insert(candidateRow('c1', 'org', 'j1'));
    const link = {
      id: 'l1',
      organisation_id: 'org',
      candidate_id: 'c1',
      nonce: 'n',
      created_at: T0,
      expires_at: at(3600).toISOString(),
      revoked_at: null,
    };
    await database.db
      .insertInto('interview_links')
      .values({ ...link, token_hash: 'hash-1' })
      .execute();
    // A link filed under another organisation than its candidate's opens nothing.
    await database.db
      .insertInto('interview_links')
      .values({ ...link, id: 'l2', organisation_id: 'other', token_hash: 'hash-2' })
      .execute();

    expect(await repositories.interviews.findAccess('hash-1')).toEqual({
      link: {
        id: 'l1',
        organisation_id: 'org',
        candidate_id: 'c1',
        expires_at: at(3600).toISOString(),
        revoked_at: null,
      },
      candidate: {
        id: 'c1',
        organisation_id: 'org',
        job_id: 'j1',
        status: 'new',
        interview_session_id: null,
        human_requested_at: null,
      },
      job: { id: 'j1', title: 'Job j1', interview_language: 'en', plan_edited: 0 },
      organisationName: 'org',
      contactEmail: 'u-ada@example.com',
      selfIdentified: false,
    });
    expect(await repositories.interviews.findAccess('hash-2')).toBeUndefined();
    expect(await repositories.interviews.findAccess('no-such-hash')).toBeUndefined();
    expect(await repositories.interviews.findStartInputs({ id: 'c1', job_id: 'j1' })).toEqual({
      jobJson: '{"title":"x"}',
      planJson: '{"questions":[]}',
      resumeJson: '{}',
    });
    expect(await repositories.interviews.findStartInputs({ id: 'c1', job_id: 'j2' })).toBeUndefined();

    await database.db
      .insertInto('interview_sessions')
      .values({
        id: 's1',
        status: 'in_progress',
        job_title: 'Job j1',
        candidate_name: null,
        state_json: '{}',
        report_json: null,
        report_path: null,
        created_at: T0,
        updated_at: T0,
        version: 0,
        answered_count: null,
        planned_count: null,
      })
      .execute();
    let ids = 0;
    await repositories.transaction((within) =>
      within.interviews.appendEvents({
        sessionId: 's1',
        turnId: 'T1',
        events: [
          { kind: 'paste', at: at(5).toISOString(), characters: 40 },
          { kind: 'blur', at: at(6).toISOString() },
        ],
        newId: () => `e${++ids}`,
        now: at(7).toISOString(),
      }),
    );
    const events = await database.db.selectFrom('interview_events').selectAll().orderBy('id').execute();
    expect(events.map((event) => [event.id, event.turn_id, event.kind, event.characters])).toEqual([
      ['e1', 'T1', 'paste', 40],
      ['e2', 'T1', 'blur', null],
    ]);
  });

  it('keeps jobs within their organisation, lists them newest first with counts, updates and deletes them', async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.jobs.insert(jobRow('j2', 'org', at(60).toISOString()));
    await repositories.jobs.insert(jobRow('j3', 'other', T0));
    for (const id of ['c1', 'c2', 'c3']) await repositories.candidates.insert(candidateRow(id, 'org', 'j1'));
    await repositories.candidates.changeStatus({ candidateId: 'c1', to: 'completed', now: T0 });
    await repositories.candidates.changeStatus({ candidateId: 'c1', to: 'evaluating', now: T0 });
    await repositories.candidates.changeStatus({ candidateId: 'c1', to: 'evaluated', now: T0 });

    expect(await repositories.jobs.find('other', 'j1')).toBeUndefined();
    expect((await repositories.jobs.find('org', 'j1'))?.title).toBe('Job j1');
    expect(await repositories.jobs.list('org')).toEqual([
      { id: 'j2', title: 'Job j2', created_at: at(60).toISOString(), candidateCount: 0, evaluatedCount: 0 },
      { id: 'j1', title: 'Job j1', created_at: T0, candidateCount: 3, evaluatedCount: 1 },
    ]);
    expect((await repositories.candidates.find('org', 'c1'))?.status).toBe('evaluated');
    const ofJob = await repositories.candidates.listOfJob('org', 'j1');
    expect(ofJob.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'c1', interview_session_id: null },
      { id: 'c2', interview_session_id: null },
      { id: 'c3', interview_session_id: null },
    ]);
    expect(await repositories.candidates.listOfJob('other', 'j1')).toEqual([]);

    await repositories.jobs.update('org', 'j2', {
      plan_json: '{"edited":true}',
      plan_edited: 1,
      updatedAt: at(90).toISOString(),
    });
    // Another organisation's id changes nothing.
    await repositories.jobs.update('other', 'j1', { plan_json: 'stolen', updatedAt: at(90).toISOString() });
    expect(await repositories.jobs.find('org', 'j2')).toMatchObject({
      plan_json: '{"edited":true}',
      plan_edited: 1,
      updated_at: at(90).toISOString(),
    });
    expect((await repositories.jobs.find('org', 'j1'))?.plan_json).toBe('{"questions":[]}');

    await repositories.jobs.delete('org', 'j2');
    await repositories.audit.record({
      id: 'audit-1',
      organisation_id: 'org',
      action: 'job.erased',
      subject_id: 'j2',
      actor_user_id: 'u-ada',
      actor_name: 'Ada',
      detail_json: '{}',
      at: T0,
    });
    expect(await repositories.jobs.find('org', 'j2')).toBeUndefined();
    const audit = await database.db.selectFrom('audit_events').select(['action', 'subject_id']).execute();
    expect(audit).toEqual([{ action: 'job.erased', subject_id: 'j2' }]);
  });

  it('revokes and inserts links, erases a candidate, and rolls a transaction back whole', async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.candidates.insert(candidateRow('c1', 'org', 'j1'));
    const link = (id: string) => ({
      id,
      organisation_id: 'org',
      candidate_id: 'c1',
      token_hash: `hash-${id}`,
      nonce: `nonce-${id}`,
      created_at: T0,
      expires_at: at(86_400).toISOString(),
      revoked_at: null,
    });
    await repositories.candidates.insertLink(link('l1'));
    await repositories.candidates.revokeLinks('other', 'c1', T0); // another organisation: nothing
    await repositories.candidates.revokeLinks('org', 'c1', at(5).toISOString());
    await repositories.candidates.insertLink(link('l2'));
    const links = await database.db
      .selectFrom('interview_links')
      .select(['id', 'revoked_at'])
      .orderBy('id')
      .execute();
    expect(links).toEqual([
      { id: 'l1', revoked_at: at(5).toISOString() },
      { id: 'l2', revoked_at: null },
    ]);

    // A transaction that throws leaves nothing behind: neither the status nor the link.
    await expect(
      repositories.transaction(async (within) => {
        await within.candidates.changeStatus({ candidateId: 'c1', to: 'invited', now: T0 });
        await within.candidates.insertLink(link('l3'));
        // Joining: a nested transaction runs in the same one.
        await within.transaction(async (nested) => nested.candidates.touch('c1', at(7).toISOString()));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await repositories.candidates.find('org', 'c1')).toMatchObject({ status: 'new', updated_at: T0 });
    expect(
      await database.db.selectFrom('interview_links').select('id').where('id', '=', 'l3').execute(),
    ).toEqual([]);

    expect(
      await repositories.candidates.erase({
        candidateId: 'c1',
        organisationId: 'other',
        actor: { userId: 'u-eve', name: 'Eve' },
        reason: 'request',
        auditId: 'a1',
        at: T0,
      }),
    ).toBeUndefined();
    const erased = await repositories.candidates.erase({
      candidateId: 'c1',
      organisationId: 'org',
      actor: { userId: 'u-ada', name: 'Ada' },
      reason: 'request',
      auditId: 'a2',
      at: T0,
    });
    expect(erased).toMatchObject({ candidateId: 'c1', organisationId: 'org', sessionId: null });
    expect(await repositories.candidates.find('org', 'c1')).toBeUndefined();
    expect(await database.db.selectFrom('interview_links').select('id').execute()).toEqual([]);
    expect(await repositories.flushDeleted()).toBe(true);
  });

  it('keeps one self-identification per candidate: answering again replaces it', async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.candidates.insert(candidateRow('c1', 'org', 'j1'));
    const answer = (id: string, sex: string) => ({
      id,
      organisation_id: 'org',
      candidate_id: 'c1',
      job_id: 'j1',
      sex,
      race_ethnicity: 'decline',
      created_at: T0,
    });
    await repositories.candidates.replaceSelfIdentification(answer('s1', 'female'));
    await repositories.candidates.replaceSelfIdentification(answer('s2', 'decline'));
    expect(await database.db.selectFrom('self_identifications').select(['id', 'sex']).execute()).toEqual([
      { id: 's2', sex: 'decline' },
    ]);
  });

  it('finds stranded interviews and candidates inactive past a cutoff, with their newest link', async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    for (const id of ['c1', 'c2', 'c3']) await repositories.candidates.insert(candidateRow(id, 'org', 'j1'));
    const sessionRow = (id: string, status: string, updatedAt: string) => ({
      id,
      status,
      job_title: 'Job j1',
      candidate_name: null,
      state_json: '{}',
      report_json: null,
      report_path: null,
      created_at: T0,
      updated_at: updatedAt,
      version: 1,
      answered_count: null,
      planned_count: null,
    });
    await database.db
      .insertInto('interview_sessions')
      .values(sessionRow('s1', 'completed', at(10).toISOString()))
      .execute();
    await database.db
      .insertInto('interview_sessions')
      .values(sessionRow('s2', 'in_progress', at(500).toISOString()))
      .execute();
    await repositories.candidates.changeStatus({
      candidateId: 'c1',
      to: 'in_progress',
      now: T0,
      set: { interview_session_id: 's1' },
    });
    await repositories.candidates.changeStatus({
      candidateId: 'c2',
      to: 'in_progress',
      now: T0,
      set: { interview_session_id: 's2' },
    });
    // c1's session is complete but its status says it runs: stranded. c2's still runs.
    expect(await repositories.candidates.listStranded()).toEqual([
      { id: 'c1', organisationId: 'org', sessionId: 's1' },
    ]);

    await repositories.candidates.insertLink({
      id: 'l1',
      organisation_id: 'org',
      candidate_id: 'c3',
      token_hash: 'h1',
      nonce: 'n1',
      created_at: at(30).toISOString(),
      expires_at: at(9000).toISOString(),
      revoked_at: null,
    });
    await repositories.candidates.insertLink({
      id: 'l2',
      organisation_id: 'org',
      candidate_id: 'c3',
      token_hash: 'h2',
      nonce: 'n2',
      created_at: at(40).toISOString(),
      expires_at: at(9000).toISOString(),
      revoked_at: null,
    });
    expect((await repositories.candidates.listLinks('c3')).map((link) => link.created_at)).toEqual([
      at(30).toISOString(),
      at(40).toISOString(),
    ]);
    const inactive = await repositories.candidates.listInactiveSince(at(100).toISOString());
    expect(inactive.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      {
        id: 'c1',
        updatedAt: T0,
        sessionStatus: 'completed',
        sessionUpdatedAt: at(10).toISOString(),
        lastLinkAt: null,
      },
      {
        id: 'c3',
        updatedAt: T0,
        sessionStatus: null,
        sessionUpdatedAt: null,
        lastLinkAt: at(40).toISOString(),
      },
    ]);
    expect(await repositories.candidates.listInactiveSince(T0)).toEqual([]);
  });

  it('appends decisions and lists them oldest first, within the organisation', async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.candidates.insert(candidateRow('c1', 'org', 'j1'));
    const decision = (id: string, decidedAt: string, kind: string) => ({
      id,
      organisation_id: 'org',
      candidate_id: 'c1',
      decision: kind,
      reason: `because ${id}`,
      ai_recommendation: null,
      is_override: 0,
      decided_by_user_id: 'u-ada',
      decided_by_name: 'Ada',
      decided_at: decidedAt,
    });
    await repositories.decisions.insert(decision('d2', at(20).toISOString(), 'advance'));
    await repositories.decisions.insert(decision('d1', at(10).toISOString(), 'hold'));
    expect((await repositories.decisions.list('org', 'c1')).map((row) => [row.id, row.decision])).toEqual([
      ['d1', 'hold'],
      ['d2', 'advance'],
    ]);
    expect(await repositories.decisions.list('other', 'c1')).toEqual([]);
  });

  it('lists the team and its live API tokens, and revokes a token once', async () => {
    expect((await repositories.team.listUsers('org')).map((user) => user.name)).toEqual(['Ada']);
    expect(await repositories.team.findUser('org', 'u-eve')).toBeUndefined();
    expect((await repositories.team.findUser('org', 'u-ada'))?.email).toBe('u-ada@example.com');
    const token = (id: string, expiresAt: string, createdAt: string) => ({
      id,
      organisation_id: 'org',
      user_id: 'u-ada',
      name: `token ${id}`,
      token_hash: `hash-${id}`,
      created_at: createdAt,
      last_used_at: null,
      revoked_at: null,
      expires_at: expiresAt,
    });
    await repositories.team.insertApiToken(token('t1', at(3600).toISOString(), T0));
    await repositories.team.insertApiToken(token('t2', at(3600).toISOString(), at(1).toISOString()));
    await repositories.team.insertApiToken(token('t3', at(10).toISOString(), T0));
    const live = await repositories.team.listApiTokens('org', { now: at(60).toISOString() });
    expect(live.map((row) => [row.id, row.userName])).toEqual([
      ['t2', 'Ada'],
      ['t1', 'Ada'],
    ]);
    expect(
      await repositories.team.listApiTokens('org', { now: at(60).toISOString(), userId: 'u-eve' }),
    ).toEqual([]);
    expect(await repositories.team.revokeApiToken('other', { tokenId: 't1', at: T0 })).toBe(false);
    expect(await repositories.team.revokeApiToken('org', { tokenId: 't1', at: T0, userId: 'u-eve' })).toBe(
      false,
    );
    expect(await repositories.team.revokeApiToken('org', { tokenId: 't1', at: T0 })).toBe(true);
    expect(await repositories.team.revokeApiToken('org', { tokenId: 't1', at: T0 })).toBe(false);
    expect(
      (await repositories.team.listApiTokens('org', { now: at(60).toISOString() })).map((row) => row.id),
    ).toEqual(['t2']);
  });

  it('changes and removes users: disabling ends their sessions, removing deletes their tokens too', async () => {
    await database.db
      .insertInto('users')
      .values({
        id: 'u-bob',
        organisation_id: 'org',
        email: 'bob@example.com',
        name: 'Bob',
        role: 'member',
        password_hash: 'x',
        created_at: at(1).toISOString(),
        disabled_at: null,
      })
      .execute();
    const session = (id: string) => ({
      user_id: 'u-bob',
      token_hash: `hash-${id}`,
      created_at: T0,
      expires_at: at(3600).toISOString(),
    });
    await database.db.insertInto('web_sessions').values(session('s1')).execute();
    await repositories.team.updateUser('u-bob', { role: 'admin' });
    expect(await database.db.selectFrom('web_sessions').select('token_hash').execute()).toEqual([
      { token_hash: 'hash-s1' },
    ]);
    await repositories.team.updateUser('u-bob', { disabled_at: at(5).toISOString() });
    expect(await repositories.team.findUser('org', 'u-bob')).toMatchObject({
      role: 'admin',
      disabled_at: at(5).toISOString(),
    });
    expect(await database.db.selectFrom('web_sessions').select('token_hash').execute()).toEqual([]);
    await repositories.team.updateUser('u-bob', { disabled_at: null });
    await database.db.insertInto('web_sessions').values(session('s2')).execute();
    await repositories.team.insertApiToken({
      id: 't1',
      organisation_id: 'org',
      user_id: 'u-bob',
      name: 'ci',
      token_hash: 'hash-t1',
      created_at: T0,
      last_used_at: null,
      revoked_at: null,
      expires_at: at(3600).toISOString(),
    });
    await repositories.team.removeUser('u-bob');
    expect(await repositories.team.findUser('org', 'u-bob')).toBeUndefined();
    expect(await database.db.selectFrom('api_tokens').select('id').execute()).toEqual([]);
    expect(await database.db.selectFrom('web_sessions').select('token_hash').execute()).toEqual([]);
    expect((await repositories.team.listUsers('org')).map((user) => user.id)).toEqual(['u-ada']);
  });

  it('signs in and out: users by email, sessions and tokens live or not, passwords and reset links', async () => {
    const { team } = repositories;
    expect((await team.findUserByEmail('u-ada@example.com'))?.id).toBe('u-ada');
    expect(await team.findUserByEmail('nobody@example.com')).toBeUndefined();
    expect(await team.findOrganisation('org')).toEqual({ id: 'org', name: 'org' });
    expect(await team.findOrganisation('missing')).toBeUndefined();
    const session = (hash: string) => ({
      token_hash: hash,
      user_id: 'u-ada',
      created_at: T0,
      expires_at: at(3600).toISOString(),
    });
    await team.insertSession(session('h1'));
    await team.insertSession(session('h2'));
    expect(await team.findSessionUser('h1')).toMatchObject({
      id: 'u-ada',
      expires_at: at(3600).toISOString(),
    });
    expect(await team.isSessionLive('h1', at(10).toISOString())).toBe(true);
    expect(await team.isSessionLive('h1', at(3600).toISOString())).toBe(false);
    await team.insertApiToken({
      id: 't1',
      organisation_id: 'org',
      user_id: 'u-ada',
      name: 'ci',
      token_hash: 'th1',
      created_at: T0,
      last_used_at: null,
      revoked_at: null,
      expires_at: at(60).toISOString(),
    });
    expect(await team.isApiTokenLive('th1', at(10).toISOString())).toBe(true);
    expect(await team.findTokenUser('th1', at(10).toISOString())).toMatchObject({
      id: 'u-ada',
      token_id: 't1',
      token_organisation_id: 'org',
      token_name: 'ci',
    });
    expect(await team.findTokenUser('th1', at(61).toISOString())).toBeUndefined();
    await team.recordTokenUse('t1', at(9).toISOString());
    expect((await team.listApiTokens('org', { now: at(10).toISOString() }))[0]?.last_used_at).toBe(
      at(9).toISOString(),
    );
    expect(await team.isApiTokenLive('th1', at(61).toISOString())).toBe(false);
    await database.db.updateTable('users').set({ disabled_at: T0 }).where('id', '=', 'u-ada').execute();
    // A disabled user's credentials are dead, whatever their expiry.
    expect(await team.findSessionUser('h1')).toBeUndefined();
    expect(await team.isSessionLive('h1', at(10).toISOString())).toBe(false);
    expect(await team.isApiTokenLive('th1', at(10).toISOString())).toBe(false);
    await database.db.updateTable('users').set({ disabled_at: null }).where('id', '=', 'u-ada').execute();

    await database.db
      .insertInto('password_resets')
      .values({
        id: 'r1',
        organisation_id: 'org',
        user_id: 'u-ada',
        token_hash: 'rh1',
        created_by: 'u-ada',
        created_at: T0,
        expires_at: at(600).toISOString(),
        used_at: null,
      })
      .execute();
    expect(await team.findPasswordReset('rh1')).toEqual({
      id: 'r1',
      user_id: 'u-ada',
      expires_at: at(600).toISOString(),
      used_at: null,
      email: 'u-ada@example.com',
      name: 'Ada',
    });
    expect(await team.usePasswordReset('r1', at(5).toISOString())).toBe(true);
    expect(await team.usePasswordReset('r1', at(6).toISOString())).toBe(false);
    // A new password keeps the one session named and ends the others; the reset links stay unless asked.
    await team.setPassword('u-ada', 'new-hash', { keepSessionHash: 'h2' });
    expect((await team.findUser('org', 'u-ada'))?.password_hash).toBe('new-hash');
    expect(await database.db.selectFrom('web_sessions').select('token_hash').execute()).toEqual([
      { token_hash: 'h2' },
    ]);
    expect(await team.findPasswordReset('rh1')).toMatchObject({ used_at: at(5).toISOString() });
    await team.setPassword('u-ada', 'newer-hash', { isEndingResets: true });
    expect(await database.db.selectFrom('web_sessions').select('token_hash').execute()).toEqual([]);
    expect(await team.findPasswordReset('rh1')).toBeUndefined();
    // Issuing a reset link replaces the user's earlier one.
    const reset = (id: string) => ({
      id,
      organisation_id: 'org',
      user_id: 'u-ada',
      token_hash: `hash-${id}`,
      created_by: 'u-ada',
      created_at: T0,
      expires_at: at(600).toISOString(),
      used_at: null,
    });
    await team.replacePasswordReset(reset('r2'));
    await team.replacePasswordReset(reset('r3'));
    expect(await team.findPasswordReset('hash-r2')).toBeUndefined();
    expect(await team.findPasswordReset('hash-r3')).toMatchObject({ id: 'r3', used_at: null });
    await team.insertInvitation({
      id: 'i1',
      organisation_id: 'org',
      email: 'bob@example.com',
      token_hash: 'ih1',
      invited_by: 'u-ada',
      role: 'admin',
      created_at: T0,
      expires_at: at(600).toISOString(),
      accepted_at: null,
    });
    expect(await team.findInvitation('ih1')).toMatchObject({
      email: 'bob@example.com',
      role: 'admin',
      expires_at: at(600).toISOString(),
      accepted_at: null,
      organisation_name: 'org',
    });
    expect(await team.findInvitation('nope')).toBeUndefined();
    await team.insertSession(session('h3'));
    await team.deleteSession('h3');
    expect(await team.findSessionUser('h3')).toBeUndefined();
  });

  it('leaves one reset link when several are issued at once for the same user', async () => {
    const issue = (index: number) =>
      repositories.transaction((within) =>
        within.team.replacePasswordReset({
          id: `reset-${index}`,
          organisation_id: 'org',
          user_id: 'u-ada',
          token_hash: `hash-${index}`,
          created_by: 'u-ada',
          created_at: T0,
          expires_at: at(3600).toISOString(),
          used_at: null,
        }),
      );
    await Promise.all([0, 1, 2, 3, 4].map(issue));
    const rows = await database.db
      .selectFrom('password_resets')
      .select('id')
      .where('user_id', '=', 'u-ada')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("finds a webhook event's candidate and subscriptions and stores its deliveries", async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.candidates.insert(candidateRow('c1', 'org', 'j1'));
    expect(await repositories.webhooks.findCandidate('c1')).toEqual({
      id: 'c1',
      organisation_id: 'org',
      name: 'Candidate c1',
      job_id: 'j1',
      job_title: 'Job j1',
    });
    expect(await repositories.webhooks.findCandidate('missing')).toBeUndefined();
    await database.db
      .insertInto('webhook_subscriptions')
      .values({
        id: 'w1',
        organisation_id: 'org',
        url: 'https://hooks.example.com/candor',
        events: 'report.ready decision.recorded',
        secret_nonce: 'n',
        created_by_name: 'Ada',
        created_at: T0,
      })
      .execute();
    expect(await repositories.webhooks.subscriptions('org')).toEqual([
      { id: 'w1', events: 'report.ready decision.recorded' },
    ]);
    expect(await repositories.webhooks.subscriptions('other')).toEqual([]);
    await repositories.webhooks.insertDeliveries([]);
    await repositories.webhooks.insertDeliveries([
      {
        id: 'd1',
        organisation_id: 'org',
        subscription_id: 'w1',
        event_id: 'evt_1',
        event: 'report.ready',
        candidate_id: 'c1',
        payload: '{}',
        status: 'pending',
        attempts: 0,
        max_attempts: 3,
        next_attempt_at: T0,
        locked_until: null,
        locked_by: null,
        response_status: null,
        duration_ms: null,
        last_error: null,
        created_at: T0,
        updated_at: T0,
      },
    ]);
    expect(await database.db.selectFrom('webhook_deliveries').select(['id', 'status']).execute()).toEqual([
      { id: 'd1', status: 'pending' },
    ]);
    expect((await repositories.webhooks.findSubscription('org', 'w1'))?.url).toBe(
      'https://hooks.example.com/candor',
    );
    expect(await repositories.webhooks.findSubscription('other', 'w1')).toBeUndefined();
    expect((await repositories.webhooks.listDeliveries('w1', 50)).map((row) => row.id)).toEqual(['d1']);
    expect(await repositories.webhooks.listDeliveries('w1', 0)).toEqual([]);
    await repositories.webhooks.deleteSubscription('w1');
    expect(await repositories.webhooks.findSubscription('org', 'w1')).toBeUndefined();
    expect(await database.db.selectFrom('webhook_deliveries').select('id').execute()).toEqual([]);
  });

  it('runs the evaluation queue: claim, renew, retry, fail, requeue, and shows the latest job', async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.candidates.insert(candidateRow('c1', 'org', 'j1'));
    await repositories.candidates.changeStatus({ candidateId: 'c1', to: 'completed', now: T0 });
    await repositories.evaluations.enqueue({
      id: 'e1',
      organisationId: 'org',
      candidateId: 'c1',
      sessionId: 's1',
      now: T0,
      maxAttempts: 2,
    });
    const queue = repositories.evaluations;
    expect(await queue.latest('c1')).toMatchObject({
      status: 'queued',
      attempts: 0,
      max_attempts: 2,
      last_error: null,
    });

    const first = await queue.claim({ workerId: 'a', now: at(1), lockMs: 30_000 });
    expect(first).toMatchObject({ id: 'e1', status: 'running', locked_by: 'a' });
    if (first === undefined) return;
    expect(await queue.claim({ workerId: 'b', now: at(2), lockMs: 30_000 })).toBeUndefined();
    expect(await queue.renewLease(first, { now: at(20), lockMs: 30_000 })).toBe(true);
    // Renewed to 50 s: at 40 s another worker cannot take it.
    expect(await queue.claim({ workerId: 'b', now: at(40), lockMs: 30_000 })).toBeUndefined();
    expect(
      await queue.settle(first, { outcome: 'failed', now: at(41), error: 'model down', retryAfterMs: 1000 }),
    ).toBe('queued');
    const second = await queue.claim({ workerId: 'b', now: at(43), lockMs: 30_000 });
    expect(second).toMatchObject({ id: 'e1', attempts: 2, locked_by: 'b' });
    if (second === undefined) return;
    // The first worker's lease is gone.
    expect(await queue.renewLease(first, { now: at(44), lockMs: 30_000 })).toBe(false);
    expect(await queue.settle(second, { outcome: 'failed', now: at(45), error: 'model still down' })).toBe(
      'failed',
    );
    expect(await queue.latest('c1')).toMatchObject({
      status: 'failed',
      attempts: 2,
      last_error: 'model still down',
    });
    expect(await queue.failAbandoned(at(100))).toEqual([]);

    await repositories.candidates.changeStatus({
      candidateId: 'c1',
      to: 'failed',
      now: at(45).toISOString(),
    });
    expect(await queue.requeueFailed({ candidateId: 'c1', now: at(50) })).toBe(true);
    expect(await queue.requeueFailed({ candidateId: 'c1', now: at(51) })).toBe(false);
    expect(await queue.latest('c1')).toMatchObject({
      status: 'queued',
      attempts: 0,
      queued_at: at(50).toISOString(),
    });
    expect((await repositories.candidates.find('org', 'c1'))?.status).toBe('completed');

    // A worker that dies on the last attempt: its job is failed by the sweep, and its candidate named.
    const third = await queue.claim({ workerId: 'c', now: at(60), lockMs: 1000 });
    const fourth = third && (await queue.claim({ workerId: 'd', now: at(62), lockMs: 1000 }));
    expect(fourth).toMatchObject({ attempts: 2, locked_by: 'd' });
    expect(await queue.failAbandoned(at(64))).toEqual(['c1']);
    expect(await queue.latest('c1')).toMatchObject({ status: 'failed' });
  });

  it('lists candidates with their links and decisions, oldest first, within the organisation', async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.jobs.insert(jobRow('j2', 'org', T0));
    await repositories.jobs.insert(jobRow('j3', 'other', T0));
    await repositories.candidates.insert({
      ...candidateRow('c2', 'org', 'j1'),
      created_at: at(1).toISOString(),
    });
    await repositories.candidates.insert(candidateRow('c1', 'org', 'j1'));
    await repositories.candidates.insert(candidateRow('c3', 'org', 'j2'));
    await repositories.candidates.insert(candidateRow('c4', 'other', 'j3'));
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

    expect(ids(await repositories.candidates.list('org', { jobId: 'j1' }))).toEqual(['c1', 'c2']);
    expect(await repositories.candidates.list('other', { jobId: 'j1' })).toEqual([]);
    // c3 was added before c2.
    expect(ids(await repositories.candidates.list('org', { ids: ['c2', 'c3', 'c4', 'missing'] }))).toEqual([
      'c3',
      'c2',
    ]);
    expect(await repositories.candidates.list('org', { ids: [] })).toEqual([]);
    expect((await repositories.candidates.list('org', { ids: ['c1'] }))[0]).toEqual(
      await repositories.candidates.find('org', 'c1'),
    );

    const link = (id: string, candidateId: string, organisationId: string, seconds: number) => ({
      id,
      organisation_id: organisationId,
      candidate_id: candidateId,
      token_hash: `hash-${id}`,
      nonce: `nonce-${id}`,
      created_at: at(seconds).toISOString(),
      expires_at: at(seconds + 3600).toISOString(),
      revoked_at: null,
    });
    await repositories.candidates.insertLink(link('l2', 'c1', 'org', 20));
    await repositories.candidates.insertLink(link('l1', 'c1', 'org', 10));
    await repositories.candidates.insertLink(link('l3', 'c2', 'org', 5));
    await repositories.candidates.insertLink(link('l4', 'c4', 'other', 5));
    expect(ids(await repositories.candidates.listLinksOf('org', ['c1', 'c2', 'c4']))).toEqual([
      'l3',
      'l1',
      'l2',
    ]);
    expect((await repositories.candidates.listLinksOf('org', ['c1']))[0]).toMatchObject(
      link('l1', 'c1', 'org', 10),
    );
    expect(await repositories.candidates.listLinksOf('org', [])).toEqual([]);

    const decision = (id: string, candidateId: string, organisationId: string, seconds: number) => ({
      id,
      organisation_id: organisationId,
      candidate_id: candidateId,
      decision: 'hold',
      reason: `reason ${id}`,
      ai_recommendation: null,
      is_override: 0,
      decided_by_user_id: 'u-ada',
      decided_by_name: 'Ada',
      decided_at: at(seconds).toISOString(),
    });
    await repositories.decisions.insert(decision('d2', 'c1', 'org', 30));
    await repositories.decisions.insert(decision('d1', 'c2', 'org', 10));
    await repositories.decisions.insert(decision('d3', 'c3', 'org', 20));
    await repositories.decisions.insert(decision('d4', 'c4', 'other', 0));
    expect(ids(await repositories.decisions.listOf('org', ['c1', 'c2', 'c4']))).toEqual(['d1', 'd2']);
    expect(await repositories.decisions.listOf('org', ['c1'])).toEqual([decision('d2', 'c1', 'org', 30)]);
    expect(await repositories.decisions.listOf('org', [])).toEqual([]);
  });

  it('reads interview progress as stored, and the state or report of rows stored before their counts', async () => {
    const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
    const store = createKyselySessionStore({ db: database.db });
    const create = () =>
      store.create({ plan, state: createInterview({ plan, now: T0 }), job: SEED_JOB, resume: SEED_RESUME });
    const [counted, uncounted, oldReport, newReport] = [
      await create(),
      await create(),
      await create(),
      await create(),
    ];
    await database.db
      .updateTable('interview_sessions')
      .set({ answered_count: null, planned_count: null })
      .where('id', '=', uncounted.id)
      .execute();
    const report = '{"requirements":[{"priority":"must","status":"met"}]}';
    await database.db
      .updateTable('interview_sessions')
      .set({ report_json: report, must_haves_met: null, must_haves_total: null })
      .where('id', '=', oldReport.id)
      .execute();
    await database.db
      .updateTable('interview_sessions')
      .set({ report_json: report, must_haves_met: 2, must_haves_total: 3 })
      .where('id', '=', newReport.id)
      .execute();

    const progress = await repositories.candidates.listInterviewProgress([
      counted.id,
      uncounted.id,
      oldReport.id,
      newReport.id,
      'missing',
    ]);
    const byId = new Map(progress.map((row) => [row.sessionId, row]));
    expect(byId.size).toBe(4);
    const plain = byId.get(counted.id);
    expect(plain).toMatchObject({ answeredCount: 0, mustHavesMet: null, mustHavesTotal: null });
    expect(plain?.plannedCount).toBeGreaterThan(0);
    expect(plain).not.toHaveProperty('stateJson');
    expect(plain).not.toHaveProperty('reportJson');
    const old = byId.get(uncounted.id);
    expect(old).toMatchObject({ answeredCount: null, plannedCount: null });
    expect(JSON.parse(old?.stateJson ?? '{}')).toHaveProperty('turns', []);
    expect(byId.get(oldReport.id)).toMatchObject({ mustHavesMet: null, reportJson: report });
    expect(byId.get(newReport.id)).toMatchObject({ mustHavesMet: 2, mustHavesTotal: 3 });
    expect(byId.get(newReport.id)).not.toHaveProperty('reportJson');
    expect(await repositories.candidates.listInterviewProgress([])).toEqual([]);

    // A session a candidate refers to is kept; one nobody refers to (a lost consent) is deleted.
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.candidates.insert({
      ...candidateRow('c1', 'org', 'j1'),
      interview_session_id: counted.id,
    });
    expect(await repositories.candidates.discardSession(counted.id)).toBe(false);
    expect(await repositories.candidates.discardSession(uncounted.id)).toBe(true);
    expect(await repositories.candidates.discardSession(uncounted.id)).toBe(false);
    expect(
      (await database.db.selectFrom('interview_sessions').select('id').execute()).map((row) => row.id).sort(),
    ).toEqual([counted.id, oldReport.id, newReport.id].sort());
  });

  it('lists self-identified candidates with their recommendation, per job or across the organisation', async () => {
    await repositories.jobs.insert(jobRow('j1', 'org', T0));
    await repositories.jobs.insert(jobRow('j2', 'org', T0));
    await repositories.jobs.insert(jobRow('j3', 'other', T0));
    await repositories.candidates.insert({ ...candidateRow('c1', 'org', 'j1'), recommendation: 'Recommend' });
    await repositories.candidates.insert(candidateRow('c2', 'org', 'j2'));
    await repositories.candidates.insert(candidateRow('c3', 'org', 'j1'));
    await repositories.candidates.insert(candidateRow('c4', 'other', 'j3'));
    const answer = (candidateId: string, organisationId: string, jobId: string, sex: string) => ({
      id: `si-${candidateId}`,
      organisation_id: organisationId,
      candidate_id: candidateId,
      job_id: jobId,
      sex,
      race_ethnicity: 'decline',
      created_at: T0,
    });
    await repositories.candidates.replaceSelfIdentification(answer('c1', 'org', 'j1', 'female'));
    await repositories.candidates.replaceSelfIdentification(answer('c2', 'org', 'j2', 'male'));
    await repositories.candidates.replaceSelfIdentification(answer('c4', 'other', 'j3', 'male'));
    const sorted = <T extends { candidateId: string }>(rows: T[]) =>
      rows.sort((a, b) => a.candidateId.localeCompare(b.candidateId));

    expect(sorted(await repositories.candidates.listSelfIdentified('org'))).toEqual([
      { candidateId: 'c1', recommendation: 'Recommend', sex: 'female', raceEthnicity: 'decline' },
      { candidateId: 'c2', recommendation: null, sex: 'male', raceEthnicity: 'decline' },
    ]);
    expect(await repositories.candidates.listSelfIdentified('org', 'j1')).toEqual([
      { candidateId: 'c1', recommendation: 'Recommend', sex: 'female', raceEthnicity: 'decline' },
    ]);
    expect(await repositories.candidates.listSelfIdentified('org', 'j3')).toEqual([]);
  });

  it('creates organisations and users, and accepts an invitation once', async () => {
    expect(await repositories.team.hasOrganisation()).toBe(true);
    await repositories.team.insertOrganisation({ id: 'org-3', name: 'Third', created_at: T0 });
    expect(await repositories.team.findOrganisation('org-3')).toEqual({ id: 'org-3', name: 'Third' });
    await repositories.team.insertUser({
      id: 'u-new',
      organisation_id: 'org-3',
      email: 'new@example.com',
      name: 'New',
      role: 'owner',
      password_hash: 'scrypt$x',
      created_at: T0,
    });
    expect(await repositories.team.findUserByEmail('new@example.com')).toMatchObject({
      id: 'u-new',
      organisation_id: 'org-3',
      disabled_at: null,
    });

    await repositories.team.insertInvitation({
      id: 'inv-1',
      organisation_id: 'org',
      email: 'bob@example.com',
      token_hash: 'invitation-hash',
      invited_by: 'u-ada',
      role: 'admin',
      created_at: T0,
      expires_at: at(3600).toISOString(),
      accepted_at: null,
    });
    expect(await repositories.team.findInvitation('invitation-hash')).toEqual({
      id: 'inv-1',
      organisation_id: 'org',
      email: 'bob@example.com',
      role: 'admin',
      expires_at: at(3600).toISOString(),
      accepted_at: null,
      organisation_name: 'org',
    });
    const accepts = await Promise.all([
      repositories.team.acceptInvitation('inv-1', at(5).toISOString()),
      repositories.team.acceptInvitation('inv-1', at(6).toISOString()),
    ]);
    expect(accepts.sort()).toEqual([false, true]);
    expect((await repositories.team.findInvitation('invitation-hash'))?.accepted_at).not.toBeNull();
    expect(await repositories.team.acceptInvitation('missing', at(7).toISOString())).toBe(false);
  });

  it('finds no organisation in an empty installation', async () => {
    const empty = await openTestDatabase(kind);
    try {
      expect(await createKyselyRepositories(empty.db).team.hasOrganisation()).toBe(false);
    } finally {
      await empty.dispose();
    }
  });

  it("lists an interview's room events in the order they happened, and keeps settings", async () => {
    const event = (
      id: string,
      sessionId: string,
      turnId: string,
      seconds: number,
      characters: number | null,
    ) => ({
      id,
      session_id: sessionId,
      turn_id: turnId,
      kind: characters === null ? 'blur' : 'paste',
      at: at(seconds).toISOString(),
      characters,
      created_at: T0,
    });
    const plan = planInterview({ job: SEED_JOB, resume: SEED_RESUME });
    const store = createKyselySessionStore({ db: database.db });
    const create = () =>
      store.create({ plan, state: createInterview({ plan, now: T0 }), job: SEED_JOB, resume: SEED_RESUME });
    const [s1, s2] = [await create(), await create()];
    await database.db
      .insertInto('interview_events')
      .values([
        event('e2', s1.id, 't2', 20, 140),
        event('e1', s1.id, 't1', 10, null),
        event('e3', s2.id, 't1', 5, 3),
      ])
      .execute();
    expect(await repositories.interviews.listEvents(s1.id)).toEqual([
      { turn_id: 't1', kind: 'blur', at: at(10).toISOString(), characters: null },
      { turn_id: 't2', kind: 'paste', at: at(20).toISOString(), characters: 140 },
    ]);
    expect(await repositories.interviews.listEvents('missing')).toEqual([]);

    expect(await repositories.settings.find('secret')).toBeUndefined();
    await database.db
      .insertInto('settings')
      .values({ key: 'secret', value: 'c2VjcmV0', created_at: T0 })
      .execute();
    expect(await repositories.settings.find('secret')).toBe('c2VjcmV0');
    await repositories.settings.delete('secret');
    await repositories.settings.delete('secret');
    expect(await repositories.settings.find('secret')).toBeUndefined();
  });

  it('manages webhooks: counts, lists with the latest delivery, finds deliveries within the organisation', async () => {
    const subscription = (id: string, organisationId: string, seconds: number) => ({
      id,
      organisation_id: organisationId,
      url: `https://hooks.example.com/${id}`,
      events: 'report.ready',
      secret_nonce: `nonce-${id}`,
      created_by_name: 'Ada',
      created_at: at(seconds).toISOString(),
    });
    const webhooks = repositories.webhooks;
    expect(await webhooks.countSubscriptions('org')).toBe(0);
    await webhooks.insertSubscription(subscription('w2', 'org', 10));
    await webhooks.insertSubscription(subscription('w1', 'org', 0));
    await webhooks.insertSubscription(subscription('w3', 'other', 0));
    expect(await webhooks.countSubscriptions('org')).toBe(2);
    await webhooks.insertDeliveries([
      { ...deliveryRow('d1', 'org', 'w1', at(1).toISOString()), status: 'failed' },
      { ...deliveryRow('d2', 'org', 'w1', at(2).toISOString()), status: 'succeeded' },
    ]);
    expect(await webhooks.listSubscriptions('org')).toEqual([
      { ...subscription('w1', 'org', 0), last_delivery_status: 'succeeded' },
      { ...subscription('w2', 'org', 10), last_delivery_status: null },
    ]);
    expect((await webhooks.listSubscriptions('other')).map((row) => row.id)).toEqual(['w3']);
    expect(await webhooks.findDelivery('org', 'd1')).toEqual({
      ...deliveryRow('d1', 'org', 'w1', at(1).toISOString()),
      status: 'failed',
    });
    expect(await webhooks.findDelivery('other', 'd1')).toBeUndefined();
  });

  it('runs the webhook delivery queue: claim once, settle, retry, fail the abandoned', async () => {
    const webhooks = repositories.webhooks;
    await webhooks.insertSubscription({
      id: 'w1',
      organisation_id: 'org',
      url: 'https://hooks.example.com/w1',
      events: 'report.ready',
      secret_nonce: 'n',
      created_by_name: 'Ada',
      created_at: T0,
    });
    await webhooks.insertDeliveries([
      deliveryRow('d1', 'org', 'w1', T0),
      deliveryRow('d2', 'org', 'w1', at(1).toISOString()),
    ]);

    const claims = await Promise.all([
      webhooks.claimDelivery({ workerId: 'a', now: at(2) }),
      webhooks.claimDelivery({ workerId: 'b', now: at(2) }),
    ]);
    expect(claims.map((claim) => claim?.id).sort()).toEqual(['d1', 'd2']);
    const first = claims.find((claim) => claim?.id === 'd1');
    const second = claims.find((claim) => claim?.id === 'd2');
    if (first === undefined || second === undefined) throw new Error('both deliveries were claimed');
    expect(first).toMatchObject({ status: 'delivering', attempts: 1 });
    expect(await webhooks.claimDelivery({ workerId: 'c', now: at(3) })).toBeUndefined();

    const failure = { responseStatus: 500, durationMs: 12.4, error: 'HTTP 500', retryAfterMs: 10_000 };
    expect(await webhooks.settleDelivery(first, { now: at(4), ...failure })).toBe('pending');
    expect(await webhooks.findDelivery('org', 'd1')).toMatchObject({
      status: 'pending',
      response_status: 500,
      duration_ms: 12,
      last_error: 'HTTP 500',
      next_attempt_at: at(14).toISOString(),
      locked_by: null,
    });
    expect(await webhooks.claimDelivery({ workerId: 'a', now: at(10) })).toBeUndefined();
    const retry = await webhooks.claimDelivery({ workerId: 'a', now: at(14) });
    expect(retry).toMatchObject({ id: 'd1', attempts: 2 });
    if (retry === undefined) return;
    expect(
      await webhooks.settleDelivery(retry, {
        now: at(15),
        responseStatus: 204,
        durationMs: 3,
        error: null,
        retryAfterMs: 0,
      }),
    ).toBe('succeeded');
    // Settled again by a loop that no longer holds it: nothing changes.
    expect(await webhooks.settleDelivery(retry, { now: at(16), ...failure })).toBeUndefined();

    // d2's loop died during its claim; its lock runs out (2 minutes) and another loop takes it.
    expect(await webhooks.failAbandoned(at(60))).toBe(0);
    const taken = await webhooks.claimDelivery({ workerId: 'c', now: at(200), lockMs: 1000 });
    expect(taken).toMatchObject({ id: 'd2', attempts: 2, locked_by: 'c' });
    // That loop dies too, on the last attempt: the sweep fails it.
    expect(await webhooks.failAbandoned(at(200.5))).toBe(0);
    expect(await webhooks.failAbandoned(at(202))).toBe(1);
    expect(await webhooks.findDelivery('org', 'd2')).toMatchObject({ status: 'failed', locked_by: null });
    expect(await webhooks.claimDelivery({ workerId: 'd', now: at(300) })).toBeUndefined();
  });
});
