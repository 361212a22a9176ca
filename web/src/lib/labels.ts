import type {
  TCandidateStatus,
  TCandidateSummary,
  TDecisionKind,
  TRecommendation,
  TRedFlag,
  TRequirementStatus,
  TVerdict,
} from '../api/types';

/** Badge tones; the stylesheet gives each a text colour and a tint with at least 7:1 contrast. */
export type TTone = 'good' | 'fair' | 'caution' | 'bad' | 'neutral' | 'info';

export const RECOMMENDATION_TONES: Record<TRecommendation, TTone> = {
  'Strongly Recommend': 'good',
  Recommend: 'fair',
  'Recommend with Reservations': 'caution',
  'Do Not Recommend': 'bad',
};

export const VERDICT_TONES: Record<TVerdict, TTone> = {
  strong: 'good',
  adequate: 'fair',
  weak: 'caution',
  non_answer: 'bad',
};

export const STATUS_TONES: Record<TRequirementStatus, TTone> = {
  met: 'good',
  partial: 'caution',
  unverified: 'neutral',
  gap: 'bad',
};

export const SEVERITY_TONES: Record<TRedFlag['severity'], TTone> = {
  high: 'bad',
  medium: 'caution',
  low: 'neutral',
};

/** A one-character sign beside each requirement status, so status never rests on colour alone. */
export const STATUS_SYMBOLS: Record<TRequirementStatus, string> = {
  met: '✓',
  partial: '◐',
  unverified: '?',
  gap: '✕',
};

export const CANDIDATE_STATUS_LABELS: Record<TCandidateStatus, string> = {
  new: 'Not invited',
  invited: 'Invited',
  in_progress: 'In progress',
  completed: 'Completed',
  evaluating: 'Evaluating',
  evaluated: 'Evaluated',
  failed: 'Evaluation failed',
  human_requested: 'Asked for a person',
};

export const CANDIDATE_STATUS_TONES: Record<TCandidateStatus, TTone> = {
  new: 'neutral',
  invited: 'info',
  in_progress: 'caution',
  completed: 'fair',
  evaluating: 'fair',
  evaluated: 'good',
  failed: 'bad',
  human_requested: 'info',
};

export const DECISION_LABELS: Record<TDecisionKind, string> = {
  advance: 'Advance',
  hold: 'Hold',
  reject: 'Reject',
};

export const DECISION_TONES: Record<TDecisionKind, TTone> = {
  advance: 'good',
  hold: 'caution',
  reject: 'bad',
};

/**
 * "In progress · 3 of 7 answered", "Link expired" for an invitation whose link ran out before the
 * interview started, or the plain status label.
 */
export function describeCandidateStatus(
  candidate: Pick<TCandidateSummary, 'status' | 'progress'> & Partial<Pick<TCandidateSummary, 'invitation'>>,
  now: number = Date.now(),
): string {
  const label = CANDIDATE_STATUS_LABELS[candidate.status];
  if (candidate.status === 'in_progress' && candidate.progress !== null) {
    return `${label} · ${candidate.progress.answered} of ${candidate.progress.planned} answered`;
  }
  if (isInvitationExpired(candidate, now))
    return candidate.invitation?.revoked ? 'Link revoked' : 'Link expired';
  return label;
}

/** An invited candidate whose current link ran out (or was withdrawn) before they started. */
export function isInvitationExpired(
  candidate: Pick<TCandidateSummary, 'status'> & Partial<Pick<TCandidateSummary, 'invitation'>>,
  now: number = Date.now(),
): boolean {
  const invitation = candidate.invitation;
  if (candidate.status !== 'invited' || invitation === undefined || invitation === null) return false;
  return invitation.revoked || Date.parse(invitation.expiresAt) <= now;
}

export function candidateName(candidate: Pick<TCandidateSummary, 'name' | 'fileName'>): string {
  return candidate.name?.trim() || candidate.fileName;
}

/**
 * Whether a human decision differs from the AI's recommendation (the server decides for the record;
 * this is the preview the decision form shows): advance goes with the two recommending verdicts,
 * reject with Do Not Recommend, hold with Recommend with Reservations.
 */
export function isOverrideOf(decision: TDecisionKind, recommendation: TRecommendation | null): boolean {
  if (recommendation === null) return false;
  return EXPECTED_DECISION[recommendation] !== decision;
}

const EXPECTED_DECISION: Record<TRecommendation, TDecisionKind> = {
  'Strongly Recommend': 'advance',
  Recommend: 'advance',
  'Recommend with Reservations': 'hold',
  'Do Not Recommend': 'reject',
};

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const DATE_TIME_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME_FORMAT.format(date);
}

/** "in 6 days", "in 3 hours", "expired". */
export function describeExpiry(iso: string, now = Date.now()): string {
  const milliseconds = new Date(iso).getTime() - now;
  if (Number.isNaN(milliseconds)) return '';
  if (milliseconds <= 0) return 'expired';
  const hours = milliseconds / 3_600_000;
  if (hours < 1) return 'in less than an hour';
  if (hours < 48) return `in ${Math.round(hours)} hours`;
  return `in ${Math.round(hours / 24)} days`;
}
