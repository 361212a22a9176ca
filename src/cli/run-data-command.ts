import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { createDatabase } from '../adapters/storage/create-database.js';
import { createKyselyTeamRepository } from '../adapters/storage/create-kysely-team-repository.js';
import { createSessionId } from '../adapters/storage/create-session-id.js';
import { eraseCandidate } from '../adapters/storage/erase-candidate.js';
import { flushDeletedData } from '../adapters/storage/flush-deleted-data.js';
import { createKyselySessionStore } from '../adapters/storage/kysely-session-store.js';
import { createTokenUseRecorder } from '../app/web/create-token-use-recorder.js';
import { deleteJob } from '../app/web/delete-job.js';
import { exportCandidate } from '../app/web/export-candidate.js';
import type { TActor, TWebContext } from '../app/web/web-context.js';
import { CandorError } from '../core/candor-error.js';
import type { TTerminal } from './terminal.js';

export type TDataCommand = 'delete-candidate' | 'export-candidate' | 'delete-job';

export type TDataCommandOptions = {
  /** A SQLite path or URL, or postgres://…; default DATABASE_URL, else ./data/candor.sqlite. */
  database?: string;
  /** For an export: write it here instead of stdout. */
  out?: string;
  env?: Record<string, string | undefined>;
};

/** The operator acts for the organisation that owns the record, as its owner would. */
function operatorIn(organisationId: string): TActor {
  return {
    userId: 'command-line',
    organisationId,
    email: '',
    name: 'command line',
    role: 'owner',
    via: 'token',
  };
}

/**
 * `candor candidates delete|export <id>` and `candor jobs delete <id>` on the database file, for an
 * operator answering an erasure or access request without the web app. A candidate id is a web
 * app candidate's, or a terminal interview's session id (its report folder is deleted too).
 * Errors: CandorError 'not_found', 'storage_failed'.
 */
export async function runDataCommand(
  command: TDataCommand,
  id: string,
  options: TDataCommandOptions,
  terminal: TTerminal,
): Promise<void> {
  const database = await createDatabase({
    url: options.database ?? (options.env ?? process.env).DATABASE_URL,
  });
  try {
    const context: TWebContext = {
      db: database.db,
      // Only used to show links again, which an export leaves out.
      secret: randomBytes(32),
      now: () => new Date(),
      newId: () => createSessionId(),
      randomBytes: (size) => randomBytes(size),
      model: 'offline',
      retentionDays: 180,
      tokenUses: createTokenUseRecorder({
        team: createKyselyTeamRepository(database.db),
        now: () => new Date(),
        log: () => {},
      }),
    };
    if (command === 'delete-job') {
      const job = await database.db
        .selectFrom('jobs')
        .select(['organisation_id'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (job === undefined)
        throw new CandorError('not_found', `No job with id ${id} in ${database.location}`, {
          location: 'id',
        });
      const count = await deleteJob(context, operatorIn(job.organisation_id), id);
      terminal.out(
        `Deleted job ${id} and erased its ${count} ${count === 1 ? 'candidate' : 'candidates'}.\n`,
      );
      return;
    }
    const candidate = await database.db
      .selectFrom('candidates')
      .select(['organisation_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (command === 'export-candidate') {
      let exported: unknown;
      if (candidate !== undefined) {
        exported = await exportCandidate(context, operatorIn(candidate.organisation_id), id);
      } else {
        const session = await createKyselySessionStore({ db: database.db })
          .get(id)
          .catch(() => undefined);
        if (session === undefined) {
          throw new CandorError(
            'not_found',
            `No candidate or interview with id ${id} in ${database.location}`,
            {
              location: 'id',
            },
          );
        }
        exported = {
          format: 'candor-interview-export',
          version: 1,
          exportedAt: new Date().toISOString(),
          session,
        };
      }
      const text = `${JSON.stringify(exported, null, 2)}\n`;
      if (options.out === undefined) terminal.out(text);
      else {
        await writeFile(resolve(options.out), text, { encoding: 'utf8', mode: 0o600 });
        terminal.err(`Wrote ${options.out}\n`);
      }
      return;
    }
    if (candidate !== undefined) {
      await eraseCandidate(database.db, {
        candidateId: id,
        actor: { userId: null, name: 'command line' },
        reason: 'request',
        auditId: context.newId(),
        at: new Date().toISOString(),
      });
      await flushDeletedData(database.db);
      terminal.out(
        `Erased candidate ${id}: resume, interview, report, events, links, decisions and queue rows.\n`,
      );
      return;
    }
    const session = await database.db
      .selectFrom('interview_sessions')
      .select(['id', 'report_path'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (session === undefined) {
      throw new CandorError('not_found', `No candidate or interview with id ${id} in ${database.location}`, {
        location: 'id',
      });
    }
    await database.db.deleteFrom('interview_sessions').where('id', '=', id).execute();
    await flushDeletedData(database.db);
    // A terminal interview's files: <out-dir>/<session id>/, named after the session, never anything else.
    const folder = session.report_path === null ? undefined : dirname(session.report_path);
    if (folder !== undefined && basename(folder) === id) await rm(folder, { recursive: true, force: true });
    terminal.out(
      `Erased interview ${id}${folder !== undefined && basename(folder) === id ? ` and its files in ${folder}` : ''}.\n`,
    );
  } finally {
    await database.close();
  }
}
