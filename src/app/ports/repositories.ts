import type { TSessionStore } from '../../core/interview/session-store.js';
import type { TAuditRepository } from './audit-repository.js';
import type { TCandidateRepository } from './candidate-repository.js';
import type { TDecisionRepository } from './decision-repository.js';
import type { TEvaluationQueue } from './evaluation-queue.js';
import type { TInterviewRepository } from './interview-repository.js';
import type { TJobRepository } from './job-repository.js';
import type { TSettingsRepository } from './settings-repository.js';
import type { TTeamRepository } from './team-repository.js';
import type { TWebhookOutbox } from './webhook-outbox.js';

/**
 * The storage the web use cases run on (ports; src/adapters/storage implements them with Kysely
 * on SQLite and PostgreSQL). `transaction` runs `run` with repositories inside one transaction:
 * all of its writes happen, or none (inside a transaction already, it joins it).
 */
export type TRepositories = {
  jobs: TJobRepository;
  candidates: TCandidateRepository;
  decisions: TDecisionRepository;
  team: TTeamRepository;
  evaluations: TEvaluationQueue;
  webhooks: TWebhookOutbox;
  audit: TAuditRepository;
  /** Interview sessions: their state after every turn, and their reports. */
  sessions: TSessionStore;
  /** What an interview link opens, and the room's events. */
  interviews: TInterviewRepository;
  settings: TSettingsRepository;
  transaction<T>(run: (repositories: TRepositories) => Promise<T>): Promise<T>;
  /** After an erasure: makes sure deleted data leaves the database files (SQLite's WAL); false when busy. */
  flushDeleted(): Promise<boolean>;
};
