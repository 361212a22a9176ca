import { ApiError, readProblem, request, send } from './client';
import { readEventStream } from './event-stream';
import type {
  TAdverseImpactReport,
  TApiToken,
  TCandidateDetail,
  TCandidateSummary,
  TComparison,
  TCreatedApiToken,
  TDecision,
  TDecisionKind,
  TInterviewLink,
  TInterviewPlan,
  TInterviewRoom,
  TInvitation,
  TInvitationPreview,
  TJobDetail,
  TJobSummary,
  TPasswordReset,
  TRequirementPriority,
  TSelfIdentification,
  TSessionInfo,
  TStreamedQuestion,
  TTeamMember,
  TTurnEvent,
  TUploadCandidatesResult,
} from './types';

/** The recruiter's and the candidate's calls, one function each, named after what they do. */

const path = (strings: TemplateStringsArray, ...values: string[]) =>
  strings.reduce(
    (result, part, index) =>
      result + part + (index < values.length ? encodeURIComponent(values[index]!) : ''),
    '',
  );

// ── Auth ──────────────────────────────────────────────────────────────────────────────────
export function fetchSession(): Promise<TSessionInfo> {
  return request<TSessionInfo>('GET', '/api/me', { isAnonymous: true });
}

export function signUp(body: {
  email: string;
  password: string;
  name: string;
  organisationName?: string;
  invitationToken?: string;
}): Promise<TSessionInfo> {
  return request<TSessionInfo>('POST', '/api/auth/signup', { body, isAnonymous: true });
}

export function signIn(body: { email: string; password: string }): Promise<TSessionInfo> {
  return request<TSessionInfo>('POST', '/api/auth/signin', { body, isAnonymous: true });
}

export async function signOut(): Promise<void> {
  await request<unknown>('POST', '/api/auth/signout', { isAnonymous: true });
}

export function createInvitation(email: string, role: 'admin' | 'member' = 'member'): Promise<TInvitation> {
  return request<TInvitation>('POST', '/api/invitations', { body: { email, role } });
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await request<unknown>('POST', '/api/me/password', { body: { currentPassword, newPassword } });
}

export async function resetPassword(token: string, password: string): Promise<void> {
  await request<unknown>('POST', '/api/auth/reset-password', {
    body: { token, password },
    isAnonymous: true,
  });
}

/** Asks for a reset link by email: the server's neutral answer (the same whether or not the email has an account). */
export async function forgotPassword(email: string): Promise<string> {
  const answer = await request<{ message?: unknown }>('POST', '/api/auth/forgot-password', {
    body: { email },
    isAnonymous: true,
  });
  return typeof answer?.message === 'string'
    ? answer.message
    : 'If an account uses this email, a reset link is on its way.';
}

// ── Team ──────────────────────────────────────────────────────────────────────────────────
export async function listTeam(): Promise<TTeamMember[]> {
  return unwrapList<TTeamMember>(await request<unknown>('GET', '/api/team'), 'members');
}

export function updateTeamMember(
  userId: string,
  change: { role?: 'admin' | 'member'; disabled?: boolean },
): Promise<TTeamMember> {
  return request<TTeamMember>('PATCH', path`/api/team/${userId}`, { body: change });
}

export async function removeTeamMember(userId: string): Promise<void> {
  await request<unknown>('DELETE', path`/api/team/${userId}`);
}

export function createPasswordReset(userId: string): Promise<TPasswordReset> {
  return request<TPasswordReset>('POST', path`/api/team/${userId}/password-reset`);
}

export async function listApiTokens(): Promise<TApiToken[]> {
  return unwrapList<TApiToken>(await request<unknown>('GET', '/api/tokens'), 'tokens');
}

export function createApiToken(name: string, expiresInDays = 90): Promise<TCreatedApiToken> {
  return request<TCreatedApiToken>('POST', '/api/tokens', { body: { name, expiresInDays } });
}

export async function revokeApiToken(tokenId: string): Promise<void> {
  await request<unknown>('DELETE', path`/api/tokens/${tokenId}`);
}

// ── Jobs ──────────────────────────────────────────────────────────────────────────────────
export async function listJobs(): Promise<TJobSummary[]> {
  return unwrapList<TJobSummary>(await request<unknown>('GET', '/api/jobs'), 'jobs');
}

export function createJobFromText(text: string, title?: string, language = 'en'): Promise<TJobDetail> {
  return request<TJobDetail>('POST', '/api/jobs', {
    body: title ? { text, title, language } : { text, language },
  });
}

export function createJobFromFile(file: File, title?: string, language = 'en'): Promise<TJobDetail> {
  const form = new FormData();
  form.append('file', file);
  if (title) form.append('title', title);
  form.append('language', language);
  return request<TJobDetail>('POST', '/api/jobs', { body: form });
}

