import type { Kysely } from 'kysely';
import type { TTeamRepository } from '../../app/ports/team-repository.js';
import type { TDatabase } from './database-schema.js';
import { prepareQuery } from './prepare-query.js';

/** The token's user, by the token's hash: compiled once, as it runs on every API-token request. */
const selectTokenUser = prepareQuery((db, tokenHash: string, now: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.organisation_id as token_organisation_id',
      'api_tokens.name as token_name',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', now)
    .where('users.disabled_at', 'is', null),
);

/** TTeamRepository on Kysely (SQLite or PostgreSQL). */
export function createKyselyTeamRepository(db: Kysely<TDatabase>): TTeamRepository {
  return {
    listUsers(organisationId) {
      return db
        .selectFrom('users')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    findUser(organisationId, userId) {
      return db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', userId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
    },
    async listApiTokens(organisationId, input) {
      let query = db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .select([
          'api_tokens.id',
          'api_tokens.name',
          'api_tokens.created_at',
          'api_tokens.last_used_at',
          'api_tokens.expires_at',
          'users.name as userName',
        ])
        .where('api_tokens.organisation_id', '=', organisationId)
        .where('api_tokens.revoked_at', 'is', null)
        .where('api_tokens.expires_at', '>', input.now);
      if (input.userId !== undefined) query = query.where('api_tokens.user_id', '=', input.userId);
      return query.orderBy('api_tokens.created_at', 'desc').orderBy('api_tokens.id').execute();
    },
    async insertApiToken(row) {
      await db.insertInto('api_tokens').values(row).execute();
    },
    async revokeApiToken(organisationId, input) {
      let query = db
        .updateTable('api_tokens')
        .set({ revoked_at: input.at })
        .where('id', '=', input.tokenId)
        .where('organisation_id', '=', organisationId)
        .where('revoked_at', 'is', null);
      if (input.userId !== undefined) query = query.where('user_id', '=', input.userId);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async updateUser(userId, changes) {
      await db.updateTable('users').set(changes).where('id', '=', userId).execute();
      if (typeof changes.disabled_at === 'string')
        await db.deleteFrom('web_sessions').where('user_id', '=', userId).execute();
    },
    async removeUser(userId) {
      await db.deleteFrom('web_sessions').where('user_id', '=', userId).execute();
      await db.deleteFrom('api_tokens').where('user_id', '=', userId).execute();
      await db.deleteFrom('password_resets').where('user_id', '=', userId).execute();
      await db.deleteFrom('users').where('id', '=', userId).execute();
    },
    findUserByEmail(email) {
      return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    },
    findOrganisation(organisationId) {
      return db
        .selectFrom('organisations')
        .select(['id', 'name'])
        .where('id', '=', organisationId)
        .executeTakeFirst();
    },
    async hasOrganisation() {
      const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
      return row !== undefined;
    },
    async insertOrganisation(row) {
      await db.insertInto('organisations').values(row).execute();
    },
    async insertUser(row) {
      await db.insertInto('users').values(row).execute();
    },
    async insertSession(row) {
      await db.insertInto('web_sessions').values(row).execute();
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('web_sessions').where('token_hash', '=', tokenHash).execute();
    },
    findSessionUser(tokenHash) {
      return db
        .selectFrom('web_sessions')
        .innerJoin('users', 'users.id', 'web_sessions.user_id')
        .selectAll('users')
        .select('web_sessions.expires_at')
        .where('web_sessions.token_hash', '=', tokenHash)
        .where('users.disabled_at', 'is', null)
        .executeTakeFirst();
    },
    async isSessionLive(tokenHash, now) {
      const row = await db
        .selectFrom('web_sessions')
        .innerJoin('users', 'users.id', 'web_sessions.user_id')
        .select('web_sessions.token_hash')
        .where('web_sessions.token_hash', '=', tokenHash)
        .where('web_sessions.expires_at', '>', now)
        .where('users.disabled_at', 'is', null)
        .executeTakeFirst();
      return row !== undefined;
    },
    async isApiTokenLive(tokenHash, now) {
      const row = await db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .select('api_tokens.id')
        .where('api_tokens.token_hash', '=', tokenHash)
        .where('api_tokens.revoked_at', 'is', null)
        .where('api_tokens.expires_at', '>', now)
        .where('users.disabled_at', 'is', null)
        .executeTakeFirst();
      return row !== undefined;
    },
    async findTokenUser(tokenHash, now) {
      const [row] = await selectTokenUser(db, tokenHash, now);
      return row;
    },
    async recordTokenUse(tokenId, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
    },
    async setPassword(userId, passwordHash, options = {}) {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
      let sessions = db.deleteFrom('web_sessions').where('user_id', '=', userId);
      if (options.keepSessionHash !== undefined)
        sessions = sessions.where('token_hash', '!=', options.keepSessionHash);
      await sessions.execute();
      if (options.isEndingResets === true)
        await db.deleteFrom('password_resets').where('user_id', '=', userId).execute();
    },
    findPasswordReset(tokenHash) {
      return db
        .selectFrom('password_resets')
        .innerJoin('users', 'users.id', 'password_resets.user_id')
        .select([
          'password_resets.id',
          'password_resets.user_id',
          'password_resets.expires_at',
          'password_resets.used_at',
          'users.email',
          'users.name',
        ])
        .where('password_resets.token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    async usePasswordReset(resetId, at) {
      const result = await db
        .updateTable('password_resets')
        .set({ used_at: at })
        .where('id', '=', resetId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async replacePasswordReset(row) {
      // The user's row is locked first (PostgreSQL; SQLite locks the whole file), so two resets
      // at once leave one working link: the second waits, then deletes the first.
      await db
        .updateTable('users')
        .set((eb) => ({ email: eb.ref('email') }))
        .where('id', '=', row.user_id)
        .execute();
      await db.deleteFrom('password_resets').where('user_id', '=', row.user_id).execute();
      await db.insertInto('password_resets').values(row).execute();
    },
    async insertInvitation(row) {
      await db.insertInto('invitations').values(row).execute();
    },
    findInvitation(tokenHash) {
      return db
        .selectFrom('invitations')
        .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
        .select([
          'invitations.id',
          'invitations.organisation_id',
          'invitations.email',
          'invitations.role',
          'invitations.expires_at',
          'invitations.accepted_at',
          'organisations.name as organisation_name',
        ])
        .where('invitations.token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    async acceptInvitation(invitationId, at) {
      const result = await db
        .updateTable('invitations')
        .set({ accepted_at: at })
        .where('id', '=', invitationId)
        .where('accepted_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
