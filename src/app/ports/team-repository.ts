import type {
  TApiTokenRecord,
  TInvitationRecord,
  TNewRecord,
  TOrganisationRecord,
  TPasswordResetRecord,
  TUserRecord,
  TWebSessionRecord,
} from './records.js';

export type TUserRow = TUserRecord;

/** A live API token with its user's name. */
export type TApiTokenListRow = Pick<
  TApiTokenRecord,
  'id' | 'name' | 'created_at' | 'last_used_at' | 'expires_at'
> & { userName: string };

/** An organisation's users and their API tokens. */
export type TTeamRepository = {
  /** Oldest first. */
  listUsers(organisationId: string): Promise<TUserRow[]>;
  findUser(organisationId: string, userId: string): Promise<TUserRow | undefined>;
  /** Tokens neither revoked nor expired at `now`, newest first; with `userId` only that user's. */
  listApiTokens(organisationId: string, input: { now: string; userId?: string }): Promise<TApiTokenListRow[]>;
  insertApiToken(row: TNewRecord<TApiTokenRecord>): Promise<void>;
  /** Revokes a live token (with `userId`, only that user's); resolves to whether one was revoked. */
  revokeApiToken(
    organisationId: string,
    input: { tokenId: string; at: string; userId?: string },
  ): Promise<boolean>;
  /** Changes a user's role or disabled time; disabling also ends their browser sessions. */
  updateUser(
    userId: string,
    changes: { role?: TUserRow['role']; disabled_at?: string | null },
  ): Promise<void>;
  /** Deletes a user with their sessions, API tokens and password reset links. */
  removeUser(userId: string): Promise<void>;
  /** By sign-in email (lower case), across organisations: emails are unique on the installation. */
  findUserByEmail(email: string): Promise<TUserRow | undefined>;
  findOrganisation(organisationId: string): Promise<{ id: string; name: string } | undefined>;
  /** Whether the installation has an organisation yet (its first sign-up creates one). */
  hasOrganisation(): Promise<boolean>;
  insertOrganisation(row: TNewRecord<TOrganisationRecord>): Promise<void>;
  insertUser(row: TNewRecord<TUserRecord>): Promise<void>;
  insertSession(row: TNewRecord<TWebSessionRecord>): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** The enabled user a browser session belongs to, with the session's expiry (checked by the caller). */
  findSessionUser(tokenHash: string): Promise<(TUserRow & { expires_at: string }) | undefined>;
  /** Whether a session, or an API token, is unexpired (and unrevoked) at `now` and its user enabled. */
  isSessionLive(tokenHash: string, now: string): Promise<boolean>;
  isApiTokenLive(tokenHash: string, now: string): Promise<boolean>;
  /** The enabled user a live API token acts for, with the token's id, organisation and name. */
  findTokenUser(
    tokenHash: string,
    now: string,
  ): Promise<
    (TUserRow & { token_id: string; token_organisation_id: string; token_name: string }) | undefined
  >;
  /** Notes when an API token was last used. */
  recordTokenUse(tokenId: string, at: string): Promise<void>;
  /**
   * Sets a user's password hash and ends their browser sessions (but the one hashed
   * `keepSessionHash`); with `isEndingResets`, their password reset links too.
   */
  setPassword(
    userId: string,
    passwordHash: string,
    options?: { keepSessionHash?: string; isEndingResets?: boolean },
  ): Promise<void>;
  /** A password reset link with its user's email and name. */
  findPasswordReset(tokenHash: string): Promise<
    | (Pick<TPasswordResetRecord, 'id' | 'user_id' | 'expires_at' | 'used_at'> & {
        email: string;
        name: string;
      })
    | undefined
  >;
  /** Marks a reset link used; false when it already was (another request used it first). */
  usePasswordReset(resetId: string, at: string): Promise<boolean>;
  /** Stores a new reset link for its user, replacing any earlier one. */
  replacePasswordReset(row: TNewRecord<TPasswordResetRecord>): Promise<void>;
  insertInvitation(row: TNewRecord<TInvitationRecord>): Promise<void>;
  /** An invitation with its organisation's name. */
  findInvitation(tokenHash: string): Promise<
    | (Pick<TInvitationRecord, 'id' | 'organisation_id' | 'email' | 'role' | 'expires_at' | 'accepted_at'> & {
        organisation_name: string;
      })
    | undefined
  >;
  /** Marks an invitation accepted; false when it already was (another sign-up used it first). */
  acceptInvitation(invitationId: string, at: string): Promise<boolean>;
};