export function fetchJob(jobId: string): Promise<TJobDetail> {
  return request<TJobDetail>('GET', path`/api/jobs/${jobId}`);
}

export function updateRequirements(
  jobId: string,
  requirements: { id?: string; text: string; priority: TRequirementPriority }[],
): Promise<TJobDetail> {
  return request<TJobDetail>('PUT', path`/api/jobs/${jobId}/requirements`, { body: { requirements } });
}

export function updatePlan(jobId: string, plan: TInterviewPlan): Promise<TJobDetail> {
  return request<TJobDetail>('PUT', path`/api/jobs/${jobId}/plan`, { body: { plan } });
}

export async function listCandidates(jobId: string, signal?: AbortSignal): Promise<TCandidateSummary[]> {
  const answer = await request<unknown>('GET', path`/api/jobs/${jobId}/candidates`, signal ? { signal } : {});
  return unwrapList<TCandidateSummary>(answer, 'candidates');
}

export function uploadResumes(jobId: string, files: readonly File[]): Promise<TUploadCandidatesResult> {
  const form = new FormData();
  for (const file of files) form.append('files', file);
  return request<TUploadCandidatesResult>('POST', path`/api/jobs/${jobId}/candidates`, { body: form });
}

export function fetchComparison(jobId: string): Promise<TComparison> {
  return request<TComparison>('GET', path`/api/jobs/${jobId}/comparison`);
}

// ── Candidates ────────────────────────────────────────────────────────────────────────────
export function fetchCandidate(candidateId: string, signal?: AbortSignal): Promise<TCandidateDetail> {
  return request<TCandidateDetail>('GET', path`/api/candidates/${candidateId}`, signal ? { signal } : {});
}

/** What an invitation link opens: the organisation and the email invited (no sign-in needed). */
export function fetchInvitation(token: string): Promise<TInvitationPreview> {
  return request<TInvitationPreview>('GET', path`/api/invitations/${token}`, { isAnonymous: true });
}

/** Runs a failed evaluation again; resolves to the candidate with the evaluation queued. */
export function retryEvaluation(candidateId: string): Promise<TCandidateDetail> {
  return request<TCandidateDetail>('POST', path`/api/candidates/${candidateId}/evaluation/retry`);
}

export function createInterviewLink(candidateId: string, expiresInDays = 7): Promise<TInterviewLink> {
  return request<TInterviewLink>('POST', path`/api/candidates/${candidateId}/invitation`, {
    body: { expiresInDays },
  });
}

export async function deleteCandidate(candidateId: string): Promise<void> {
  await request<unknown>('DELETE', path`/api/candidates/${candidateId}`);
}

export function candidateExportUrl(candidateId: string): string {
  return path`/api/candidates/${candidateId}/export`;
}

export async function deleteJob(jobId: string): Promise<void> {
  await request<unknown>('DELETE', path`/api/jobs/${jobId}`);
}

export async function revokeInterviewLink(candidateId: string): Promise<void> {
  await request<unknown>('DELETE', path`/api/candidates/${candidateId}/invitation`);
}

export type TReportFormat = 'markdown' | 'json' | 'html' | 'pdf';

export function reportUrl(candidateId: string, format: TReportFormat): string {
  return path`/api/candidates/${candidateId}/report?format=${format}`;
}

export function recordDecision(
  candidateId: string,
  decision: TDecisionKind,
  reason: string,
): Promise<TDecision> {
  return request<TDecision>('POST', path`/api/candidates/${candidateId}/decision`, {
    body: { decision, reason },
  });
}

export async function listDecisions(candidateId: string): Promise<TDecision[]> {
  return unwrapList<TDecision>(
    await request<unknown>('GET', path`/api/candidates/${candidateId}/decisions`),
    'decisions',
  );
}

// ── The interview room ────────────────────────────────────────────────────────────────────
export function fetchInterviewRoom(token: string): Promise<TInterviewRoom> {
  return request<TInterviewRoom>('GET', path`/api/interview/${token}`, { isAnonymous: true });
}

export function consentToInterview(token: string): Promise<TInterviewRoom> {
  return request<TInterviewRoom>('POST', path`/api/interview/${token}/consent`, {
    isAnonymous: true,
    body: {},
  });
}

export type TNextResult = { kind: 'question'; question: TStreamedQuestion } | { kind: 'done' };

/**
 * Asks for the next question and streams its text: `onText` gets the text so far after every
 * chunk. Resolves with the question (or done) when the stream says so; throws ApiError when the
 * request fails or the stream ends without either.
 */
