import type { TCandorDatabase } from '../../adapters/storage/create-database.js';
import type { TCircuitBreaker } from '../create-circuit-breaker.js';
import type { TQuestionWording } from '../interview/question-wording.js';
import type { TRepositories } from '../ports/repositories.js';
import type { TWebhookSettings } from '../webhooks/webhook-settings.js';
import type { TCpuWork } from '../work/cpu-work.js';
import type { TTokenUseRecorder } from './create-token-use-recorder.js';
import type { TMailer } from './mailer.js';

/** What every web use case runs with: the database and the hidden inputs (time, ids, randomness). */
export type TWebContext = {
  /**
   * The database the repositories run on (repositoriesOf builds them on it when `repositories` is
   * not given). Use cases go through the repositories; only the interview turn still reads it.
   */
  db: TCandorDatabase['db'];
  /** The storage ports (jobs, candidates, decisions, team, queues, …) on `db`; see repositoriesOf. */
  repositories?: TRepositories;
  /** The server secret (32 random bytes or more): CSRF tokens and interview link tokens derive from it. */
  secret: Uint8Array;
  now: () => Date;
  /** A new record id: random, so ids are not guessable or countable. */
  newId: () => string;
  /** Random bytes for tokens. */
  randomBytes: (size: number) => Uint8Array;
  /** `offline` or `provider:model`: evaluates interviews (and words questions, with a model). */
  model: string;
  /** Where model API keys are read from (default process.env). */
  env?: Record<string, string | undefined>;
  /** With a model: its circuit breakers (a failing model is skipped at once, for wording and judgement). */
  modelCircuits?: { wording?: TCircuitBreaker; judgement?: TCircuitBreaker };
  /** Words interview questions (a model); without it the rules' wording is asked. */
  wording?: TQuestionWording;
  /** Where model calls are logged (JSON Lines), when a model is configured. */
  auditLogPath?: string;
  /** How long interviews are kept, as the candidate's notice says. */
  retentionDays: number;
  /** Where documents are read and interviews planned: worker threads in `candor serve`; in-process without. */
  work?: TCpuWork;
  /** Where webhooks may go and how they are retried (default: public addresses only). */
  webhooks?: TWebhookSettings;
  /** API-token use (`last_used_at`), written behind the requests at most once a minute per token. */
  tokenUses: TTokenUseRecorder;
  /**
   * Who may sign up without an invitation: `first` (default) only the installation's first user,
   * who creates its organisation; `open` anyone (each sign-up creates an organisation).
   */
  signUp?: TSignUpPolicy;
  /** Sends email (password reset links) when SMTP is configured; without it Candor sends none. */
  mailer?: TMailer;
};

export type TSignUpPolicy = 'first' | 'open';

/** The signed-in recruiter (or API token) a request acts for; every query is scoped to its organisation. */
export type TActor = {
  userId: string;
  organisationId: string;
  email: string;
  name: string;
  role: 'owner' | 'admin' | 'member';
  /** How the request was authenticated: a browser session (CSRF-checked) or an API token (not). */
  via: 'session' | 'token';
  /** With `via: 'token'`: the API token's name, so what it does is attributed to it too. */
  tokenName?: string;
};
