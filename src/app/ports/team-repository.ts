import type { Insertable, Selectable } from 'kysely';
import type { TApiTokensTable, TUsersTable } from '../../adapters/storage/database-schema.js';

export type TUserRow = Selectable<TUsersTable>;

/** A live API token with its user's name. */
export type TApiTokenListRow = Pick<
  Selectable<TApiTokensTable>,
  'id' | 'name' | 'created_at' | 'last_used_at' | 'expires_at'
> & { userName: string };

/** An organisation's users and their API tokens. */
export type TTeamRepository = {
  /** Oldest first. */
  listUsers(organisationId: string): Promise<TUserRow[]>;
  findUser(organisationId: string, userId: string): Promise<TUserRow | undefined>;
  /** Tokens neither revoked nor expired at `now`, newest first; with `userId` only that user's. */
  listApiTokens(organisationId: string, input: { now: string; userId?: string }): Promise<TApiTokenListRow[]>;
  insertApiToken(row: Insertable<TApiTokensTable>): Promise<void>;
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
};