export async function streamNextQuestion(
  token: string,
  onText: (textSoFar: string) => void,
  signal?: AbortSignal,
): Promise<TNextResult> {
  const response = await send('POST', path`/api/interview/${token}/next`, {
    isAnonymous: true,
    headers: { accept: 'text/event-stream' },
    ...(signal ? { signal } : {}),
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('text/event-stream') || response.body === null) {
    // A server may answer a finished interview or an error as plain JSON.
    if (contentType.includes('problem+json')) throw await readProblem(response);
    const answer = (await response.json().catch(() => ({}))) as Partial<TStreamedQuestion> & {
      done?: boolean;
    };
    if (typeof answer.turnId === 'string' && typeof answer.text === 'string') {
      return {
        kind: 'question',
        question: { turnId: answer.turnId, text: answer.text, timeWarning: answer.timeWarning ?? null },
      };
    }
    return { kind: 'done' };
  }
  let text = '';
  let result: TNextResult | undefined;
  let failure: ApiError | undefined;
  try {
    await readEventStream(response.body, (event) => {
      switch (event.event) {
        case 'token':
          text += event.data;
          onText(text);
          break;
        case 'question': {
          const question = JSON.parse(event.data) as TStreamedQuestion;
          result = { kind: 'question', question: { ...question, timeWarning: question.timeWarning ?? null } };
          onText(question.text);
          break;
        }
        case 'done':
          result = { kind: 'done' };
          break;
        case 'error': {
          const problem = safeJson(event.data) as { detail?: string; code?: string } | undefined;
          failure = new ApiError({
            status: 500,
            code: problem?.code ?? 'stream_error',
            detail: problem?.detail ?? 'The next question could not be prepared. Please try again.',
          });
          break;
        }
        default:
          break;
      }
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    if (result === undefined)
      throw new ApiError({ status: 0, code: 'network', detail: 'The connection dropped.' });
  }
  if (failure !== undefined) throw failure;
  if (result === undefined)
    throw new ApiError({ status: 0, code: 'network', detail: 'The connection dropped.' });
  return result;
}

export async function submitAnswer(
  token: string,
  body: { turnId: string; answer: string; skip?: boolean; events: TTurnEvent[] },
): Promise<TInterviewRoom | undefined> {
  const answer = await request<unknown>('POST', path`/api/interview/${token}/answer`, {
    isAnonymous: true,
    body,
  });
  return isRoom(answer) ? answer : undefined;
}

/** Takes back the skip of `turnId`: the room with that question waiting again. */
export function undoSkip(token: string, turnId: string): Promise<TInterviewRoom> {
  return request<TInterviewRoom>('POST', path`/api/interview/${token}/undo-skip`, {
    isAnonymous: true,
    body: { turnId },
  });
}

function isRoom(value: unknown): value is TInterviewRoom {
  return typeof value === 'object' && value !== null && 'progress' in value && 'status' in value;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Lists come bare or wrapped (`{ jobs: [...] }`); both read the same. */
function unwrapList<T>(answer: unknown, key: string): T[] {
  if (Array.isArray(answer)) return answer as T[];
  if (typeof answer === 'object' && answer !== null) {
    const inner = (answer as Record<string, unknown>)[key] ?? (answer as Record<string, unknown>).items;
    if (Array.isArray(inner)) return inner as T[];
  }
  return [];
}

// ── Fairness ─────────────────────────────────────────────────────────────────────────────
/** The candidate asks for an interview with a person instead: the AI interview ends. */
export function requestHumanInterview(token: string): Promise<TInterviewRoom> {
  return request<TInterviewRoom>('POST', path`/api/interview/${token}/human`, {
    isAnonymous: true,
    body: {},
  });
}

/** The voluntary self-identification form, after the interview. */
export function submitSelfIdentification(
  token: string,
  answer: TSelfIdentification,
): Promise<TInterviewRoom> {
  return request<TInterviewRoom>('POST', path`/api/interview/${token}/self-identification`, {
    isAnonymous: true,
    body: answer,
  });
}

function impactQuery(jobId: string | undefined, minGroupSize: number): string {
  const query = new URLSearchParams({ minGroupSize: String(minGroupSize) });
  if (jobId !== undefined) query.set('jobId', jobId);
  return query.toString();
}

/** Adverse impact for one job, or all jobs (owners and admins). */
export function fetchAdverseImpact(
  jobId: string | undefined,
  minGroupSize: number,
  signal?: AbortSignal,
): Promise<TAdverseImpactReport> {
  return request<TAdverseImpactReport>('GET', `/api/impact?${impactQuery(jobId, minGroupSize)}`, {
    ...(signal === undefined ? {} : { signal }),
  });
}

export function adverseImpactCsvUrl(jobId: string | undefined, minGroupSize: number): string {
  return `/api/impact/csv?${impactQuery(jobId, minGroupSize)}`;
}
